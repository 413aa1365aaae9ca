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

/**
 * The executor the app uses when the local engine could not start: it has no history, and submitting a
 * run fails with the reason, which the run UI shows. Editing and saving still work.
 */
final class UnavailableExecutor implements Executor {

    private final String reason;

    UnavailableExecutor(String reason) {
        this.reason = reason;
    }

    @Override
    public RunHandle submit(RunRequest request, RunListener listener) {
        throw new IllegalStateException(reason);
    }

    @Override
    public AutoCloseable subscribe(String runId, RunListener listener) {
        return () -> { };
    }

    @Override
    public boolean cancel(String runId) {
        return false;
    }

    @Override
    public List<RunSummary> history(HistoryQuery query) {
        return List.of();
    }

    @Override
    public Optional<RunDetail> run(String runId) {
        return Optional.empty();
    }

    @Override
    public List<LogLine> logs(String runId, String stepKey, long afterSeq) {
        return List.of();
    }

    @Override
    public void close() {
    }
}
