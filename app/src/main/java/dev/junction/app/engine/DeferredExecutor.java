package dev.junction.app.engine;

import dev.junction.run.Executor;
import dev.junction.run.HistoryQuery;
import dev.junction.run.LogLine;
import dev.junction.run.RunDetail;
import dev.junction.run.RunHandle;
import dev.junction.run.RunListener;
import dev.junction.run.RunRequest;
import dev.junction.run.RunSummary;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * An {@link Executor} whose engine is still opening: the window can show before the run database is migrated
 * (most of a second), and the first call waits for it. Calls come from background threads (the run views
 * query off the FX thread), so that wait never blocks the UI after start-up.
 */
final class DeferredExecutor implements Executor {

    private final CompletableFuture<Executor> target;

    DeferredExecutor(CompletableFuture<Executor> target) {
        this.target = target;
    }

    private Executor target() {
        return target.join();
    }

    @Override
    public RunHandle submit(RunRequest request, RunListener listener) {
        return target().submit(request, listener);
    }

    @Override
    public AutoCloseable subscribe(String runId, RunListener listener) {
        return target().subscribe(runId, listener);
    }

    @Override
    public boolean cancel(String runId) {
        return target().cancel(runId);
    }

    @Override
    public List<RunSummary> history(HistoryQuery query) {
        return target().history(query);
    }

    @Override
    public Optional<RunDetail> run(String runId) {
        return target().run(runId);
    }

    @Override
    public List<LogLine> logs(String runId, String stepKey, long afterSeq) {
        return target().logs(runId, stepKey, afterSeq);
    }

    @Override
    public void close() {
        target().close();
    }
}
