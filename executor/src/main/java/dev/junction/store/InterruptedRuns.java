package dev.junction.store;

import static dev.junction.store.SqlValues.instant;
import static dev.junction.store.SqlValues.time;

import dev.junction.run.RunStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crash recovery: finds unfinished runs whose owner process is gone and marks them, their unfinished steps and
 * open attempts {@link RunStatus#INTERRUPTED}. The finish time is the last sign of life the store has (the
 * latest step or log time), not the moment of discovery, so durations stay meaningful.
 */
final class InterruptedRuns {

    private static final Logger LOG = LoggerFactory.getLogger(InterruptedRuns.class);

    private record OpenRun(String id, RunOwner owner, Instant startedAt) {}

    private record OpenStep(String stepKey, Instant startedAt) {}

    private final Jdbi jdbi;

    InterruptedRuns(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    int mark() {
        List<OpenRun> open = jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT id, owner_host, owner_pid, owner_started_at, started_at FROM runs"
                                + " WHERE status IN ('QUEUED', 'RUNNING')")
                .map((rs, ctx) -> new OpenRun(rs.getString("id"),
                        new RunOwner(rs.getString("owner_host"), rs.getLong("owner_pid"), instant(rs, "owner_started_at")),
                        instant(rs, "started_at")))
                .list());
        int marked = 0;
        for (OpenRun run : open) {
            // another host's processes cannot be seen from here; team mode will use heartbeats for those
            if (run.owner().isOnThisHost() && !run.owner().isAlive()) {
                if (jdbi.inTransaction(handle -> markRun(handle, run))) {
                    marked++;
                }
            }
        }
        return marked;
    }

    private static boolean markRun(Handle handle, OpenRun run) {
        Instant lastSign = lastSignOfLife(handle, run);
        String error = "interrupted: the process that ran it (" + run.owner() + ") ended before the run finished";
        int updated = handle.createUpdate("UPDATE runs SET status = 'INTERRUPTED', finished_at = :time,"
                        + " duration_ms = :durationMs, error = :error WHERE id = :id AND status IN ('QUEUED', 'RUNNING')")
                .bind("time", time(lastSign))
                .bind("durationMs", Duration.between(run.startedAt(), lastSign).toMillis())
                .bind("error", error)
                .bind("id", run.id())
                .execute();
        if (updated == 0) {
            return false; // finished (or marked by another process) since we looked
        }
        List<OpenStep> steps = handle.createQuery("SELECT step_key, started_at FROM step_runs"
                        + " WHERE run_id = :id AND status IN ('QUEUED', 'RUNNING')")
                .bind("id", run.id())
                .map((rs, ctx) -> new OpenStep(rs.getString("step_key"), instant(rs, "started_at")))
                .list();
        for (OpenStep step : steps) {
            handle.createUpdate("UPDATE step_runs SET status = 'INTERRUPTED', finished_at = :time,"
                            + " duration_ms = :durationMs, error = :error WHERE run_id = :id AND step_key = :stepKey")
                    .bind("time", time(lastSign))
                    .bind("durationMs", step.startedAt() == null ? null
                            : Math.max(0, Duration.between(step.startedAt(), lastSign).toMillis()))
                    .bind("error", error)
                    .bind("id", run.id())
                    .bind("stepKey", step.stepKey())
                    .execute();
        }
        handle.createUpdate("UPDATE attempts SET status = 'INTERRUPTED', finished_at = :time, error = :error"
                        + " WHERE run_id = :id AND status IS NULL")
                .bind("time", time(lastSign))
                .bind("error", error)
                .bind("id", run.id())
                .execute();
        LOG.warn("Run {} was {}", run.id(), error);
        return true;
    }

    private static Instant lastSignOfLife(Handle handle, OpenRun run) {
        Instant last = run.startedAt();
        for (String sql : List.of(
                "SELECT MAX(started_at) FROM step_runs WHERE run_id = :id",
                "SELECT MAX(finished_at) FROM step_runs WHERE run_id = :id",
                "SELECT MAX(finished_at) FROM attempts WHERE run_id = :id",
                "SELECT MAX(ts) FROM log_lines WHERE run_id = :id")) {
            Instant candidate = handle.createQuery(sql).bind("id", run.id())
                    .map((rs, ctx) -> instant(rs, 1)).one();
            if (candidate != null && candidate.isAfter(last)) {
                last = candidate;
            }
        }
        return last;
    }
}
