package dev.junction.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Stops a process together with everything it started, using {@link ProcessHandle} only (no {@code kill}
 * binary, so it works on Windows too). Thread-safe, stateless.
 */
public final class ProcessTree {

    private static final Duration FORCED_EXIT_WAIT = Duration.ofSeconds(2);

    private ProcessTree() {}

    /**
     * Asks {@code root} and all its descendants to terminate (SIGTERM on Unix), waits up to {@code grace} for
     * them to exit, then kills forcibly whatever is left, including processes started in the meantime.
     *
     * <p>The descendants are listed before anything is signalled: once a parent dies its children are
     * re-parented and can no longer be found from it. Returns when every process found has exited, or after
     * a further short wait if the OS does not let them go. Blocks the calling thread.
     */
    public static void terminate(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = snapshot(root);
        // parent first: a shell that sees its child die could otherwise start the next command
        tree.forEach(ProcessTree::destroy);
        if (awaitExit(tree, grace)) {
            return;
        }
        List<ProcessHandle> left = new ArrayList<>();
        for (ProcessHandle process : tree) {
            if (!hasExited(process)) {
                left.addAll(snapshot(process));
            }
        }
        for (ProcessHandle process : left) {
            if (!process.equals(ProcessHandle.current())) {
                process.destroyForcibly();
            }
        }
        awaitExit(left, FORCED_EXIT_WAIT);
    }

    /** The process and its descendants as they are now. */
    static List<ProcessHandle> snapshot(ProcessHandle root) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(root);
        root.descendants().forEach(tree::add);
        return tree;
    }

    /**
     * Whether the process has ended. A zombie (ended, not yet reaped) counts as ended although
     * {@link ProcessHandle#isAlive()} says otherwise: orphans are reaped by PID 1, which in containers is often
     * slow or never, and waiting for that would stretch every cancellation to the full grace period. Zombies
     * are recognised on Linux through /proc; elsewhere only {@code isAlive} is used.
     */
    static boolean hasExited(ProcessHandle process) {
        if (!process.isAlive()) {
            return true;
        }
        Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
        try {
            String text = Files.readString(stat);
            int end = text.lastIndexOf(')'); // the command name in parentheses may itself contain spaces or ')'
            return end > 0 && end + 2 < text.length() && text.charAt(end + 2) == 'Z';
        } catch (IOException | RuntimeException e) {
            return false; // no /proc (not Linux), or the process vanished meanwhile: isAlive decides next time
        }
    }

    private static void destroy(ProcessHandle process) {
        if (!process.equals(ProcessHandle.current())) {
            process.destroy();
        }
    }

    /**
     * Polls instead of {@link ProcessHandle#onExit()}: for processes that are not our children the JDK polls
     * too, but starts at 300 ms, which would make every cancellation needlessly slow.
     *
     * @return true when all have exited
     */
    private static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = 5;
        while (!processes.stream().allMatch(ProcessTree::hasExited)) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            pause = Math.min(pause * 2, 50);
        }
        return true;
    }
}
