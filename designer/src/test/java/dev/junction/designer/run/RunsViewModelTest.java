package dev.junction.designer.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.junction.designer.document.WorkflowDocument;
import dev.junction.designer.fxtest.Fx;
import dev.junction.engine.LocalExecutor;
import dev.junction.engine.Secrets;
import dev.junction.run.RunStatus;
import dev.junction.run.RunSummary;
import dev.junction.run.StepRun;
import dev.junction.run.StepStatus;
import dev.junction.workflow.load.WorkflowLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runs panel's model against a real store: history per workflow, run details, open on canvas. */
class RunsViewModelTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private LocalExecutor executor;
    private RunController controller;

    @BeforeAll
    static void startFx() {
        Fx.start();
    }

    @BeforeEach
    void open() throws Exception {
        executor = LocalExecutor.open(Files.createDirectories(dir.resolve("data")), Secrets.none());
        controller = Fx.call(() -> new RunController(executor, RunInputsMemory.inMemory()));
    }

    @AfterEach
    void close() {
        executor.close();
    }

    private WorkflowDocument document(String name, String text) {
        return Fx.call(() -> WorkflowDocument.of(dir.resolve(name + ".yaml"), text, WorkflowLoader.standard()));
    }

    private String run(WorkflowDocument doc, Map<String, Object> inputs) throws Exception {
        RunStart start = Fx.call(() -> controller.runWorkflow(doc, inputs)).get(30, TimeUnit.SECONDS);
        RunStart.Started started = (RunStart.Started) start;
        started.completion().get(30, TimeUnit.SECONDS);
        await().atMost(WAIT).until(() -> Fx.call(() -> !controller.state(doc).runningProperty().get()));
        return started.runId();
    }

    @Test
    void historyFollowsTheActiveWorkflowOrShowsAllAndSelectingARunLoadsItsStepsAndLogs() throws Exception {
        WorkflowDocument matrix = document("matrix", """
                name: matrix
                inputs:
                  greeting: { type: string, default: hi }
                steps:
                  t:
                    matrix:
                      n: [1, 2]
                    run: echo "n={{ matrix.n }}" >> "$JUNCTION_OUTPUT"
                    outputs:
                      n: ~
                  done:
                    needs: [t]
                    log: "{{ inputs.greeting }}"
                """);
        WorkflowDocument other = document("other", """
                name: other
                steps:
                  only:
                    noop: {}
                """);
        String first = run(matrix, Map.of("greeting", "hello"));
        run(other, Map.of());

        RunsViewModel model = Fx.call(() -> new RunsViewModel(controller));
        Fx.call(() -> {
            model.setTarget(matrix);
            return null;
        });
        await().atMost(WAIT).until(() -> Fx.call(() -> model.runs().size()) == 1);
        assertThat(Fx.call(() -> model.workflowNameProperty().get())).isEqualTo("matrix");
        RunSummary summary = Fx.call(() -> model.runs().getFirst());
        assertThat(summary.runId()).isEqualTo(first);
        assertThat(summary.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(summary.inputs()).containsEntry("greeting", "hello");

        Fx.run(() -> model.onlyThisWorkflowProperty().set(false));
        await().atMost(WAIT).until(() -> Fx.call(() -> model.runs().size()) == 2);

        Fx.run(() -> model.selectedProperty().set(summary));
        await().atMost(WAIT).until(() -> Fx.call(() -> model.detailProperty().get()) != null);
        assertThat(Fx.call(() -> model.steps().stream().map(StepRun::stepKey).toList()))
                .containsExactly("t", "t[n=1]", "t[n=2]", "done");
        assertThat(Fx.call(() -> model.steps().get(1).outputs())).containsEntry("n", "1");
        assertThat(Fx.call(() -> model.timelineProperty().get().rows()).size()).isEqualTo(4);
        await().atMost(WAIT).until(() -> Fx.call(() -> {
            controller.console().flush();
            return first.equals(controller.console().runIdProperty().get()) && controller.console().lineCount() > 0;
        }));
        assertThat(Fx.call(() -> controller.console().lines().stream().anyMatch(l -> l.plain().equals("hello")))).isTrue();
    }

    @Test
    void openOnCanvasIsOnlyOfferedForTheActiveWorkflowsRuns() throws Exception {
        WorkflowDocument failing = document("failing", """
                name: failing
                steps:
                  bad:
                    run: exit 4
                """);
        WorkflowDocument other = document("unrelated", """
                name: unrelated
                steps:
                  x:
                    noop: {}
                """);
        String runId = run(failing, Map.of());
        RunsViewModel model = Fx.call(() -> new RunsViewModel(controller));
        Fx.call(() -> {
            model.setTarget(failing);
            return null;
        });
        await().atMost(WAIT).until(() -> Fx.call(() -> model.runs().size()) == 1);
        Fx.run(() -> controller.show(failing, executor.run(runId).orElseThrow())); // start from a known display
        Fx.run(() -> model.selectedProperty().set(model.runs().getFirst()));
        await().atMost(WAIT).until(() -> Fx.call(() -> model.canOpenOnCanvasProperty().get()));
        assertThat(Fx.call(model::openOnCanvas)).isTrue();
        assertThat(Fx.call(() -> controller.statuses(failing).get("bad").status())).isEqualTo(StepStatus.FAILURE);

        Fx.call(() -> {
            model.setTarget(other);
            return null;
        });
        assertThat(Fx.call(() -> model.canOpenOnCanvasProperty().get())).isFalse();
        assertThat(Fx.call(model::openOnCanvas)).isFalse();
        assertThat(Fx.call(() -> controller.statuses(other))).isEmpty();
    }

    @Test
    void aFinishedRunShowsUpWithoutARefreshByHand() throws Exception {
        WorkflowDocument doc = document("auto", """
                name: auto
                steps:
                  a:
                    noop: {}
                """);
        RunsViewModel model = Fx.call(() -> new RunsViewModel(controller));
        Fx.call(() -> {
            model.setTarget(doc);
            return null;
        });
        await().atMost(WAIT).until(() -> !Fx.call(() -> model.loadingProperty().get()));
        assertThat(Fx.call(() -> model.runs().size())).isZero();
        run(doc, Map.of());
        await().atMost(WAIT).until(() -> Fx.call(() -> model.runs().size() == 1
                && model.runs().getFirst().status() == RunStatus.SUCCESS));
    }
}
