package dev.junction.designer.testing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Runs a view-model test's body on the FX thread (no window, no robot). Documents hand their background
 * validation to the FX thread; running the test there too keeps both on one thread, as in the app.
 */
public final class FxThread {

    /** A test body that may throw. */
    public interface Body {
        void run() throws Exception;
    }

    private FxThread() {}

    public static void run(Body body) throws Exception {
        try {
            CompletableFuture<Void> started = new CompletableFuture<>();
            Platform.startup(() -> started.complete(null));
            started.get(30, TimeUnit.SECONDS);
        } catch (IllegalStateException alreadyRunning) {
            // started by an earlier test
        }
        Platform.setImplicitExit(false);
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                body.run();
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        try {
            done.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (Exception) e.getCause();
        }
    }
}
