package dev.junction.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.run.HistoryQuery;
import dev.junction.run.LogLine;
import dev.junction.run.LogLine.Stream;
import dev.junction.run.RunDetail;
import dev.junction.run.RunEvent;
import dev.junction.run.RunStatus;
import dev.junction.run.RunSummary;
import dev.junction.run.StepRun;
import dev.junction.run.StepStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStoreTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456789Z");

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
    void startedRunIsRunningWithItsInputsAndNoFinishTime() {
        Events run = new Events("run-1", T0);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("name", "world");
        inputs.put("count", 3);
        inputs.put("token", "***");
        inputs.put("tags", List.of("a", "b"));
        inputs.put("nothing", null);
        RunEvent.RunStarted started = run.started("hello", inputs);
        store.append(List.of(started));

        RunSummary summary = store.run("run-1").orElseThrow().summary();
        assertThat(summary.runId()).isEqualTo("run-1");
        assertThat(summary.workflow()).isEqualTo("hello");
        assertThat(summary.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(summary.trigger()).isEqualTo("cli");
        assertThat(summary.definitionRevision()).isEqualTo("abc123");
        assertThat(summary.startedAt()).isEqualTo(micros(started.time()));
        assertThat(summary.finishedAt()).isNull();
        assertThat(summary.duration()).isNull();
        assertThat(summary.error()).isEmpty();
        assertThat(summary.inputs()).containsExactlyEntriesOf(inputs);
    }

    @Test
    void finishedRunHasItsStatusFinishTimeDurationAndError() {
        Events run = new Events("run-1", T0);
        RunEvent.RunFinished finished = run.finished(RunStatus.FAILURE, "step build failed");
        store.append(List.of(run.started("hello", Map.of()), finished));

        RunSummary summary = store.run("run-1").orElseThrow().summary();
        assertThat(summary.status()).isEqualTo(RunStatus.FAILURE);
        assertThat(summary.finishedAt()).isEqualTo(micros(finished.time()));
        assertThat(summary.duration()).isEqualTo(Duration.ofMillis(100));
        assertThat(summary.error()).isEqualTo("step build failed");
    }

    @Test
    void runningStepHasAnOpenAttempt() {
        Events run = new Events("run-1", T0);
        RunEvent.StepStarted started = run.stepStarted("build", 1);
        store.append(List.of(run.started("w", Map.of()), started));

        StepRun step = onlyStep(store.run("run-1").orElseThrow());
        assertThat(step.stepKey()).isEqualTo("build");
        assertThat(step.stepId()).isEqualTo("build");
        assertThat(step.status()).isEqualTo(StepStatus.RUNNING);
        assertThat(step.startedAt()).isEqualTo(micros(started.time()));
        assertThat(step.finishedAt()).isNull();
        assertThat(step.attempts()).containsExactly(
                new StepRun.Attempt(1, micros(started.time()), null, null, null, ""));
    }

    @Test
    void retriedStepKeepsEveryAttemptAndItsFirstStartTime() {
        Events run = new Events("run-1", T0);
        RunEvent.StepStarted first = run.stepStarted("test[jdk=21]", 1);
        RunEvent.StepRetrying retrying = run.retrying("test[jdk=21]", 1, 2, "exit code 2");
        RunEvent.StepStarted second = run.stepStarted("test[jdk=21]", 2);
        RunEvent.StepFinished finished = run.stepFinished("test[jdk=21]", StepStatus.SUCCESS, 2, 0,
                Map.of("report", "ok"), "");
        store.append(List.of(run.started("w", Map.of()), first, retrying, second, finished));

        StepRun step = onlyStep(store.run("run-1").orElseThrow());
        assertThat(step.stepId()).isEqualTo("test");
        assertThat(step.status()).isEqualTo(StepStatus.SUCCESS);
        assertThat(step.startedAt()).isEqualTo(micros(first.time()));
        assertThat(step.finishedAt()).isEqualTo(micros(finished.time()));
        assertThat(step.duration()).isEqualTo(Duration.ofMillis(5));
        assertThat(step.exitCode()).isZero();
        assertThat(step.reused()).isFalse();
        assertThat(step.attempts()).containsExactly(
                new StepRun.Attempt(1, micros(first.time()), micros(retrying.time()), StepStatus.FAILURE, 2,
                        "exit code 2"),
                new StepRun.Attempt(2, micros(second.time()), micros(finished.time()), StepStatus.SUCCESS, 0, ""));
    }

    @Test
    void failedStepKeepsItsErrorAndExitCode() {
        Events run = new Events("run-1", T0);
        store.append(List.of(run.started("w", Map.of()), run.stepStarted("build", 1),
                run.stepFinished("build", StepStatus.FAILURE, 1, 127, Map.of(), "command not found")));

        StepRun step = onlyStep(store.run("run-1").orElseThrow());
        assertThat(step.status()).isEqualTo(StepStatus.FAILURE);
        assertThat(step.exitCode()).isEqualTo(127);
        assertThat(step.error()).isEqualTo("command not found");
        assertThat(step.attempts()).singleElement().satisfies(attempt -> {
            assertThat(attempt.status()).isEqualTo(StepStatus.FAILURE);
            assertThat(attempt.exitCode()).isEqualTo(127);
            assertThat(attempt.error()).isEqualTo("command not found");
        });
    }

    @Test
    void skippedAndReusedStepsAreStoredWithoutAttempts() {
        Events run = new Events("run-1", T0);
        store.append(List.of(run.started("w", Map.of()),
                run.stepFinished("deploy", StepStatus.SKIPPED, 0, null, Map.of(), "condition was false"),
                run.reused("build", Map.of("artifact", "app.jar"))));

        List<StepRun> steps = store.run("run-1").orElseThrow().steps();
        assertThat(steps).extracting(StepRun::stepKey).containsExactly("deploy", "build");
        StepRun skipped = steps.get(0);
        assertThat(skipped.status()).isEqualTo(StepStatus.SKIPPED);
        assertThat(skipped.startedAt()).isNull();
        assertThat(skipped.error()).isEqualTo("condition was false");
        assertThat(skipped.attempts()).isEmpty();
        StepRun reused = steps.get(1);
        assertThat(reused.reused()).isTrue();
        assertThat(reused.outputs()).containsExactly(Map.entry("artifact", "app.jar"));
        assertThat(reused.attempts()).isEmpty();
    }

    @Test
    void outputsComeBackAsJsonValues() {
        Events run = new Events("run-1", T0);
        Map<String, Object> outputs = new LinkedHashMap<>();
        outputs.put("text", "héllo \"quoted\"\nline");
        outputs.put("int", 42);
        outputs.put("big", 12345678901L);
        outputs.put("real", 1.5);
        outputs.put("flag", true);
        outputs.put("list", List.of(1, "two"));
        outputs.put("map", Map.of("k", "v"));
        outputs.put("none", null);
        outputs.put("when", Instant.parse("2026-01-02T03:04:05Z"));
        outputs.put("odd", new Object());
        store.append(List.of(run.started("w", Map.of()), run.stepStarted("s", 1),
                run.stepFinished("s", StepStatus.SUCCESS, 1, null, outputs, "")));

        Map<String, Object> stored = onlyStep(store.run("run-1").orElseThrow()).outputs();
        assertThat(stored).containsEntry("text", "héllo \"quoted\"\nline")
                .containsEntry("int", 42)
                .containsEntry("big", 12345678901L)
                .containsEntry("real", 1.5)
                .containsEntry("flag", true)
                .containsEntry("list", List.of(1, "two"))
                .containsEntry("map", Map.of("k", "v"))
                .containsEntry("none", null)
                .containsEntry("when", "2026-01-02T03:04:05Z")
                .containsEntry("odd", "<not JSON: java.lang.Object>");
        assertThat(List.copyOf(stored.keySet())).isSorted();
    }

    @Test
    void stepsComeInStartOrder() {
        Events run = new Events("run-1", T0);
        store.append(List.of(run.started("w", Map.of()), run.stepStarted("zeta", 1), run.stepStarted("alpha", 1),
                run.stepStarted("mid[2]", 1), run.stepStarted("mid[1]", 1)));

        assertThat(store.run("run-1").orElseThrow().steps()).extracting(StepRun::stepKey)
                .containsExactly("zeta", "alpha", "mid[2]", "mid[1]");
    }

    @Test
    void unknownRunIsEmpty() {
        assertThat(store.run("nope")).isEmpty();
        assertThat(store.logs("nope", null, -1)).isEmpty();
    }

    @Test
    void logsAreReturnedInOrderWithEveryField() {
        Events run = new Events("run-1", T0);
        RunEvent.StepLog out = run.log("build", Stream.OUT, "compiling");
        RunEvent.StepLog err = run.log("build", Stream.ERR, "warning: x");
        RunEvent.StepLog system = run.log(null, Stream.SYSTEM, "run started by cli");
        store.append(List.of(run.started("w", Map.of()), out, err, system));

        assertThat(store.logs("run-1", null, -1)).containsExactly(
                new LogLine("run-1", "build", 0, micros(out.time()), Stream.OUT, "compiling"),
                new LogLine("run-1", "build", 1, micros(err.time()), Stream.ERR, "warning: x"),
                new LogLine("run-1", null, 2, micros(system.time()), Stream.SYSTEM, "run started by cli"));
    }

    @Test
    void logsOfAStepIdIncludeAllItsInstancesButAnInstanceKeyOnlyItself() {
        Events run = new Events("run-1", T0);
        store.append(List.of(run.started("w", Map.of()),
                run.log("test[jdk=21]", Stream.OUT, "21 a"),
                run.log("test[jdk=17]", Stream.OUT, "17 a"),
                run.log("testing", Stream.OUT, "other step"),
                run.log("test", Stream.OUT, "plain"),
                run.log("test[jdk=21]", Stream.OUT, "21 b")));

        assertThat(texts(store.logs("run-1", "test", -1))).containsExactly("21 a", "17 a", "plain", "21 b");
        assertThat(texts(store.logs("run-1", "test[jdk=21]", -1))).containsExactly("21 a", "21 b");
        assertThat(texts(store.logs("run-1", "testing", -1))).containsExactly("other step");
        assertThat(store.logs("run-1", "tes", -1)).isEmpty();
    }

    @Test
    void likeWildcardsInAStepIdAreTakenLiterally() {
        Events run = new Events("run-1", T0);
        store.append(List.of(run.started("w", Map.of()),
                run.log("a_b[1]", Stream.OUT, "underscore"),
                run.log("axb[1]", Stream.OUT, "x"),
                run.log("p%[1]", Stream.OUT, "percent"),
                run.log("p![1]", Stream.OUT, "bang")));

        assertThat(texts(store.logs("run-1", "a_b", -1))).containsExactly("underscore");
        assertThat(texts(store.logs("run-1", "p%", -1))).containsExactly("percent");
        assertThat(texts(store.logs("run-1", "p!", -1))).containsExactly("bang");
    }

    @Test
    void logsAfterASequenceNumberSkipEarlierLines() {
        Events run = new Events("run-1", T0);
        List<RunEvent> events = new ArrayList<>(List.of(run.started("w", Map.of())));
        for (int i = 0; i < 10; i++) {
            events.add(run.log(i % 2 == 0 ? "even" : "odd", Stream.OUT, "line " + i));
        }
        store.append(events);

        assertThat(store.logs("run-1", null, 6)).extracting(LogLine::seq).containsExactly(7L, 8L, 9L);
        assertThat(store.logs("run-1", "even", 3)).extracting(LogLine::seq).containsExactly(4L, 6L, 8L);
        assertThat(store.logs("run-1", null, 9)).isEmpty();
    }

    @Test
    void historyIsNewestFirstFilteredAndLimited() {
        for (int i = 0; i < 5; i++) {
            Events run = new Events("run-" + i, T0.plusSeconds(i));
            store.append(List.of(run.started(i % 2 == 0 ? "build" : "deploy", Map.of("i", i))));
        }

        assertThat(store.history(new HistoryQuery(null, 10))).extracting(RunSummary::runId)
                .containsExactly("run-4", "run-3", "run-2", "run-1", "run-0");
        assertThat(store.history(new HistoryQuery(null, 2))).extracting(RunSummary::runId)
                .containsExactly("run-4", "run-3");
        assertThat(store.history(new HistoryQuery("build", 10))).extracting(RunSummary::runId)
                .containsExactly("run-4", "run-2", "run-0");
        assertThat(store.history(new HistoryQuery("deploy", 1))).singleElement()
                .satisfies(s -> assertThat(s.inputs()).containsEntry("i", 3));
        assertThat(store.history(new HistoryQuery("unknown", 10))).isEmpty();
    }

    @Test
    void appendingTheSameEventsAgainChangesNothing() {
        Events run = new Events("run-1", T0);
        List<RunEvent> events = List.of(run.started("w", Map.of("a", 1)),
                run.stepStarted("s", 1), run.log("s", Stream.OUT, "one"), run.retrying("s", 1, 1, "boom"),
                run.stepStarted("s", 2), run.log("s", Stream.OUT, "two"),
                run.stepFinished("s", StepStatus.SUCCESS, 2, 0, Map.of("o", "v"), ""),
                run.finished(RunStatus.SUCCESS, ""));
        store.append(events);
        RunDetail once = store.run("run-1").orElseThrow();
        List<LogLine> logsOnce = store.logs("run-1", null, -1);

        store.append(events);
        for (RunEvent event : events) {
            store.append(List.of(event));
        }

        assertThat(store.run("run-1")).contains(once);
        assertThat(store.logs("run-1", null, -1)).isEqualTo(logsOnce);
    }

    @Test
    void anEarlierBatchAppendedAgainLaterDoesNotUndoLaterEvents() {
        Events run = new Events("run-1", T0);
        List<RunEvent> firstBatch = List.of(run.started("w", Map.of()), run.stepStarted("s", 1));
        List<RunEvent> secondBatch = List.of(run.stepFinished("s", StepStatus.SUCCESS, 1, 0, Map.of(), ""),
                run.finished(RunStatus.SUCCESS, ""));
        store.append(firstBatch);
        store.append(secondBatch);
        RunDetail expected = store.run("run-1").orElseThrow();

        store.append(firstBatch);

        assertThat(store.run("run-1")).contains(expected);
        assertThat(expected.summary().status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(onlyStep(expected).status()).isEqualTo(StepStatus.SUCCESS);
    }

    @Test
    void aBatchIsStoredWholeOrNotAtAll() {
        Events good = new Events("run-good", T0);
        Events orphan = new Events("run-never-started", T0);
        List<RunEvent> batch = List.of(good.started("w", Map.of()), good.stepStarted("s", 1),
                orphan.stepStarted("s", 1));

        assertThatThrownBy(() -> store.append(batch)).isInstanceOf(JdbiException.class);

        assertThat(store.run("run-good")).isEmpty();
    }

    @Test
    void finishingARunTheStoreNeverSawStartIsRefused() {
        Events orphan = new Events("ghost", T0);

        assertThatThrownBy(() -> store.append(List.of(orphan.finished(RunStatus.SUCCESS, ""))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("ghost");
    }

    @Test
    void eventWithoutRequiredFieldIsRefusedWithItsName() {
        Events run = new Events("run-1", T0);
        RunEvent noStream = new RunEvent.StepLog("run-1", T0, new LogLine("run-1", "s", 0, T0, null, "text"));

        assertThatThrownBy(() -> store.append(List.of(run.started("w", Map.of()), noStream)))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("stream");
        assertThat(store.run("run-1")).isEmpty();
    }

    @Test
    void runIdPrefixResolvesToTheOneMatchingRun() {
        for (String id : List.of("7f3a9c01", "7f3b0000", "7f3b1111", "abc", "abcdef")) {
            store.append(List.of(new Events(id, T0).started("w", Map.of())));
        }

        assertThat(store.resolveRunId("7f3a")).contains("7f3a9c01");
        assertThat(store.resolveRunId("7f3a9c01")).contains("7f3a9c01");
        assertThat(store.resolveRunId("abc")).as("a complete id wins over longer ids").contains("abc");
        assertThat(store.resolveRunId("zzz")).isEmpty();
        assertThat(store.resolveRunId("%")).as("wildcards are literal").isEmpty();
        assertThatThrownBy(() -> store.resolveRunId("7f3"))
                .isInstanceOf(AmbiguousRunIdException.class)
                .hasMessageContaining("7f3a9c01").hasMessageContaining("7f3b0000").hasMessageContaining("7f3b1111")
                .satisfies(e -> assertThat(((AmbiguousRunIdException) e).matches())
                        .containsExactly("7f3a9c01", "7f3b0000", "7f3b1111"));
        assertThatThrownBy(() -> store.resolveRunId(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("run id");
    }

    @Test
    void historySurvivesReopeningTheDatabase() {
        Events run = new Events("run-1", T0);
        store.append(run.noopRun("w", 3));
        RunDetail before = store.run("run-1").orElseThrow();
        database.close();

        database = Database.openFile(dataDir);
        store = new RunStore(database);

        assertThat(store.run("run-1")).contains(before);
        assertThat(store.logs("run-1", null, -1)).hasSize(3);
    }

    private static StepRun onlyStep(RunDetail detail) {
        assertThat(detail.steps()).hasSize(1);
        return detail.steps().getFirst();
    }

    private static List<String> texts(List<LogLine> lines) {
        return lines.stream().map(LogLine::text).toList();
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

}
