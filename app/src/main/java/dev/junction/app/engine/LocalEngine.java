package dev.junction.app.engine;

import dev.junction.engine.LocalExecutor;
import dev.junction.engine.Secrets;
import dev.junction.run.Executor;
import dev.junction.store.DataDirectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The desktop app's local executor: the engine and its run history database in the user's data folder,
 * opened once at start-up. If it cannot open (a broken database, an unreadable secrets file), the app
 * still starts, editing works, and running explains why it cannot.
 *
 * <p>{@link #close()} stops runs still going and writes every pending event before the database closes;
 * it is idempotent and also runs from a shutdown hook, so a {@code System.exit} elsewhere cannot lose
 * history.
 */
public final class LocalEngine implements AutoCloseable {

    /** System property naming another data folder (tests; a portable setup). */
    public static final String DATA_DIR_PROPERTY = "junction.dataDir";

    /** The engine once open, or the reason it could not open. */
    private record Opened(Executor executor, String problem, List<String> warnings, Path dataDirectory) {}

    private final CompletableFuture<Opened> opening;
    private final Executor executor;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook = new Thread(this::closeNow, "junction-engine-shutdown");

    private LocalEngine(CompletableFuture<Opened> opening) {
        this.opening = opening;
        this.executor = new DeferredExecutor(opening.thenApply(Opened::executor));
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts opening the local executor in {@code DataDirectory.resolve(..)} (the {@value #DATA_DIR_PROPERTY}
     * property, else {@code $JUNCTION_DATA_DIR}, else the OS's user data folder), with secrets from
     * {@code secrets.yaml} there and {@code JUNCTION_SECRET_*} variables, on a background thread, and returns at
     * once: the window need not wait for the database migration. Never fails: an engine that cannot open
     * says why in {@link #problem()}, and its executor refuses with that reason.
     */
    public static LocalEngine open() {
        CompletableFuture<Opened> opening = new CompletableFuture<>();
        Thread.ofPlatform().name("junction-engine-open").daemon(true).start(() -> opening.complete(openNow()));
        return new LocalEngine(opening);
    }

    private static Opened openNow() {
        String override = System.getProperty(DATA_DIR_PROPERTY);
        Path dir = null;
        try {
            dir = DataDirectory.resolve(override == null || override.isBlank() ? null : Path.of(override));
            Secrets secrets = Secrets.load(List.of(dir.resolve("secrets.yaml")), System.getenv());
            LocalExecutor local = LocalExecutor.open(dir, secrets);
            List<String> warnings = new ArrayList<>(local.secretWarnings());
            if (local.interruptedOnOpen() > 0) {
                warnings.add(local.interruptedOnOpen() + " run(s) of an earlier session were marked interrupted.");
            }
            return new Opened(local, "", warnings, dir);
        } catch (RuntimeException e) {
            String where = dir == null ? "" : " in " + dir;
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            String message = "The local engine could not start" + where + ": " + reason;
            return new Opened(new UnavailableExecutor(message), message, List.of(), dir);
        }
    }

    /** Completes (on the opening thread) once the engine is open or has failed to open. */
    public CompletableFuture<Void> ready() {
        return opening.thenApply(o -> null);
    }

    /** The executor to run workflows with; its first call waits until the engine is open. */
    public Executor executor() {
        return executor;
    }

    /** Why the engine is unavailable, or "" when it runs. Waits until the engine has opened. */
    public String problem() {
        return opening.join().problem();
    }

    /** Things worth telling the user (secrets file permissions, runs marked interrupted). Waits like {@link #problem()}. */
    public List<String> warnings() {
        return opening.join().warnings();
    }

    /** The data folder in use, or null if it could not be determined. Waits like {@link #problem()}. */
    public Path dataDirectory() {
        return opening.join().dataDirectory();
    }

    /** Closes the executor: stops live runs and flushes the store writer. Idempotent. */
    @Override
    public void close() {
        closeNow();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is what called us, or will find us closed
        }
    }

    private void closeNow() {
        if (closed.compareAndSet(false, true)) {
            opening.join().executor().close();
        }
    }
}
