package dev.junction.steps;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A one-way switch shared by the engine and a running step: the engine cancels (user stop, timeout, run
 * cancelled); the step reacts through callbacks (kill its process tree, abort its request). Thread-safe.
 */
public final class Cancellation {

    private final List<Runnable> callbacks = new CopyOnWriteArrayList<>();
    private volatile String reason;

    public boolean isCancelled() {
        return reason != null;
    }

    /** Why it was cancelled ("timed out after 5s", "run cancelled"), or null. */
    public String reason() {
        return reason;
    }

    /** Runs {@code callback} on cancellation, at once if already cancelled. */
    public void onCancel(Runnable callback) {
        callbacks.add(callback);
        if (isCancelled() && callbacks.remove(callback)) {
            callback.run();
        }
    }

    public void cancel(String why) {
        synchronized (this) {
            if (reason != null) {
                return;
            }
            reason = why;
        }
        for (Runnable callback : callbacks) {
            if (callbacks.remove(callback)) {
                callback.run();
            }
        }
    }
}
