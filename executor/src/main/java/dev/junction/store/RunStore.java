package dev.junction.store;

import static dev.junction.store.SqlValues.duration;
import static dev.junction.store.SqlValues.instant;
import static dev.junction.store.SqlValues.integer;

import dev.junction.run.HistoryQuery;
import dev.junction.run.LogLine;
import dev.junction.run.RunDetail;
import dev.junction.run.RunEvent;
import dev.junction.run.RunStatus;
import dev.junction.run.RunSummary;
import dev.junction.run.StepRun;
import dev.junction.run.StepStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Run history in a {@link Database}: appends {@link RunEvent}s as they happen and answers the
 * {@link dev.junction.run.Executor} port's queries from the stored rows.
 *
 * <p>Events arrive already masked by the engine and are stored as given. Times are kept with microsecond
 * precision. Inputs and outputs are stored as JSON and come back as JSON types (see {@link #run}).
 *
 * <p>Thread-safe; every method uses its own pooled connection. Database failures surface as JDBI's
 * unchecked {@link org.jdbi.v3.core.JdbiException}; a rejected event as {@link StoreException} or
 * {@link NullPointerException} naming the missing field.
 */
public final class RunStore {

    static final int AMBIGUOUS_LIST_LIMIT = 5;

    private static final String RUN_COLUMNS =
            "id, workflow, status, trigger, started_at, finished_at, duration_ms, inputs, error, definition_revision";

    private final Jdbi jdbi;
    private final RunOwner owner;

    /** A store whose runs are owned by this process. */
    public RunStore(Database database) {
        this(database, RunOwner.current());
    }

    /**
     * @param owner recorded on every run this store starts; crash recovery uses it to find runs whose process died
     */
    public RunStore(Database database, RunOwner owner) {
        this.jdbi = database.jdbi();
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    /** The process recorded as the owner of runs this store starts. */
    public RunOwner owner() {
        return owner;
    }

    /**
     * Stores {@code events} in one transaction: either all of them or none. Appending an event again has no
     * further effect, so a batch that failed may simply be appended again.
     *
     * @throws NullPointerException      if an event lacks a required field (nothing is stored)
     * @throws StoreException            if an event belongs to a run this store has no {@code RunStarted} for
     * @throws org.jdbi.v3.core.JdbiException if the database fails (nothing is stored)
     */
    public void append(List<RunEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        jdbi.useTransaction(handle -> EventUpserts.apply(handle, events, owner));
    }

    /** Runs, newest first (by start time), optionally of one workflow, at most {@code query.limit()}. */
    public List<RunSummary> history(HistoryQuery query) {
        String where = query.workflow() == null ? "" : " WHERE workflow = :workflow";
        return jdbi.withHandle(handle -> {
            Query select = handle.createQuery("SELECT " + RUN_COLUMNS + " FROM runs" + where
                    + " ORDER BY started_at DESC, id DESC LIMIT :limit").bind("limit", query.limit());
            if (query.workflow() != null) {
                select.bind("workflow", query.workflow());
            }
            return select.map((rs, ctx) -> summary(rs)).list();
        });
    }

    /**
     * A run with its steps in start order (a step that never started, e.g. skipped, by the time it was
     * decided), each with its attempts in order and its outputs in name order.
     */
    public Optional<RunDetail> run(String runId) {
        return jdbi.withHandle(handle -> {
            Optional<RunSummary> summary = handle.createQuery("SELECT " + RUN_COLUMNS + " FROM runs WHERE id = :id")
                    .bind("id", runId).map((rs, ctx) -> summary(rs)).findOne();
            return summary.map(s -> new RunDetail(s, steps(handle, runId)));
        });
    }

    /**
     * Stored log lines of a run in sequence order.
     *
     * @param stepKey  null for every line; a step id for all its instances ({@code test} matches
     *                 {@code test[jdk=21]}); or an exact instance key
     * @param afterSeq only lines with a greater sequence number ({@code -1} for all)
     */
    public List<LogLine> logs(String runId, String stepKey, long afterSeq) {
        String stepFilter = stepKey == null ? "" : " AND (step_key = :stepKey OR step_key LIKE :instances ESCAPE '!')";
        return jdbi.withHandle(handle -> {
            Query select = handle.createQuery("SELECT seq, step_key, ts, stream, text FROM log_lines"
                    + " WHERE run_id = :runId AND seq > :afterSeq" + stepFilter + " ORDER BY seq")
                    .bind("runId", runId)
                    .bind("afterSeq", afterSeq);
            if (stepKey != null) {
                select.bind("stepKey", stepKey).bind("instances", SqlValues.likePrefix(stepKey + "["));
            }
            return select.map((rs, ctx) -> new LogLine(runId, rs.getString("step_key"), rs.getLong("seq"),
                        instant(rs, "ts"), LogLine.Stream.valueOf(rs.getString("stream")), rs.getString("text")))
                    .list();
        });
    }

    /**
     * The full id of the one run whose id starts with {@code prefix}; a complete id always resolves to itself.
     *
     * @return empty if no run matches
     * @throws AmbiguousRunIdException  if several runs match
     * @throws IllegalArgumentException if the prefix is blank
     */
    public Optional<String> resolveRunId(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            throw new IllegalArgumentException("a run id (or the start of one) is required");
        }
        return jdbi.withHandle(handle -> {
            Optional<String> exact = handle.createQuery("SELECT id FROM runs WHERE id = :id")
                    .bind("id", prefix).mapTo(String.class).findOne();
            if (exact.isPresent()) {
                return exact;
            }
            List<String> matches = handle.createQuery(
                            "SELECT id FROM runs WHERE id LIKE :pattern ESCAPE '!' ORDER BY id LIMIT :limit")
                    .bind("pattern", SqlValues.likePrefix(prefix))
                    .bind("limit", AMBIGUOUS_LIST_LIMIT)
                    .mapTo(String.class).list();
            if (matches.size() > 1) {
                throw new AmbiguousRunIdException(prefix, matches);
            }
            return matches.stream().findFirst();
        });
    }

    /**
     * Marks as {@link RunStatus#INTERRUPTED} every unfinished run whose owner process has died, with its
     * queued or running steps and open attempts. Called when an engine starts, before it runs anything.
     *
     * <p>Only runs owned by a process on this host are checked; runs of other hosts are left alone. (Team
     * mode, with several nodes on one PostgreSQL database, will recognise dead nodes by a heartbeat
     * column instead.) A run owned by a live process, including this one, is never touched.
     *
     * @return how many runs were marked
     */
    public int markInterrupted() {
        return new InterruptedRuns(jdbi).mark();
    }

    /** True if the database answers and has the run tables; used to tell a broken database from a bad event. */
    boolean isAvailable() {
        try {
            jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM runs WHERE id = ''")
                    .mapTo(Integer.class).one());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static RunSummary summary(ResultSet rs) throws SQLException {
        return new RunSummary(rs.getString("id"), rs.getString("workflow"), RunStatus.valueOf(rs.getString("status")),
                rs.getString("trigger"), instant(rs, "started_at"), instant(rs, "finished_at"),
                duration(rs, "duration_ms"), StoreJson.readMap(rs.getString("inputs")), rs.getString("error"),
                rs.getString("definition_revision"));
    }

    private static List<StepRun> steps(Handle handle, String runId) {
        Map<String, List<StepRun.Attempt>> attempts = new LinkedHashMap<>();
        handle.createQuery("SELECT step_key, number, started_at, finished_at, status, exit_code, error FROM attempts"
                        + " WHERE run_id = :runId ORDER BY step_key, number")
                .bind("runId", runId)
                .map((rs, ctx) -> {
                    String status = rs.getString("status");
                    return Map.entry(rs.getString("step_key"), new StepRun.Attempt(rs.getInt("number"),
                            instant(rs, "started_at"), instant(rs, "finished_at"),
                            status == null ? null : StepStatus.valueOf(status), integer(rs, "exit_code"),
                            rs.getString("error")));
                })
                .forEach(row -> attempts.computeIfAbsent(row.getKey(), k -> new ArrayList<>()).add(row.getValue()));
        Map<String, Map<String, Object>> outputs = new LinkedHashMap<>();
        handle.createQuery("SELECT step_key, name, value_json FROM step_outputs WHERE run_id = :runId"
                        + " ORDER BY step_key, name")
                .bind("runId", runId)
                .map((rs, ctx) -> List.of(rs.getString("step_key"), rs.getString("name"), rs.getString("value_json")))
                .forEach(row -> outputs.computeIfAbsent(row.get(0), k -> new LinkedHashMap<>())
                        .put(row.get(1), StoreJson.readValue(row.get(2))));
        return handle.createQuery("SELECT step_key, step_id, status, started_at, finished_at, duration_ms, exit_code,"
                        + " error, reused, attempts FROM step_runs WHERE run_id = :runId"
                        + " ORDER BY COALESCE(started_at, finished_at), step_key")
                .bind("runId", runId)
                .map((rs, ctx) -> {
                    String key = rs.getString("step_key");
                    StepStatus status = StepStatus.valueOf(rs.getString("status"));
                    Instant started = instant(rs, "started_at");
                    List<StepRun.Attempt> tries = attempts.getOrDefault(key, List.of());
                    if (tries.isEmpty() && started != null && rs.getInt("attempts") == 1) {
                        // a step that ran once in one write batch has no attempt row: the step row is its attempt
                        tries = List.of(new StepRun.Attempt(1, started, instant(rs, "finished_at"),
                                status.isTerminal() ? status : null, integer(rs, "exit_code"), rs.getString("error")));
                    }
                    return new StepRun(key, rs.getString("step_id"), status, started, instant(rs, "finished_at"),
                            duration(rs, "duration_ms"), integer(rs, "exit_code"), outputs.getOrDefault(key, Map.of()),
                            rs.getString("error"), rs.getBoolean("reused"), tries);
                })
                .list();
    }
}
