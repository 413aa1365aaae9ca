package dev.junction.store;

import static dev.junction.store.SqlValues.millis;
import static dev.junction.store.SqlValues.time;

import dev.junction.run.LogLine;
import dev.junction.run.RunEvent;
import dev.junction.run.RunStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Applies a batch of events to the tables as JDBC batches, one statement kind after another. Every
 * statement is an upsert (standard SQL {@code MERGE}, H2 and PostgreSQL 15+) whose effect does not depend on
 * being applied twice or on the order of the statement kinds: a step that is already finished stays finished
 * when its start is applied again, an attempt's start time is kept once set, and so on. That is what makes
 * {@link RunStore#append} idempotent per event and lets a batch group its statements by kind.
 */
final class EventUpserts {

    private static final String INSERT_RUN = """
            MERGE INTO runs t
            USING (VALUES (CAST(:id AS VARCHAR))) AS s (id) ON t.id = s.id
            WHEN NOT MATCHED THEN INSERT (id, workflow, status, trigger, started_at, inputs, error,
                definition_revision, dry_run, owner_host, owner_pid, owner_started_at)
            VALUES (s.id, :workflow, 'RUNNING', :trigger, :startedAt, :inputs, '', :revision, :dryRun,
                :ownerHost, :ownerPid, :ownerStartedAt)
            """;

    private static final String START_STEP = """
            MERGE INTO step_runs t
            USING (VALUES (CAST(:runId AS VARCHAR), CAST(:stepKey AS VARCHAR))) AS s (run_id, step_key)
            ON t.run_id = s.run_id AND t.step_key = s.step_key
            WHEN MATCHED THEN UPDATE SET
                status = CASE WHEN t.status IN ('QUEUED', 'RUNNING') THEN 'RUNNING' ELSE t.status END,
                started_at = COALESCE(t.started_at, :time),
                attempts = CASE WHEN t.attempts < :attempt THEN :attempt ELSE t.attempts END
            WHEN NOT MATCHED THEN INSERT (run_id, step_key, step_id, status, started_at, error, reused, attempts)
                VALUES (s.run_id, s.step_key, :stepId, 'RUNNING', :time, '', FALSE, :attempt)
            """;

    private static final String START_ATTEMPT = """
            MERGE INTO attempts t
            USING (VALUES (CAST(:runId AS VARCHAR), CAST(:stepKey AS VARCHAR), CAST(:attempt AS INTEGER)))
                AS s (run_id, step_key, number)
            ON t.run_id = s.run_id AND t.step_key = s.step_key AND t.number = s.number
            WHEN MATCHED THEN UPDATE SET started_at = COALESCE(t.started_at, :time)
            WHEN NOT MATCHED THEN INSERT (run_id, step_key, number, started_at, error)
                VALUES (s.run_id, s.step_key, s.number, :time, '')
            """;

    private static final String FAIL_ATTEMPT = """
            MERGE INTO attempts t
            USING (VALUES (CAST(:runId AS VARCHAR), CAST(:stepKey AS VARCHAR), CAST(:attempt AS INTEGER)))
                AS s (run_id, step_key, number)
            ON t.run_id = s.run_id AND t.step_key = s.step_key AND t.number = s.number
            WHEN MATCHED THEN UPDATE SET finished_at = :time, status = 'FAILURE', exit_code = :exitCode, error = :error
            WHEN NOT MATCHED THEN INSERT (run_id, step_key, number, finished_at, status, exit_code, error)
                VALUES (s.run_id, s.step_key, s.number, :time, 'FAILURE', :exitCode, :error)
            """;

    private static final String FINISH_STEP = """
            MERGE INTO step_runs t
            USING (VALUES (CAST(:runId AS VARCHAR), CAST(:stepKey AS VARCHAR))) AS s (run_id, step_key)
            ON t.run_id = s.run_id AND t.step_key = s.step_key
            WHEN MATCHED THEN UPDATE SET status = :status, finished_at = :time, duration_ms = :durationMs,
                exit_code = :exitCode, error = :error, reused = :reused,
                attempts = CASE WHEN t.attempts < :attempts THEN :attempts ELSE t.attempts END
            WHEN NOT MATCHED THEN INSERT (run_id, step_key, step_id, status, finished_at, duration_ms, exit_code,
                error, reused, attempts)
                VALUES (s.run_id, s.step_key, :stepId, :status, :time, :durationMs, :exitCode, :error, :reused, :attempts)
            """;

    /** A step that started and finished within one batch: one row write instead of two. */
    private static final String COMPLETE_STEP = """
            MERGE INTO step_runs t
            USING (VALUES (CAST(:runId AS VARCHAR), CAST(:stepKey AS VARCHAR))) AS s (run_id, step_key)
            ON t.run_id = s.run_id AND t.step_key = s.step_key
            WHEN MATCHED THEN UPDATE SET status = :status, started_at = COALESCE(t.started_at, :startedAt),
                finished_at = :time, duration_ms = :durationMs, exit_code = :exitCode, error = :error, reused = :reused,
                attempts = CASE WHEN t.attempts < :attempts THEN :attempts ELSE t.attempts END
            WHEN NOT MATCHED THEN INSERT (run_id, step_key, step_id, status, started_at, finished_at, duration_ms,
                exit_code, error, reused, attempts)
                VALUES (s.run_id, s.step_key, :stepId, :status, :startedAt, :time, :durationMs, :exitCode, :error,
                    :reused, :attempts)
            """;

    /** The attempt of a step that started and finished within one batch, written whole. */
    private static final String COMPLETE_ATTEMPT = """
            MERGE INTO attempts t
            USING (VALUES (CAST(:runId AS VARCHAR), CAST(:stepKey AS VARCHAR), CAST(:attempts AS INTEGER)))
                AS s (run_id, step_key, number)
            ON t.run_id = s.run_id AND t.step_key = s.step_key AND t.number = s.number
            WHEN MATCHED THEN UPDATE SET started_at = COALESCE(t.started_at, :startedAt), finished_at = :time,
                status = :status, exit_code = :exitCode, error = :error
            WHEN NOT MATCHED THEN INSERT (run_id, step_key, number, started_at, finished_at, status, exit_code, error)
                VALUES (s.run_id, s.step_key, s.number, :startedAt, :time, :status, :exitCode, :error)
            """;

    /** The last attempt ends with the step; a step that never ran (skipped, reused) has no attempt row. */
    private static final String FINISH_LAST_ATTEMPT = """
            UPDATE attempts SET finished_at = :time, status = :status, exit_code = :exitCode, error = :error
            WHERE run_id = :runId AND step_key = :stepKey AND number = :attempts
            """;

    private static final String PUT_OUTPUT = """
            MERGE INTO step_outputs t
            USING (VALUES (CAST(:runId AS VARCHAR), CAST(:stepKey AS VARCHAR), CAST(:name AS VARCHAR)))
                AS s (run_id, step_key, name)
            ON t.run_id = s.run_id AND t.step_key = s.step_key AND t.name = s.name
            WHEN MATCHED THEN UPDATE SET value_json = :value
            WHEN NOT MATCHED THEN INSERT (run_id, step_key, name, value_json) VALUES (s.run_id, s.step_key, s.name, :value)
            """;

    private static final String INSERT_LOG = """
            MERGE INTO log_lines t
            USING (VALUES (CAST(:runId AS VARCHAR), CAST(:seq AS BIGINT))) AS s (run_id, seq)
            ON t.run_id = s.run_id AND t.seq = s.seq
            WHEN NOT MATCHED THEN INSERT (run_id, seq, step_key, ts, stream, text)
                VALUES (s.run_id, s.seq, :stepKey, :time, :stream, :text)
            """;

    private static final String FINISH_RUN = """
            UPDATE runs SET status = :status, finished_at = :time, duration_ms = :durationMs, error = :error
            WHERE id = :runId
            """;

    private EventUpserts() {}

    /** Applies {@code events} on {@code handle}, which the caller runs in one transaction. */
    static void apply(Handle handle, List<RunEvent> events, RunOwner owner) {
        Batches b = new Batches(handle);
        // A start whose finish is in the same batch (most steps, when the writer is behind) is folded into the
        // finish: half the statements, and the same rows as applying both.
        Map<String, RunEvent.StepStarted> folded = foldableStarts(events);
        for (RunEvent event : events) {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(event.runId(), "runId");
            Objects.requireNonNull(event.time(), () -> "time of " + describe(event));
            switch (event) {
                case RunEvent.RunStarted e -> b.insertRun.bind("id", e.runId())
                        .bind("workflow", Objects.requireNonNull(e.workflow(), "workflow"))
                        .bind("trigger", Objects.requireNonNullElse(e.trigger(), ""))
                        .bind("startedAt", time(e.time()))
                        .bind("inputs", StoreJson.map(e.inputs()))
                        .bind("revision", e.definitionRevision())
                        .bind("dryRun", e.dryRun())
                        .bind("ownerHost", owner.host())
                        .bind("ownerPid", owner.pid())
                        .bind("ownerStartedAt", time(owner.startedAt()))
                        .add();
                case RunEvent.StepStarted e when folded.get(key(e.runId(), e.stepKey())) == e -> { }
                case RunEvent.StepStarted e -> {
                    b.startStep.bind("runId", e.runId()).bind("stepKey", e.stepKey())
                            .bind("stepId", Objects.requireNonNull(e.stepId(), "stepId"))
                            .bind("time", time(e.time())).bind("attempt", e.attempt()).add();
                    b.startAttempt.bind("runId", e.runId()).bind("stepKey", e.stepKey())
                            .bind("attempt", e.attempt()).bind("time", time(e.time())).add();
                }
                case RunEvent.StepRetrying e -> b.failAttempt.bind("runId", e.runId()).bind("stepKey", e.stepKey())
                        .bind("attempt", e.attempt()).bind("time", time(e.time()))
                        .bind("exitCode", e.exitCode()).bind("error", Objects.requireNonNullElse(e.error(), ""))
                        .add();
                case RunEvent.StepFinished e when folded.containsKey(key(e.runId(), e.stepKey())) -> {
                    RunEvent.StepStarted start = folded.get(key(e.runId(), e.stepKey()));
                    String status = Objects.requireNonNull(e.status(), "status").name();
                    b.completeStep.bind("runId", e.runId()).bind("stepKey", e.stepKey())
                            .bind("stepId", Objects.requireNonNull(e.stepId(), "stepId"))
                            .bind("status", status).bind("startedAt", time(start.time())).bind("time", time(e.time()))
                            .bind("durationMs", millis(e.duration())).bind("exitCode", e.exitCode())
                            .bind("error", e.error()).bind("reused", e.reused()).bind("attempts", e.attempts())
                            .add();
                    if (e.attempts() > 1) {
                        // a single attempt is the step row itself (RunStore reads it back as attempt 1): one write
                        // fewer for nearly every step
                        b.completeAttempt.bind("runId", e.runId()).bind("stepKey", e.stepKey())
                                .bind("attempts", e.attempts()).bind("startedAt", time(start.time()))
                                .bind("time", time(e.time())).bind("status", status)
                                .bind("exitCode", e.exitCode()).bind("error", e.error()).add();
                    }
                    putOutputs(b, e);
                }
                case RunEvent.StepFinished e -> {
                    String status = Objects.requireNonNull(e.status(), "status").name();
                    b.finishStep.bind("runId", e.runId()).bind("stepKey", e.stepKey())
                            .bind("stepId", Objects.requireNonNull(e.stepId(), "stepId"))
                            .bind("status", status).bind("time", time(e.time()))
                            .bind("durationMs", millis(e.duration())).bind("exitCode", e.exitCode())
                            .bind("error", e.error()).bind("reused", e.reused()).bind("attempts", e.attempts())
                            .add();
                    b.finishLastAttempt.bind("runId", e.runId()).bind("stepKey", e.stepKey())
                            .bind("attempts", e.attempts()).bind("time", time(e.time())).bind("status", status)
                            .bind("exitCode", e.exitCode()).bind("error", e.error()).add();
                    putOutputs(b, e);
                }
                case RunEvent.StepLog e -> {
                    LogLine line = Objects.requireNonNull(e.line(), "line");
                    b.insertLog.bind("runId", e.runId()).bind("seq", line.seq()).bind("stepKey", line.stepKey())
                            .bind("time", time(Objects.requireNonNullElse(line.time(), e.time())))
                            .bind("stream", Objects.requireNonNull(line.stream(), "stream").name())
                            .bind("text", Objects.requireNonNull(line.text(), "text"))
                            .add();
                }
                case RunEvent.RunFinished e -> {
                    RunStatus status = Objects.requireNonNull(e.status(), "status");
                    b.finishRun.bind("runId", e.runId()).bind("status", status.name()).bind("time", time(e.time()))
                            .bind("durationMs", millis(e.duration())).bind("error", e.error()).add();
                    b.finishedRuns.add(e.runId());
                }
            }
        }
        b.execute();
    }

    private static void putOutputs(Batches b, RunEvent.StepFinished e) {
        for (Map.Entry<String, Object> output : e.outputs().entrySet()) {
            b.putOutput.bind("runId", e.runId()).bind("stepKey", e.stepKey())
                    .bind("name", output.getKey()).bind("value", StoreJson.value(output.getValue()))
                    .add();
        }
    }

    private static String key(String runId, String stepKey) {
        return runId + '\u0000' + stepKey;
    }

    /**
     * Starts that can be folded into their finish: the finish of the same attempt comes later in this batch,
     * and no retry of that step comes in between (a retry closes the attempt row on its own).
     */
    private static Map<String, RunEvent.StepStarted> foldableStarts(List<RunEvent> events) {
        Map<String, RunEvent.StepStarted> open = new java.util.HashMap<>();
        Map<String, RunEvent.StepStarted> folded = new java.util.HashMap<>();
        for (RunEvent event : events) {
            switch (event) {
                case RunEvent.StepStarted e when e.stepKey() != null -> open.put(key(e.runId(), e.stepKey()), e);
                case RunEvent.StepRetrying e when e.stepKey() != null -> open.remove(key(e.runId(), e.stepKey()));
                case RunEvent.StepFinished e when e.stepKey() != null -> {
                    RunEvent.StepStarted start = open.remove(key(e.runId(), e.stepKey()));
                    if (start != null && start.attempt() == e.attempts() && start.time() != null) {
                        folded.put(key(e.runId(), e.stepKey()), start);
                    }
                }
                default -> { }
            }
        }
        return folded;
    }

    static String describe(RunEvent event) {
        return event.getClass().getSimpleName() + " of run " + event.runId();
    }

    /** One prepared batch per statement, executed in an order that keeps foreign keys satisfied. */
    private static final class Batches {
        final PreparedBatch insertRun;
        final PreparedBatch startStep;
        final PreparedBatch startAttempt;
        final PreparedBatch failAttempt;
        final PreparedBatch finishStep;
        final PreparedBatch completeStep;
        final PreparedBatch completeAttempt;
        final PreparedBatch finishLastAttempt;
        final PreparedBatch putOutput;
        final PreparedBatch insertLog;
        final PreparedBatch finishRun;
        final List<String> finishedRuns = new ArrayList<>();

        Batches(Handle handle) {
            insertRun = handle.prepareBatch(INSERT_RUN);
            startStep = handle.prepareBatch(START_STEP);
            startAttempt = handle.prepareBatch(START_ATTEMPT);
            failAttempt = handle.prepareBatch(FAIL_ATTEMPT);
            finishStep = handle.prepareBatch(FINISH_STEP);
            completeStep = handle.prepareBatch(COMPLETE_STEP);
            completeAttempt = handle.prepareBatch(COMPLETE_ATTEMPT);
            finishLastAttempt = handle.prepareBatch(FINISH_LAST_ATTEMPT);
            putOutput = handle.prepareBatch(PUT_OUTPUT);
            insertLog = handle.prepareBatch(INSERT_LOG);
            finishRun = handle.prepareBatch(FINISH_RUN);
        }

        void execute() {
            for (PreparedBatch batch : List.of(insertRun, startStep, startAttempt, failAttempt, finishStep,
                    finishLastAttempt, completeStep, completeAttempt, putOutput, insertLog)) {
                if (batch.size() > 0) {
                    batch.execute();
                }
            }
            if (finishRun.size() > 0) {
                int[] counts = finishRun.execute();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        throw new StoreException("RunFinished of run " + finishedRuns.get(i)
                                + ", which the store has no RunStarted for");
                    }
                }
            }
        }
    }
}
