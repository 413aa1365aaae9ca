package dev.junction.run;

import java.util.List;
import java.util.Optional;

/**
 * The one port through which the CLI, the desktop designer and the node's API run workflows. A local
 * implementation runs them in this process; a remote one talks to a Junction node. Callers cannot tell
 * which: both deliver the same {@link RunEvent} records.
 *
 * <p>Implementations are thread-safe.
 */
public interface Executor extends AutoCloseable {

    /**
     * Starts a run. Inputs are validated first; invalid inputs throw before a run exists.
     *
     * @param listener receives every event of the run from {@link RunEvent.RunStarted} on
     * @throws dev.junction.workflow.source.InvalidDefinitionException if the inputs are invalid (one problem per input)
     */
    RunHandle submit(RunRequest request, RunListener listener);

    /** Adds a listener to a live run, from now on; returns a handle that removes it. No-op if not live. */
    AutoCloseable subscribe(String runId, RunListener listener);

    /** Asks a live run to stop: running steps and their child processes are killed. @return false if not live */
    boolean cancel(String runId);

    List<RunSummary> history(HistoryQuery query);

    Optional<RunDetail> run(String runId);

    /**
     * Stored log lines of a run, in order.
     *
     * @param stepKey a step id (all its instances) or instance key, or null for every step
     * @param afterSeq only lines with a greater sequence number (use -1 for all)
     */
    List<LogLine> logs(String runId, String stepKey, long afterSeq);

    @Override
    void close();
}
