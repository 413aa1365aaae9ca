package dev.junction.run;

/** Where a run is in its life. Terminal states never change again. */
public enum RunStatus {
    QUEUED, RUNNING, SUCCESS, FAILURE, CANCELLED,
    /** The process that ran it died (crash, kill -9, power loss); found and marked on the next start. */
    INTERRUPTED;

    public boolean isTerminal() {
        return this != QUEUED && this != RUNNING;
    }

    public String label() {
        return name().toLowerCase();
    }
}
