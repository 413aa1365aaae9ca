package dev.junction.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds this JVM's descendant processes by their command line, to check what a cancellation left running. */
public final class Descendants {

    private Descendants() {}

    /** Live descendants whose command line contains {@code fragment}. */
    public static List<ProcessHandle> matching(String fragment) {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().map(c -> c.contains(fragment)).orElse(false))
                .toList();
    }

    /**
     * Whether a process still runs. An ended but unreaped process (a zombie, state Z in /proc on Linux) does not:
     * the sandbox's PID 1 reaps orphans only every few seconds, and {@link ProcessHandle#isAlive()} counts them.
     */
    public static boolean running(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException e) {
            return process.isAlive();
        }
    }

    /** Every process whose command line contains {@code fragment}, also those no longer our descendants (orphans). */
    public static List<ProcessHandle> anywhere(String fragment) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(fragment)).orElse(false))
                .toList();
    }
}
