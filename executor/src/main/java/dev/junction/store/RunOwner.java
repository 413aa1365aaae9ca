package dev.junction.store;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The process that runs a run: host name, process id and the instant the process started. The start
 * instant tells a reused process id apart from the original process.
 *
 * @param startedAt when the process started (microsecond precision, as stored), or null if the OS does not say
 */
public record RunOwner(String host, long pid, Instant startedAt) {

    public RunOwner {
        Objects.requireNonNull(host, "host");
        startedAt = startedAt == null ? null : startedAt.truncatedTo(ChronoUnit.MICROS);
    }

    private static final class Current {
        // computed once: looking up the host name may take a moment on some networks
        static final RunOwner VALUE = of(ProcessHandle.current());
    }

    /** This process. */
    public static RunOwner current() {
        return Current.VALUE;
    }

    /** A process on this host, e.g. a child process. */
    public static RunOwner of(ProcessHandle process) {
        return new RunOwner(localHost(), process.pid(), process.info().startInstant().orElse(null));
    }

    /** True if this owner's host is the host of {@link #current()}, so its liveness can be checked. */
    public boolean isOnThisHost() {
        return host.equals(current().host());
    }

    /**
     * True if the process is still running: a process with this id exists and, when both start instants are
     * known, started at the same instant (otherwise the id was reused by another process).
     *
     * @throws IllegalStateException if the owner is on another host, where this process cannot look
     */
    public boolean isAlive() {
        if (!isOnThisHost()) {
            throw new IllegalStateException("cannot check a process on another host (" + host + ")");
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        if (startedAt == null) {
            return true;
        }
        return process.get().info().startInstant()
                .map(start -> start.truncatedTo(ChronoUnit.MICROS).equals(startedAt))
                .orElse(true);
    }

    @Override
    public String toString() {
        return "pid " + pid + " on " + host;
    }

    private static String localHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            // a machine without a resolvable name still needs a stable value for its own runs
            String fromEnv = System.getenv("COMPUTERNAME") != null ? System.getenv("COMPUTERNAME") : System.getenv("HOSTNAME");
            return fromEnv != null ? fromEnv : "localhost";
        }
    }
}
