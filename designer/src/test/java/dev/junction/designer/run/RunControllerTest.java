package dev.junction.designer.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.junction.designer.console.LogEntry;
import dev.junction.designer.document.WorkflowDocument;
import dev.junction.designer.fxtest.Fx;
import dev.junction.designer.timeline.TimelineRow;
import dev.junction.engine.LocalExecutor;
import dev.junction.engine.Secrets;
import dev.junction.run.HistoryQuery;
import dev.junction.run.RunDetail;
import dev.junction.run.RunStatus;
import dev.junction.run.StepRun;
import dev.junction.run.StepStatus;
import dev.junction.workflow.load.WorkflowLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run controller without a window, against a real local executor, real processes and a real store. */
class RunControllerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private LocalExecutor executor;
    private RunInputsMemory memory;
    private RunController controller;

    @BeforeAll
    static void startFx() {
        Fx.start();
    }

    @BeforeEach
    void open() throws Exception {
        executor = LocalExecutor.open(Files.createDirectories(dir.resolve("data")), Secrets.none());
        memory = RunInputsMemory.inMemory();
        controller = Fx.call(() -> new RunController(executor, memory));
    }

    @AfterEach
    void close() {
        executor.close();
    }

    private WorkflowDocument document(String name, String text) {
        return Fx.call(() -> WorkflowDocument.of(dir.resolve(name + ".yaml"), text, WorkflowLoader.standard()));
    }

    private RunStart.Started started(RunStart start) {
        assertThat(start).as(start.message()).isInstanceOf(RunStart.Started.class);
        return (RunStart.Started) start;
    }

    private RunStatus finish(RunStart start) throws Exception {
        return started(start).completion().get(30, TimeUnit.SECONDS);
    }

    /** Waits until the FX side has seen the end of the run too (statuses are applied per pulse). */
    private void awaitIdle(WorkflowDocument doc) {
        await().atMost(WAIT).until(() -> Fx.call(() -> !controller.state(doc).runningProperty().get()
                && controller.state(doc).traceProperty().get() != null
                && !controller.state(doc).traceProperty().get().isLive()));
    }

    private List<String> consoleText() {
        return Fx.call(() -> {
            controller.console().flush();
            return controller.console().lines().stream().map(LogEntry::plain).toList();
        });
    }

    @Test
    void aRunShowsSuccessFailureAndSkippedOnTheCardsAndItsLogsInTheConsole() throws Exception {
        WorkflowDocument doc = document("mixed", """
                name: mixed
                steps:
                  hello:
                    log: "hello from junction"
                  fails:
                    needs: [hello]
                    run: echo "about to fail"; exit 3
                  after:
                    needs: [fails]
                    log: never shown
                  join:
                    noop: {}
                """);
        RunStart start = Fx.call(() -> controller.runWorkflow(doc, Map.of())).get(30, TimeUnit.SECONDS);
        assertThat(finish(start)).isEqualTo(RunStatus.FAILURE);
        awaitIdle(doc);

        Map<String, StepStatusView> statuses = Fx.call(() -> Map.copyOf(controller.statuses(doc)));
        assertThat(statuses).containsOnlyKeys("hello", "fails", "after", "join");
        assertThat(statuses.get("hello").status()).isEqualTo(StepStatus.SUCCESS);
        assertThat(statuses.get("fails").status()).isEqualTo(StepStatus.FAILURE);
        assertThat(statuses.get("fails").startedAt()).isNotNull();
        assertThat(statuses.get("fails").duration()).isNotNull();
        assertThat(statuses.get("after").status()).isEqualTo(StepStatus.SKIPPED);
        assertThat(statuses.get("join").status()).isEqualTo(StepStatus.SUCCESS);
        assertThat(consoleText()).contains("hello from junction", "about to fail");
        assertThat(Fx.call(() -> controller.console().runIdProperty().get())).isEqualTo(started(start).runId());
        assertThat(Fx.call(() -> controller.finishedRunsProperty().get())).isEqualTo(1);
        assertThat(executor.history(new HistoryQuery("mixed", 5))).singleElement()
                .satisfies(run -> assertThat(run.trigger()).isEqualTo("designer"));
    }

    @Test
    void anInvalidWorkflowIsRefusedWithItsProblemsAndNothingRuns() throws Exception {
        WorkflowDocument doc = document("broken", """
                name: broken
                steps:
                  build:
                    needs: [missing]
                    run: make
                """);
        RunStart start = Fx.call(() -> controller.runWorkflow(doc, Map.of())).get(30, TimeUnit.SECONDS);
        assertThat(start).isInstanceOfSatisfying(RunStart.InvalidWorkflow.class, invalid ->
                assertThat(invalid.problems()).anySatisfy(p -> {
                    assertThat(p.message()).contains("missing");
                    assertThat(p.location().line()).isEqualTo(4);
                }));
        assertThat(start.message()).contains("problem");
        assertThat(executor.history(new HistoryQuery(null, 5))).isEmpty();
        assertThat(Fx.call(() -> controller.state(doc).runningProperty().get())).isFalse();
    }

    @Test
    void invalidInputValuesAreRefusedBeforeARunExists() throws Exception {
        WorkflowDocument doc = document("typed", """
                name: typed
                inputs:
                  count: { type: integer, minimum: 1 }
                  mode: { type: string, enum: [fast, safe], default: safe }
                steps:
                  show:
                    log: "{{ inputs.count }} {{ inputs.mode }}"
                """);
        RunStart start = Fx.call(() -> controller.runWorkflow(doc, Map.of("count", "many", "mode", "reckless")))
                .get(30, TimeUnit.SECONDS);
        assertThat(start).isInstanceOfSatisfying(RunStart.InvalidInputs.class, invalid ->
                assertThat(invalid.errors()).extracting(e -> e.input()).containsExactlyInAnyOrder("count", "mode"));
        assertThat(executor.history(new HistoryQuery(null, 5))).isEmpty();

        RunStart good = Fx.call(() -> controller.runWorkflow(doc, Map.of("count", "3"))).get(30, TimeUnit.SECONDS);
        assertThat(finish(good)).isEqualTo(RunStatus.SUCCESS);
        awaitIdle(doc);
        assertThat(consoleText()).contains("3 safe");
    }

    @Test
    void stopCancelsARunningSleepStepAndItsProcess() throws Exception {
        WorkflowDocument doc = document("slow", """
                name: slow
                steps:
                  nap:
                    run: sleep 60
                  after:
                    needs: [nap]
                    log: too late
                """);
        RunStart start = Fx.call(() -> controller.runWorkflow(doc, Map.of())).get(30, TimeUnit.SECONDS);
        await().atMost(WAIT).until(() -> Fx.call(() -> {
            StepStatusView nap = controller.statuses(doc).get("nap");
            return nap != null && nap.status() == StepStatus.RUNNING;
        }));
        assertThat(Fx.call(() -> controller.state(doc).runningProperty().get())).isTrue();
        long before = System.nanoTime();
        assertThat(Fx.call(() -> controller.stop(doc)).get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(started(start).completion().get(30, TimeUnit.SECONDS)).isEqualTo(RunStatus.CANCELLED);
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(30));
        awaitIdle(doc);
        Map<String, StepStatusView> statuses = Fx.call(() -> Map.copyOf(controller.statuses(doc)));
        assertThat(statuses.get("nap").status()).isEqualTo(StepStatus.CANCELLED);
        assertThat(statuses.get("after").status()).isIn(StepStatus.CANCELLED, StepStatus.SKIPPED);
        assertThat(Fx.call(() -> controller.stop(doc)).get(30, TimeUnit.SECONDS)).as("nothing left to stop").isFalse();
    }

    @Test
    void aSecondRunWhileOneIsGoingIsRefused() throws Exception {
        WorkflowDocument doc = document("busy", """
                name: busy
                steps:
                  nap:
                    run: sleep 60
                """);
        RunStart first = Fx.call(() -> controller.runWorkflow(doc, Map.of())).get(30, TimeUnit.SECONDS);
        started(first);
        RunStart second = Fx.call(() -> controller.runWorkflow(doc, Map.of())).get(30, TimeUnit.SECONDS);
        assertThat(second).isInstanceOfSatisfying(RunStart.Refused.class, r -> assertThat(r.reason()).contains("stop it first"));
        Fx.call(() -> controller.stop(doc)).get(30, TimeUnit.SECONDS);
        started(first).completion().get(30, TimeUnit.SECONDS);
    }

    @Test
    void runningOneStepTakesTheUpstreamOutputsOfTheLastRun() throws Exception {
        WorkflowDocument doc = document("chain", """
                name: chain
                steps:
                  stamp:
                    run: echo "value=$(date +%s%N)" >> "$JUNCTION_OUTPUT"
                    outputs:
                      value: ~
                  use:
                    needs: [stamp]
                    log: "got {{ steps.stamp.outputs.value }}"
                """);
        RunStart full = Fx.call(() -> controller.runWorkflow(doc, Map.of())).get(30, TimeUnit.SECONDS);
        assertThat(finish(full)).isEqualTo(RunStatus.SUCCESS);
        awaitIdle(doc);
        String stamped = executor.run(started(full).runId()).orElseThrow().steps().stream()
                .filter(s -> s.stepKey().equals("stamp")).findFirst().orElseThrow().outputs().get("value").toString();

        RunStart single = Fx.call(() -> controller.runSteps(doc, Set.of("use"))).get(30, TimeUnit.SECONDS);
        assertThat(finish(single)).isEqualTo(RunStatus.SUCCESS);
        awaitIdle(doc);
        RunDetail detail = executor.run(started(single).runId()).orElseThrow();
        assertThat(detail.steps()).filteredOn(s -> s.stepKey().equals("stamp")).singleElement()
                .satisfies(s -> assertThat(s.reused()).isTrue());
        assertThat(consoleText()).contains("got " + stamped);
        assertThat(Fx.call(() -> controller.statuses(doc).get("stamp").status())).isEqualTo(StepStatus.SUCCESS);
    }

    @Test
    void runningOneStepWithoutAnyEarlierRunIsRefused() throws Exception {
        WorkflowDocument doc = document("fresh", """
                name: fresh
                steps:
                  a:
                    noop: {}
                """);
        RunStart start = Fx.call(() -> controller.runSteps(doc, Set.of("a"))).get(30, TimeUnit.SECONDS);
        assertThat(start).isInstanceOfSatisfying(RunStart.Refused.class,
                r -> assertThat(r.reason()).contains("Run the whole workflow once first"));
        RunStart unknown = Fx.call(() -> controller.runSteps(doc, Set.of("nope"))).get(30, TimeUnit.SECONDS);
        assertThat(unknown).isInstanceOfSatisfying(RunStart.Refused.class, r -> assertThat(r.reason()).contains("'nope'"));
    }

    @Test
    void rerunFromTheFailedStepReusesEarlierResultsAndRunsDownstream() throws Exception {
        Path flag = dir.resolve("flag");
        WorkflowDocument doc = document("flaky", """
                name: flaky
                steps:
                  first:
                    log: first ran
                  flaky:
                    needs: [first]
                    run: test -f "%s"
                  after:
                    needs: [flaky]
                    log: after ran
                """.formatted(flag.toString().replace("\\", "/")));
        RunStart failing = Fx.call(() -> controller.runWorkflow(doc, Map.of())).get(30, TimeUnit.SECONDS);
        assertThat(finish(failing)).isEqualTo(RunStatus.FAILURE);
        awaitIdle(doc);
        assertThat(Fx.call(() -> controller.state(doc).traceProperty().get().unsuccessfulSteps())).containsExactly("flaky");

        Files.writeString(flag, "ok");
        RunStart again = Fx.call(() -> controller.rerunFailed(doc)).get(30, TimeUnit.SECONDS);
        assertThat(finish(again)).isEqualTo(RunStatus.SUCCESS);
        awaitIdle(doc);
        RunDetail detail = executor.run(started(again).runId()).orElseThrow();
        assertThat(detail.steps()).extracting(StepRun::stepKey, StepRun::status, StepRun::reused).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("first", StepStatus.SUCCESS, true),
                org.assertj.core.groups.Tuple.tuple("flaky", StepStatus.SUCCESS, false),
                org.assertj.core.groups.Tuple.tuple("after", StepStatus.SUCCESS, false));
        assertThat(Fx.call(() -> Map.copyOf(controller.statuses(doc)))).allSatisfy(
                (id, view) -> assertThat(view.status()).isEqualTo(StepStatus.SUCCESS));

        RunStart nothing = Fx.call(() -> controller.rerunFailed(doc)).get(30, TimeUnit.SECONDS);
        assertThat(nothing).isInstanceOfSatisfying(RunStart.Refused.class, r -> assertThat(r.reason()).contains("Nothing failed"));
    }

    @Test
    void lastInputValuesAreRememberedPerWorkflowButSecretsAreNot() throws Exception {
        WorkflowDocument doc = document("greet", """
                name: greet
                inputs:
                  who: { type: string, default: world }
                  token: { type: string, secret: true, default: none }
                steps:
                  hi:
                    log: "hi {{ inputs.who }}"
                """);
        RunStart start = Fx.call(() -> controller.runWorkflow(doc, Map.of("who", "ann", "token", "s3cret")))
                .get(30, TimeUnit.SECONDS);
        finish(start);
        awaitIdle(doc);
        assertThat(memory.load(doc.file())).containsExactly(Map.entry("who", "ann"));
        assertThat(memory.load(dir.resolve("other.yaml"))).isEmpty();
    }

    @Test
    void foreachInstancesAreSummedUpOnTheirStepAndGroupedUnderItInTheTimeline() throws Exception {
        WorkflowDocument doc = document("fan", """
                name: fan
                steps:
                  each:
                    foreach: [a, b, c]
                    log: "item {{ item }}"
                  done:
                    needs: [each]
                    noop: {}
                """);
        RunStart start = Fx.call(() -> controller.runWorkflow(doc, Map.of())).get(30, TimeUnit.SECONDS);
        assertThat(finish(start)).isEqualTo(RunStatus.SUCCESS);
        awaitIdle(doc);
        assertThat(Fx.call(() -> Map.copyOf(controller.statuses(doc)))).containsOnlyKeys("each", "done")
                .allSatisfy((id, view) -> assertThat(view.status()).isEqualTo(StepStatus.SUCCESS));
        List<TimelineRow> rows = Fx.call(() -> controller.state(doc).timelineProperty().get().rows());
        // the step, its instances right under it (in the order they started, which parallel instances race for),
        // then the next step
        assertThat(rows).extracting(TimelineRow::label, TimelineRow::instance).hasSize(5)
                .startsWith(org.assertj.core.groups.Tuple.tuple("each", false))
                .endsWith(org.assertj.core.groups.Tuple.tuple("done", false));
        assertThat(rows.subList(1, 4)).extracting(TimelineRow::label, TimelineRow::instance).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("[a]", true),
                org.assertj.core.groups.Tuple.tuple("[b]", true),
                org.assertj.core.groups.Tuple.tuple("[c]", true));
        assertThat(rows.get(1).start()).isNotNull();
        assertThat(rows.getFirst().end()).isNotNull();
        assertThat(consoleText()).contains("item a", "item b", "item c");
    }

    @Test
    void anOldRunOpenedOnTheCanvasReplacesTheStatusesShown() throws Exception {
        WorkflowDocument doc = document("twice", """
                name: twice
                inputs:
                  fail: { type: boolean, default: false }
                steps:
                  check:
                    run: test "{{ inputs.fail }}" = "false"
                """);
        RunStart failing = Fx.call(() -> controller.runWorkflow(doc, Map.of("fail", "true"))).get(30, TimeUnit.SECONDS);
        finish(failing);
        awaitIdle(doc);
        RunStart passing = Fx.call(() -> controller.runWorkflow(doc, Map.of())).get(30, TimeUnit.SECONDS);
        finish(passing);
        awaitIdle(doc);
        assertThat(Fx.call(() -> controller.statuses(doc).get("check").status())).isEqualTo(StepStatus.SUCCESS);

        RunDetail old = executor.run(started(failing).runId()).orElseThrow();
        Fx.run(() -> controller.show(doc, old));
        assertThat(Fx.call(() -> controller.statuses(doc).get("check").status())).isEqualTo(StepStatus.FAILURE);
        assertThat(Fx.call(() -> controller.state(doc).traceProperty().get().runId())).isEqualTo(old.summary().runId());

        Fx.run(() -> controller.showLogs(old.summary().runId()));
        await().atMost(WAIT).until(() -> Fx.call(() -> {
            controller.console().flush();
            return old.summary().runId().equals(controller.console().runIdProperty().get());
        }));
    }
}
