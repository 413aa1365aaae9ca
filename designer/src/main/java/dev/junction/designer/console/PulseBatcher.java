package dev.junction.designer.console;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Moves items produced on any thread (engine threads, loaders) to the FX thread in batches, at most once per
 * pulse and at most {@code maxPerPulse} items at a time, so a flood of events never blocks the UI for long and
 * no worker thread ever touches an observable collection.
 *
 * <p>{@link #offer} and {@link #offerAll} are thread-safe and never block. The sink runs on the FX thread with
 * items in the order they were offered. An idle batcher costs nothing: its timer only runs while items wait.
 */
public final class PulseBatcher<T> {

    private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final int maxPerPulse;
    private final Consumer<List<T>> sink;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            drain();
        }
    };

    /**
     * @param maxPerPulse the most items handed to the sink in one pulse; the rest wait for the next pulses
     * @param sink        receives each batch on the FX thread; must not throw
     */
    public PulseBatcher(int maxPerPulse, Consumer<List<T>> sink) {
        if (maxPerPulse < 1) {
            throw new IllegalArgumentException("maxPerPulse must be positive");
        }
        this.maxPerPulse = maxPerPulse;
        this.sink = Objects.requireNonNull(sink);
    }

    /** Queues one item; any thread. */
    public void offer(T item) {
        queue.add(item);
        schedule();
    }

    /** Queues items in order; any thread. */
    public void offerAll(Collection<? extends T> items) {
        if (items.isEmpty()) {
            return;
        }
        queue.addAll(items);
        schedule();
    }

    /** Hands everything queued so far to the sink now, in batches; FX thread (tests, before a snapshot). */
    public void flush() {
        while (!queue.isEmpty()) {
            drainOnce();
        }
    }

    /** Forgets what is queued; FX thread. */
    public void discard() {
        queue.clear();
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            if (Platform.isFxApplicationThread()) {
                timer.start();
            } else {
                Platform.runLater(timer::start);
            }
        }
    }

    private void drain() {
        drainOnce();
        if (queue.isEmpty()) {
            timer.stop();
            scheduled.set(false);
            // an item offered between the emptiness check and the flag reset would otherwise wait forever
            if (!queue.isEmpty() && scheduled.compareAndSet(false, true)) {
                timer.start();
            }
        }
    }

    private void drainOnce() {
        List<T> batch = new ArrayList<>(Math.min(maxPerPulse, 1024));
        T item;
        while (batch.size() < maxPerPulse && (item = queue.poll()) != null) {
            batch.add(item);
        }
        if (!batch.isEmpty()) {
            sink.accept(batch);
        }
    }
}
