package dev.junction.process;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.zeroturnaround.exec.MessageLoggers;
import org.zeroturnaround.exec.ProcessExecutor;
import org.zeroturnaround.exec.listener.ProcessListener;

/**
 * Runs one process to completion with zt-exec, streaming its output line by line, and stops its whole process
 * tree when the step is cancelled.
 *
 * <p>Cancellation sends a polite terminate to the process and all its descendants, waits a grace period, then
 * kills what is left ({@link ProcessTree}). A background grandchild that keeps stdout open after the process
 * exited cannot hold the step forever: output is awaited at most the close timeout, later lines are dropped.
 *
 * <p>Output is copied on pooled platform threads ({@link PooledPumps}): a virtual thread blocked reading a
 * pipe holds on to its carrier (file I/O does not unmount), and new threads per process cost a millisecond.
 *
 * <p>Thread-safe; {@link #run} blocks the calling thread (a virtual thread is fine).
 */
public final class ProcessRunner {

    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(2);
    public static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(5);

    // Unix programs write UTF-8 almost everywhere, while a JVM started in a bare POSIX locale reports ASCII;
    // Windows console programs write in the system code page.
    private static final Charset OUTPUT_CHARSET = Executables.isWindowsHost()
            ? Charset.forName(System.getProperty("native.encoding", "UTF-8"), StandardCharsets.UTF_8)
            : StandardCharsets.UTF_8;

    private final Duration grace;
    private final Duration closeTimeout;

    public ProcessRunner() {
        this(DEFAULT_GRACE, DEFAULT_CLOSE_TIMEOUT);
    }

    /**
     * @param grace        how long a cancelled process tree may take to exit after the terminate request
     * @param closeTimeout how long to wait for the output pipes to close after the process exited
     */
    public ProcessRunner(Duration grace, Duration closeTimeout) {
        this.grace = grace;
        this.closeTimeout = closeTimeout;
    }

    /**
     * Starts {@code spec} and waits for it to exit. All output lines are delivered before this returns
     * (bar those written after the close timeout).
     *
     * @param onCancel registers the action that stops the process tree, once the process has started; pass
     *                 {@code cancellation::onCancel} of {@code dev.junction.steps.Cancellation}. When the action
     *                 runs (on any thread, at once if already cancelled) the tree is stopped in the background
     *                 and this method returns only after the processes are gone.
     * @return the exit code; for a process stopped on cancellation, what the OS reported (143 after SIGTERM,
     *         137 after SIGKILL on Unix), so callers check their cancellation to tell the two apart
     * @throws IOException when the program cannot be started (not found, not executable, no such directory)
     * @throws InterruptedException when the calling thread is interrupted; the process tree is stopped first
     */
    public int run(ProcessSpec spec, Consumer<Runnable> onCancel) throws IOException, InterruptedException {
        LineSplitter out = new LineSplitter(spec.stdout(), OUTPUT_CHARSET);
        LineSplitter err = new LineSplitter(spec.stderr(), OUTPUT_CHARSET);
        TreeStop stop = new TreeStop(grace);
        ProcessExecutor executor = new ProcessExecutor(spec.command())
                .directory(spec.workingDirectory().toFile())
                .environment(replacing(System.getenv(), spec.environment(), Executables.isWindowsHost()))
                .redirectErrorStream(false) // zt-exec merges stderr into stdout unless told otherwise
                .streams(new PooledPumps(out, err, closeTimeout))
                .exitValueAny()
                .stopper(process -> ProcessTree.terminate(process.toHandle(), grace)) // on interrupt
                .setMessageLogger(MessageLoggers.NOP)
                .addListener(new ProcessListener() {
                    @Override
                    public void afterStart(Process process, ProcessExecutor unused) {
                        onCancel.accept(() -> stop.begin(process.toHandle()));
                    }
                });
        try {
            int exitCode = executor.execute().getExitValue();
            stop.awaitIfBegun();
            return exitCode;
        } catch (TimeoutException e) {
            throw new IllegalStateException("no timeout was set, yet the process timed out", e);
        } finally {
            stop.close();
            out.detach();
            err.detach();
        }
    }

    /**
     * The variables zt-exec must apply to the inherited environment so that the child sees exactly
     * {@code wanted}: every inherited variable not wanted is removed (a null value), then the wanted ones that
     * differ are set. Only the differences: zt-exec applies each to a copy of the JVM's environment, and a step's
     * environment is mostly the inherited one.
     */
    static Map<String, String> replacing(Map<String, String> inherited, Map<String, String> wanted, boolean windows) {
        Set<String> kept = windows ? new TreeSet<>(String.CASE_INSENSITIVE_ORDER) : new HashSet<>();
        wanted.forEach((name, value) -> {
            if (value != null) {
                kept.add(name);
            }
        });
        Map<String, String> changes = new LinkedHashMap<>();
        for (String name : inherited.keySet()) {
            if (!kept.contains(name)) {
                changes.put(name, null);
            }
        }
        wanted.forEach((name, value) -> {
            if (value != null && !value.equals(inherited.get(name))) {
                changes.put(name, value);
            }
        });
        return changes;
    }

    /** Stops the tree on a virtual thread, so that whoever cancels is not blocked for the grace period. */
    private static final class TreeStop {
        private final Duration grace;
        private Thread stopper;
        private boolean closed;

        TreeStop(Duration grace) {
            this.grace = grace;
        }

        synchronized void begin(ProcessHandle root) {
            // after close the pid may belong to an unrelated process by now
            if (!closed && stopper == null) {
                stopper = Thread.ofVirtual().name("junction-stop-" + root.pid())
                        .start(() -> ProcessTree.terminate(root, grace));
            }
        }

        void awaitIfBegun() throws InterruptedException {
            Thread thread;
            synchronized (this) {
                thread = stopper;
            }
            if (thread != null) {
                thread.join();
            }
        }

        synchronized void close() {
            closed = true;
        }
    }
}
