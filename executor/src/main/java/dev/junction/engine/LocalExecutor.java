package dev.junction.engine;

import dev.junction.git.DefinitionRevision;
import dev.junction.run.Executor;
import dev.junction.run.HistoryQuery;
import dev.junction.run.LogLine;
import dev.junction.run.RunDetail;
import dev.junction.run.RunHandle;
import dev.junction.run.RunListener;
import dev.junction.run.RunRequest;
import dev.junction.run.RunSummary;
import dev.junction.steps.StepKinds;
import dev.junction.store.Database;
import dev.junction.store.RunStore;
import dev.junction.store.StoreWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The {@link Executor} that runs workflows in this process and keeps history in a local database. On open,
 * runs left "running" by a process that died are marked interrupted.
 *
 * <p>Thread-safe. {@link #close()} cancels runs still going, waits briefly for them, and writes every
 * pending event before closing the database.
 */
public final class LocalExecutor implements Executor {

    private final Database database;
    private final RunStore store;
    private final StoreWriter writer;
    private final RunEngine engine;
    private final Secrets secrets;
    private final Map<String, RunEngine.ActiveRun> active = new ConcurrentHashMap<>();
    private final int interruptedOnOpen;

    private LocalExecutor(Database database, StepKinds kinds, Secrets secrets) {
        this.database = database;
        this.store = new RunStore(database);
        this.interruptedOnOpen = store.markInterrupted();
        this.writer = new StoreWriter(store);
        this.engine = new RunEngine(kinds, secrets,
                workflow -> DefinitionRevision.of(workflow.source()).orElse(""));
        this.secrets = secrets;
    }

    /** Opens (creating if needed) the H2 database in {@code dataDirectory}. */
    public static LocalExecutor open(Path dataDirectory, Secrets secrets) {
        return new LocalExecutor(Database.openFile(dataDirectory), StepKinds.builtin(), secrets);
    }

    /** Uses an already open database (e.g. PostgreSQL); closing the executor closes it. */
    public static LocalExecutor open(Database database, StepKinds kinds, Secrets secrets) {
        return new LocalExecutor(database, kinds, secrets);
    }

    /** How many runs of dead processes were marked interrupted when this executor opened. */
    public int interruptedOnOpen() {
        return interruptedOnOpen;
    }

    /** Problems with the secrets setup worth telling the user (e.g. a world-readable secrets file). */
    public List<String> secretWarnings() {
        return secrets.warnings();
    }

    @Override
    public RunHandle submit(RunRequest request, RunListener listener) {
        String runId = RunIds.next();
        Optional<RunDetail> base = Optional.empty();
        if (request.options().baseRunId() != null) {
            base = run(request.options().baseRunId());
            if (base.isEmpty()) {
                throw new IllegalArgumentException("no run " + request.options().baseRunId() + " to re-run from");
            }
        }
        RunEngine.ActiveRun run = engine.start(runId, request, List.of(writer, listener), base, writer::flush);
        active.put(runId, run);
        run.completion().whenComplete((status, error) -> active.remove(runId));
        return new RunHandle(runId, run.completion());
    }

    @Override
    public AutoCloseable subscribe(String runId, RunListener listener) {
        RunEngine.ActiveRun run = active.get(runId);
        return run == null ? () -> { } : run.subscribe(listener);
    }

    @Override
    public boolean cancel(String runId) {
        RunEngine.ActiveRun run = active.get(runId);
        if (run == null) {
            return false;
        }
        run.cancel();
        return true;
    }

    /** The ids of runs going on in this process. */
    public List<String> activeRuns() {
        return List.copyOf(active.keySet());
    }

    @Override
    public List<RunSummary> history(HistoryQuery query) {
        writer.flush();
        return store.history(query);
    }

    @Override
    public Optional<RunDetail> run(String runId) {
        writer.flush();
        return store.run(runId);
    }

    @Override
    public List<LogLine> logs(String runId, String stepKey, long afterSeq) {
        writer.flush();
        return store.logs(runId, stepKey, afterSeq);
    }

    /** The full id of the one run whose id starts with {@code prefix}. */
    public Optional<String> resolveRunId(String prefix) {
        writer.flush();
        return store.resolveRunId(prefix);
    }

    @Override
    public void close() {
        for (RunEngine.ActiveRun run : active.values()) {
            run.cancel();
        }
        for (RunEngine.ActiveRun run : List.copyOf(active.values())) {
            try {
                run.completion().get(15, TimeUnit.SECONDS);
            } catch (Exception e) {
                // closing anyway; a run that did not end is marked interrupted on the next open
            }
        }
        writer.close();
        engine.close();
        database.close();
    }
}
