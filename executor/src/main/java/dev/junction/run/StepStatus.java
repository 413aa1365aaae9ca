package dev.junction.run;

/** Where a step (or one instance of a foreach/matrix step) is in its life. */
public enum StepStatus {
    QUEUED, RUNNING, SUCCESS, FAILURE, SKIPPED, CANCELLED, INTERRUPTED;

    public boolean isTerminal() {
        return this != QUEUED && this != RUNNING;
    }

    /** The lower-case word templates and the CLI use: {@code steps.build.status == 'success'}. */
    public String label() {
        return name().toLowerCase();
    }
}
