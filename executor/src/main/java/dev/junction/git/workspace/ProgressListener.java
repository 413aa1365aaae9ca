package dev.junction.git.workspace;

/**
 * Receives progress of clone, fetch, pull and push. Called on the thread running the operation (never the UI thread
 * unless the operation runs there), at most about once per percent per task; a UI hands the value to its own thread.
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = progress -> {};

    void onProgress(Progress progress);

    /** Polled during the operation; returning true stops it with a {@link GitOperationException}. */
    default boolean isCancelled() {
        return false;
    }
}
