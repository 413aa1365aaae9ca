package dev.junction.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.zeroturnaround.exec.stream.ExecuteStreamHandler;

/**
 * zt-exec stream handling that copies a process's stdout and stderr on pooled platform threads. zt-exec's own
 * handler starts two new threads per process (and a scheduler for its close timeout); at ~1 ms per spawn that
 * was a third of a short step's cost. Platform threads, not virtual ones, because a blocking pipe read would
 * hold a virtual thread's carrier.
 *
 * <p>One instance per process. {@link #stop()} waits for both streams to end, at most the close timeout (a
 * background grandchild may keep a pipe open forever); then it closes the pipes and drops what is left.
 */
final class PooledPumps implements ExecuteStreamHandler {

    private static final ExecutorService PUMPS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "junction-output");
        thread.setDaemon(true);
        return thread;
    });

    /** Each pump thread copies through one buffer of its own instead of a new 8 KB per stream per process. */
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[8192]);

    private final OutputStream out;
    private final OutputStream err;
    private final Duration closeTimeout;
    private InputStream processOut;
    private InputStream processErr;
    private OutputStream processIn;
    private Future<?> outPump;
    private Future<?> errPump;

    PooledPumps(OutputStream out, OutputStream err, Duration closeTimeout) {
        this.out = out;
        this.err = err;
        this.closeTimeout = closeTimeout;
    }

    @Override
    public void setProcessInputStream(OutputStream stdin) {
        this.processIn = stdin;
    }

    @Override
    public void setProcessErrorStream(InputStream stderr) {
        this.processErr = stderr;
    }

    @Override
    public void setProcessOutputStream(InputStream stdout) {
        this.processOut = stdout;
    }

    @Override
    public void start() throws IOException {
        processIn.close(); // steps get no stdin: a program waiting for input sees end-of-file, not a hang
        outPump = PUMPS.submit(() -> copy(processOut, out));
        errPump = PUMPS.submit(() -> copy(processErr, err));
    }

    @Override
    public void stop() {
        long deadline = System.nanoTime() + closeTimeout.toNanos();
        await(outPump, deadline, processOut);
        await(errPump, deadline, processErr);
    }

    private static void await(Future<?> pump, long deadline, InputStream pipe) {
        try {
            pump.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            closeQuietly(pipe); // unblocks the read; later output of a stray grandchild is dropped
            pump.cancel(true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(pipe);
        } catch (ExecutionException e) {
            // the copy failed (pipe closed under it): whatever was read has been delivered
        }
    }

    private static void copy(InputStream from, OutputStream to) {
        byte[] buffer = BUFFER.get();
        try (from; to) {
            int n;
            while ((n = from.read(buffer)) >= 0) {
                to.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // the pipe was closed (close timeout, or the process tree was killed): stop copying
        }
    }

    private static void closeQuietly(InputStream pipe) {
        try {
            pipe.close();
        } catch (IOException e) {
            // nothing more to do
        }
    }
}
