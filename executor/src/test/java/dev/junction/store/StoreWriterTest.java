package dev.junction.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.run.HistoryQuery;
import dev.junction.run.LogLine;
import dev.junction.run.LogLine.Stream;
import dev.junction.run.RunDetail;
import dev.junction.run.RunEvent;
import dev.junction.run.RunStatus;
import dev.junction.run.StepRun;
import dev.junction.run.StepStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreWriterTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dataDir;

    private Database database;
    private RunStore store;

    @BeforeEach
    void open() {
        database = Database.openFile(dataDir);
        store = new RunStore(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void flushWaitsUntilEveryEnqueuedEventIsStored() {
        List<RunEvent> events = new Events("run-1", T0).noopRun("w", 100);
        try (StoreWriter writer = new StoreWriter(store)) {
            events.forEach(writer::onEvent);
            writer.flush();

            RunDetail detail = store.run("run-1").orElseThrow();
            assertThat(detail.summary().status()).isEqualTo(RunStatus.SUCCESS);
            assertThat(detail.steps()).hasSize(100).allSatisfy(s -> assertThat(s.status()).isEqualTo(StepStatus.SUCCESS));
            assertThat(store.logs("run-1", null, -1)).hasSize(100);
            StoreWriter.Stats stats = writer.stats();
            assertThat(stats.written()).isEqualTo(events.size());
            assertThat(stats.pending()).isZero();
            assertThat(stats.rejected()).isZero();
            assertThat(stats.transactions()).isBetween(1L, (long) events.size());
        }
    }

    @Test
    void aTenThousandStepRunIsStoredInFewTransactions() {
        for (String runId : List.of("big-cold", "big")) {
            storeBigRun(runId);
        }
    }

    /** Prints how long the store takes (no assertion on time: timing goals live in bench/). */
    private void storeBigRun(String runId) {
        List<RunEvent> events = new Events(runId, T0).noopRun("big", 10_000);
        try (StoreWriter writer = new StoreWriter(store)) {
            long start = System.nanoTime();
            events.forEach(writer::onEvent);
            long enqueued = System.nanoTime();
            writer.flush();
            long flushed = System.nanoTime();

            StoreWriter.Stats stats = writer.stats();
            System.out.printf("StoreWriter %s: %d events of a 10,000-step noop run: enqueued in %.1f ms, stored after"
                            + " %.1f ms, %d transactions%n", runId, events.size(), (enqueued - start) / 1e6,
                    (flushed - start) / 1e6, stats.transactions());
            assertThat(stats.written()).isEqualTo(events.size());
        }
        long readStart = System.nanoTime();
        RunDetail detail = store.run(runId).orElseThrow();
        List<LogLine> logs = store.logs(runId, null, -1);
        System.out.printf("RunStore: reading the run back (10,000 steps + 10,000 lines) took %.1f ms%n",
                (System.nanoTime() - readStart) / 1e6);
        assertThat(detail.summary().status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(detail.steps()).hasSize(10_000);
        assertThat(logs).hasSize(10_000);
        assertThat(store.logs(runId, "step9999", -1)).extracting(LogLine::text).containsExactly("noop 9999");
    }

    @Test
    void eventsThatCannotBeStoredAreRejectedAndTheOthersAreWritten() {
        Events run = new Events("run-1", T0);
        RunEvent noStream = new RunEvent.StepLog("run-1", T0, new LogLine("run-1", "s", 99, T0, null, "x"));
        RunEvent ofUnknownRun = new Events("ghost", T0).log("s", Stream.OUT, "who am I");
        List<RunEvent> events = List.of(run.started("w", Map.of()), run.stepStarted("s", 1), noStream,
                run.log("s", Stream.OUT, "kept"), ofUnknownRun,
                run.stepFinished("s", StepStatus.SUCCESS, 1, 0, Map.of(), ""), run.finished(RunStatus.SUCCESS, ""));
        try (StoreWriter writer = new StoreWriter(store)) {
            events.forEach(writer::onEvent);
            writer.flush();

            assertThat(writer.rejected()).containsExactly(noStream, ofUnknownRun);
            assertThat(writer.stats().written()).isEqualTo(events.size() - 2);
        }
        RunDetail detail = store.run("run-1").orElseThrow();
        assertThat(detail.summary().status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(detail.steps()).extracting(StepRun::status).containsExactly(StepStatus.SUCCESS);
        assertThat(store.logs("run-1", null, -1)).extracting(LogLine::text).containsExactly("kept");
        assertThat(store.history(new HistoryQuery(null, 10))).hasSize(1);
    }

    @Test
    void eventsWaitWhileTheDatabaseIsBrokenAndAreWrittenWhenItRecovers() {
        Events run = new Events("run-1", T0);
        try (Database admin = Database.openFile(dataDir); StoreWriter writer = new StoreWriter(store)) {
            writer.onEvent(run.started("w", Map.of()));
            writer.flush();
            renameTables(admin, "", "_parked");

            List<RunEvent> later = List.of(run.stepStarted("s", 1), run.log("s", Stream.OUT, "during outage"),
                    run.stepFinished("s", StepStatus.SUCCESS, 1, 0, Map.of(), ""), run.finished(RunStatus.SUCCESS, ""));
            later.forEach(writer::onEvent);

            assertThat(writer.flush(Duration.ofMillis(500))).as("flush while broken").isFalse();
            assertThat(writer.stats().pending()).isEqualTo(later.size());

            renameTables(admin, "_parked", "");
            writer.flush();

            assertThat(writer.rejected()).isEmpty();
            assertThat(writer.stats().pending()).isZero();
        }
        assertThat(store.run("run-1").orElseThrow().summary().status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(store.logs("run-1", null, -1)).extracting(LogLine::text).containsExactly("during outage");
    }

    /** Takes the tables away (or brings them back): to the writer, a database that fails every statement. */
    private static void renameTables(Database database, String fromSuffix, String toSuffix) {
        for (String table : List.of("runs", "step_runs", "attempts", "step_outputs", "log_lines")) {
            database.jdbi().useHandle(h -> h.execute("ALTER TABLE " + table + fromSuffix + " RENAME TO " + table + toSuffix));
        }
    }

    @Test
    void closeWritesWhatIsQueuedAndLaterEventsAreRejected() {
        List<RunEvent> events = new Events("run-1", T0).noopRun("w", 50);
        StoreWriter writer = new StoreWriter(store);
        events.forEach(writer::onEvent);
        writer.close();

        assertThat(store.run("run-1").orElseThrow().steps()).hasSize(50);
        RunEvent late = new Events("run-2", T0).started("w", Map.of());
        writer.onEvent(late);
        assertThat(writer.rejected()).containsExactly(late);
        assertThat(store.run("run-2")).isEmpty();
        writer.close();
    }

    @Test
    void anInterruptedEngineThreadStillHasItsEventStoredAndKeepsItsInterrupt() {
        RunEvent started = new Events("run-1", T0).started("w", Map.of());
        try (StoreWriter writer = new StoreWriter(store)) {
            Thread.currentThread().interrupt();
            writer.onEvent(started);
            assertThat(Thread.interrupted()).as("interrupt status kept (and cleared here)").isTrue();
            writer.flush();
        }
        assertThat(store.run("run-1")).isPresent();
    }

    @Test
    void aFullQueueMakesTheEngineWaitInsteadOfDroppingEvents() {
        List<RunEvent> events = new Events("run-1", T0).noopRun("w", 200);
        try (StoreWriter writer = new StoreWriter(store, 5)) {
            events.forEach(writer::onEvent);
            writer.flush();

            assertThat(writer.stats().written()).isEqualTo(events.size());
        }
        assertThat(store.run("run-1").orElseThrow().steps()).hasSize(200);
    }
}
