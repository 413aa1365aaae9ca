package dev.junction.app.engine;

import dev.junction.engine.LocalExecutor;
import dev.junction.engine.Secrets;
import dev.junction.run.Executor;
import dev.junction.store.DataDirectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    private final Executor executor;
    private final String problem;
    private final List<String> warnings;
    private final Path dataDirectory;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook = new Thread(this::closeNow, "junction-engine-shutdown");

    private LocalEngine(Executor executor, String problem, List<String> warnings, Path dataDirectory) {
        this.executor = executor;
        this.problem = problem;
        this.warnings = List.copyOf(warnings);
        this.dataDirectory = dataDirectory;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Opens the local executor in {@code DataDirectory.resolve(..)} (the {@value #DATA_DIR_PROPERTY}
     * property, else {@code $JUNCTION_DATA_DIR}, else the OS's user data folder), with secrets from
     * {@code secrets.yaml} there and {@code JUNCTION_SECRET_*} variables. Blocking (database migration):
     * call it off the FX thread. Never throws: a failure gives an engine whose {@link #problem()} says why.
     */
    public static LocalEngine open() {
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
            return new LocalEngine(local, "", warnings, dir);
        } catch (RuntimeException e) {
            String where = dir == null ? "" : " in " + dir;
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            String message = "The local engine could not start" + where + ": " + reason;
            return new LocalEngine(new UnavailableExecutor(message), message, List.of(), dir);
        }
    }

    /** The executor to run workflows with (one that refuses with {@link #problem()} if the engine failed). */
    public Executor executor() {
        return executor;
    }

    /** Why the engine is unavailable, or "" when it runs. */
    public String problem() {
        return problem;
    }

    /** Things worth telling the user (secrets file permissions, runs marked interrupted). */
    public List<String> warnings() {
        return warnings;
    }

    /** The data folder in use, or null if it could not be determined. */
    public Path dataDirectory() {
        return dataDirectory;
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
            executor.close();
        }
    }
}
