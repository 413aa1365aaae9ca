package dev.junction.store;

import dev.junction.run.RunEvent;
import dev.junction.run.RunListener;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Persists a run's events without holding up the engine: {@link #onEvent} only enqueues; one background thread
 * appends whatever has queued up as one transaction, so a burst of thousands of events costs a handful of
 * transactions.
 *
 * <p>Failures: when a batch cannot be written and the database does not answer, the writer keeps the batch (in
 * order, with everything that queues up behind it), logs a warning and retries with growing pauses (up to
 * {@value #MAX_PAUSE_MS} ms) until the database is back. When the database answers but the batch still
 * fails, the batch is split in halves until the events that cannot be stored are isolated; those are logged
 * as errors and kept in {@link #rejected()}, and every other event is written. Earlier batches are never
 * touched: each batch is its own transaction.
 *
 * <p>Thread-safe. The writer thread is a daemon: call {@link #close()} before the process exits, and before
 * closing the {@link Database}, or the last events may not be written.
 */
public final class StoreWriter implements RunListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreWriter.class);
    private static final long FIRST_PAUSE_MS = 50;
    private static final long POLL_MS = 100;
    /**
     * How long the writer waits for more events after the first one, so that a run's trickle of events (a few
     * per step) shares transactions instead of paying a commit each. Bounds how far the store may lag the
     * engine; a flush cuts it short.
     */
    private static final long LINGER_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final int LINGER_ENOUGH = 512;
    private volatile boolean flushRequested;
    static final long MAX_PAUSE_MS = 5_000;

    /**
     * Counters since the writer started.
     *
     * @param pending events enqueued but neither written nor rejected yet
     */
    public record Stats(long written, long rejected, long transactions, long pending) {}

    private final RunStore store;
    private final int capacity;
    private final BlockingQueue<RunEvent> queue;
    private final Thread thread;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition progress = lock.newCondition();
    private final List<RunEvent> rejected = Collections.synchronizedList(new ArrayList<>());
    // guarded by lock
    private long submitted;
    private long done;
    private long written;
    private long transactions;
    private boolean closed;
    private Throwable died;
    // only touched by the writer thread
    private boolean outage;
    private volatile boolean stop;

    /** A writer with room for a million queued events before {@link #onEvent} waits. */
    public StoreWriter(RunStore store) {
        this(store, 1_000_000);
    }

    /**
     * @param capacity how many events may wait before {@link #onEvent} blocks until the writer catches up
     */
    public StoreWriter(RunStore store, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.store = store;
        this.capacity = capacity;
        this.queue = new LinkedBlockingQueue<>(capacity);
        this.thread = Thread.ofPlatform().name("junction-store-writer").daemon(true).unstarted(this::drain);
        thread.start();
    }

    /**
     * Enqueues an event. Returns at once unless {@code capacity} events are already waiting, then waits for
     * room (even if the calling thread is interrupted; its interrupt status is kept): slowing the engine is
     * better than losing history. After {@link #close()} the event is rejected. Never throws.
     */
    @Override
    public void onEvent(RunEvent event) {
        if (event == null) {
            LOG.warn("Store writer was given a null event; ignored");
            return;
        }
        lock.lock();
        try {
            if (closed || died != null) {
                LOG.warn("Store writer is closed; {} is not stored", EventUpserts.describe(event));
                rejected.add(event);
                return;
            }
            submitted++;
        } finally {
            lock.unlock();
        }
        // an engine thread may be interrupted (a cancelled step); its events still belong in the history
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(event);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits until every event enqueued before this call is written or rejected, however long the database is
     * unavailable. Returns early if the calling thread is interrupted (its interrupt status is kept).
     *
     * @throws IllegalStateException if the writer thread died
     */
    public void flush() {
        while (!flush(Duration.ofDays(1))) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
        }
    }

    /**
     * Like {@link #flush()} but gives up after {@code timeout}.
     *
     * @return false if events were still unwritten when the time ran out (e.g. the database is unreachable)
     * @throws IllegalStateException if the writer thread died
     */
    public boolean flush(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        flushRequested = true;
        LockSupport.unpark(thread);
        lock.lock();
        try {
            long target = submitted;
            while (done < target) {
                if (died != null) {
                    throw new IllegalStateException("the store writer stopped: " + died, died);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                progress.awaitNanos(left);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    /** Events that could not be stored, in the order they failed. */
    public List<RunEvent> rejected() {
        synchronized (rejected) {
            return List.copyOf(rejected);
        }
    }

    public Stats stats() {
        lock.lock();
        try {
            return new Stats(written, rejected.size(), transactions, submitted - done);
        } finally {
            lock.unlock();
        }
    }

    /** Stops accepting events and writes what is queued, waiting at most 30 seconds. Idempotent. */
    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }

    /**
     * Stops accepting events and waits up to {@code timeout} for the queued ones to be written; events still
     * unwritten then are logged as lost.
     */
    public void close(Duration timeout) {
        lock.lock();
        try {
            closed = true;
        } finally {
            lock.unlock();
        }
        if (!flush(timeout)) {
            LOG.error("Store writer closed with {} events not written (database unavailable?)", stats().pending());
        }
        // a flag, never Thread.interrupt(): interrupting a thread inside H2's file I/O closes H2's file channel
        stop = true;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Collects events for a short while after the first, unless enough are there or someone is waiting. */
    private void linger(List<RunEvent> pending) {
        // sleeps rather than taking events one by one: waking the writer for each event cost as much CPU as
        // storing it; a flush wakes it early (unpark)
        long until = System.nanoTime() + LINGER_NANOS;
        while (!flushRequested && !stop && queue.size() + pending.size() < LINGER_ENOUGH) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                break;
            }
            LockSupport.parkNanos(this, Math.min(left, TimeUnit.MILLISECONDS.toNanos(5)));
        }
        flushRequested = false;
    }

    private void drain() {
        List<RunEvent> pending = new ArrayList<>();
        long pause = FIRST_PAUSE_MS;
        try {
            while (true) {
                if (pending.isEmpty()) {
                    RunEvent first = queue.poll(POLL_MS, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        if (stop) {
                            return;
                        }
                        continue;
                    }
                    pending.add(first);
                    linger(pending);
                }
                // while the database is down, pending stops growing at capacity, so onEvent waits
                queue.drainTo(pending, Math.max(0, capacity - pending.size()));
                pending = write(pending);
                if (pending.isEmpty()) {
                    pause = FIRST_PAUSE_MS;
                } else {
                    if (!pauseUnlessStopped(pause)) {
                        return;
                    }
                    pause = Math.min(pause * 2, MAX_PAUSE_MS);
                }
            }
        } catch (Throwable e) {
            LOG.error("Store writer stopped unexpectedly", e);
            lock.lock();
            try {
                died = e;
                progress.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /** @return false if the writer was told to stop meanwhile */
    private boolean pauseUnlessStopped(long millis) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (System.nanoTime() < until) {
            if (stop) {
                return false;
            }
            Thread.sleep(Math.min(POLL_MS, Math.max(1, TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime()))));
        }
        return !stop;
    }

    /** @return the events to retry later because the database is unavailable; empty when all were handled */
    private List<RunEvent> write(List<RunEvent> batch) {
        try {
            store.append(batch);
            completed(batch.size());
            if (outage) {
                LOG.info("The database is back; {} waiting run events are written", batch.size());
                outage = false;
            }
            return new ArrayList<>();
        } catch (RuntimeException e) {
            if (!store.isAvailable()) {
                if (!outage) {
                    LOG.warn("Cannot write {} run events, the database is unavailable; will retry until it is back: {}",
                            batch.size(), brief(e));
                    outage = true;
                } else {
                    LOG.debug("Still cannot write {} run events: {}", batch.size(), brief(e));
                }
                return new ArrayList<>(batch);
            }
            LOG.warn("Cannot write a batch of {} run events; isolating the events that fail: {}", batch.size(), brief(e));
            return isolate(batch);
        }
    }

    /**
     * Writes the parts of {@code events} that can be written, in order, halving a failing part until each
     * failing event is alone and rejected.
     *
     * @return the events not handled because the database became unavailable meanwhile
     */
    private List<RunEvent> isolate(List<RunEvent> events) {
        Deque<List<RunEvent>> parts = new ArrayDeque<>();
        parts.push(events);
        while (!parts.isEmpty()) {
            List<RunEvent> part = parts.pop();
            try {
                store.append(part);
                completed(part.size());
            } catch (RuntimeException e) {
                if (!store.isAvailable()) {
                    List<RunEvent> rest = new ArrayList<>(part);
                    parts.forEach(rest::addAll);
                    return rest;
                }
                if (part.size() == 1) {
                    reject(part, e);
                } else {
                    int half = part.size() / 2;
                    parts.push(part.subList(half, part.size()));
                    parts.push(part.subList(0, half));
                }
            }
        }
        return new ArrayList<>();
    }

    private void reject(List<RunEvent> events, Exception cause) {
        for (RunEvent event : events) {
            LOG.error("Run event not stored: {}: {}", EventUpserts.describe(event), brief(cause));
        }
        rejected.addAll(events);
        lock.lock();
        try {
            done += events.size();
            progress.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The database's own message, without the SQL text and arguments JDBI adds. */
    static String brief(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("");
        return cause.getClass().getSimpleName() + ": " + message.replaceAll("; SQL statement:$", "");
    }

    private void completed(int events) {
        lock.lock();
        try {
            written += events;
            done += events;
            transactions++;
            progress.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
