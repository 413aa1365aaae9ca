package dev.junction.designer.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.junction.designer.console.LogEntry;
import dev.junction.designer.document.WorkflowDocument;
import dev.junction.designer.fxtest.Fx;
import dev.junction.designer.fxtest.Snapshots;
import dev.junction.designer.timeline.TimelineRow;
import dev.junction.engine.LocalExecutor;
import dev.junction.engine.Secrets;
import dev.junction.run.RunStatus;
import dev.junction.run.StepStatus;
import dev.junction.workflow.load.WorkflowLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The run views in a real window, driven through their buttons, against a real local executor: a run with
 * inputs from the dialog shows success, failure and skipped statuses and its logs; stop cancels a sleeping
 * step. Saves screenshots under target/screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class RunViewsWindowTest {

    static final String RELEASE = """
            name: release
            description: Builds, tests on two JDKs, checks style, and publishes
            inputs:
              version: { type: string, default: 1.4.0, description: The version to publish }
              channel: { type: string, enum: [stable, beta], default: stable }
              dry_run: { type: boolean, default: false, description: Build everything but skip the upload }
              retries: { type: integer, minimum: 0, maximum: 5, default: 2 }
            steps:
              checkout:
                run: |
                  printf '\\033[32m✔\\033[0m cloned repo at \\033[1mmain\\033[0m (3f9a2c1)\\n'
              build:
                needs: [checkout]
                run: |
                  for m in core api cli; do printf '\\033[36m[build]\\033[0m compiling module %s\\n' $m; sleep %SLEEP%; done
                  printf '\\033[33mwarning:\\033[0m deprecated call in api/Client.java:42\\n'
              test:
                needs: [build]
                matrix:
                  jdk: [21, 25]
                run: |
                  for i in 1 2 3; do printf 'jdk {{ matrix.jdk }} test %s ... \\033[32mok\\033[0m\\n' $i; sleep %SLEEP%; done
              lint:
                needs: [checkout]
                run: |
                  printf '\\033[1;31merror\\033[0m: line too long (132 > 120) in src/Main.java:17\\n' >&2
                  sleep %SLEEP%; exit 1
              publish:
                needs: [test, lint]
                run: echo "publishing {{ inputs.version }} to {{ inputs.channel }}"
              notify:
                needs: [test]
                log: "tests passed for {{ inputs.version }}"
            """;

    @TempDir
    static Path dir;

    private LocalExecutor executor;
    private RunWorkbench bench;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path data = Files.createTempDirectory(Files.createDirectories(dir), "data");
        executor = LocalExecutor.open(data, Secrets.none());
    }

    @AfterEach
    void close() {
        executor.close();
    }

    private void open(FxRobot robot, String name, String text) {
        robot.interact(() -> {
            WorkflowDocument doc = WorkflowDocument.of(dir.resolve(name + ".yaml"), text, WorkflowLoader.standard());
            bench = new RunWorkbench(new RunController(executor, RunInputsMemory.inMemory()), doc);
            stage.setScene(new Scene(bench, 1000, 940));
            stage.show();
        });
    }

    private Map<String, StepStatusView> statuses(FxRobot robot) {
        return Fx.call(() -> Map.copyOf(bench.controller.statuses(bench.document)));
    }

    @Test
    void aRunStartedFromTheDialogShowsStatusesLogsTimelineAndHistory(FxRobot robot) throws Exception {
        open(robot, "release", RELEASE.replace("%SLEEP%", "0.4"));
        robot.clickOn(bench.run);
        DialogPane dialog = robot.lookup(".run-dialog").queryAs(DialogPane.class);
        Fx.call(() -> Snapshots.save(dialog.getScene(), "run-dialog-light"));

        // a bad value keeps the dialog open with the validator's message next to the field
        assertThat(robot.lookup("#input-channel").queryAs(javafx.scene.control.ComboBox.class).getItems())
                .containsExactly("", "stable", "beta");
        TextField retries = robot.lookup("#input-retries").queryAs(TextField.class);
        robot.clickOn(retries).write("nine");
        robot.clickOn(robot.lookup(".run-dialog .button").match(b -> "Run".equals(((javafx.scene.control.Button) b).getText()))
                .queryButton());
        Label error = robot.lookup(".run-input-error").match(javafx.scene.Node::isVisible).queryAs(Label.class);
        assertThat(error.getText()).contains("not a whole number");
        Fx.call(() -> Snapshots.save(dialog.getScene(), "run-dialog-error-light"));
        robot.interact(() -> retries.setText("3"));
        robot.clickOn(robot.lookup(".run-dialog .button").match(b -> "Run".equals(((javafx.scene.control.Button) b).getText()))
                .queryButton());

        // while it runs: the step in progress is shown running, the console follows
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            StepStatusView test = statuses(robot).get("test");
            return test != null && test.status() == StepStatus.RUNNING;
        });
        Fx.call(() -> Snapshots.save(stage.getScene(), "run-in-progress-light"));

        await().atMost(Duration.ofSeconds(60)).until(() -> Fx.call(() ->
                !bench.controller.state(bench.document).runningProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, StepStatusView> statuses = statuses(robot);
        assertThat(statuses.get("checkout").status()).isEqualTo(StepStatus.SUCCESS);
        assertThat(statuses.get("test").status()).isEqualTo(StepStatus.SUCCESS);
        assertThat(statuses.get("lint").status()).isEqualTo(StepStatus.FAILURE);
        assertThat(statuses.get("publish").status()).isEqualTo(StepStatus.SKIPPED);
        assertThat(statuses.get("notify").status()).isEqualTo(StepStatus.SUCCESS);
        assertThat(robot.lookup("#chip-lint").queryAs(Label.class).getText()).contains("failed");

        List<String> shown = Fx.call(() -> bench.console.model().visibleLines().stream().map(LogEntry::plain).toList());
        assertThat(shown).contains("✔ cloned repo at main (3f9a2c1)", "error: line too long (132 > 120) in src/Main.java:17",
                "tests passed for 1.4.0");

        List<TimelineRow> rows = Fx.call(() -> bench.timeline.model().dataProperty().get().rows());
        assertThat(rows).extracting(TimelineRow::label).contains("test", "[jdk=21]", "[jdk=25]");
        assertThat(robot.lookup(".timeline-bar.status-failure").queryAll()).isNotEmpty();

        robot.interact(() -> bench.console.model().queryProperty().set("error"));
        Fx.call(() -> Snapshots.save(stage.getScene(), "run-finished-light"));
        Fx.call(() -> Snapshots.save(bench.console, "console-light"));
        Fx.call(() -> Snapshots.save(bench.timeline, "timeline-light"));

        // the runs panel lists the run; selecting it shows its steps
        robot.interact(() -> bench.bottom.getSelectionModel().select(1));
        await().atMost(Duration.ofSeconds(20)).until(() -> Fx.call(() -> bench.runs.model().runs().size()) == 1);
        assertThat(Fx.call(() -> bench.runs.model().runs().getFirst().status())).isEqualTo(RunStatus.FAILURE);
        robot.interact(() -> bench.runs.runsList().getSelectionModel().select(0));
        await().atMost(Duration.ofSeconds(20)).until(() -> Fx.call(() -> bench.runs.model().steps().size()) >= 6);
        robot.interact(() -> bench.runs.stepsTable().getSelectionModel().select(
                bench.runs.model().steps().stream().filter(s -> s.stepKey().equals("lint")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        Fx.call(() -> Snapshots.save(bench.runs, "runs-light"));

        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        WaitForAsyncUtils.waitForFxEvents();
        Fx.call(() -> Snapshots.save(bench.runs, "runs-dark"));
        robot.interact(() -> bench.bottom.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        Fx.call(() -> Snapshots.save(stage.getScene(), "run-finished-dark"));
        Fx.call(() -> Snapshots.save(bench.console, "console-dark"));
        Fx.call(() -> Snapshots.save(bench.timeline, "timeline-dark"));
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    @Test
    void stopCancelsASleepingStep(FxRobot robot) {
        open(robot, "sleepy", """
                name: sleepy
                steps:
                  nap:
                    run: echo "going to sleep"; sleep 60
                  after:
                    needs: [nap]
                    log: never
                """);
        robot.clickOn(bench.run);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            StepStatusView nap = statuses(robot).get("nap");
            return nap != null && nap.status() == StepStatus.RUNNING;
        });
        assertThat(bench.stop.isDisabled()).isFalse();
        robot.clickOn(bench.stop);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            StepStatusView nap = statuses(robot).get("nap");
            return nap != null && nap.status() == StepStatus.CANCELLED;
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> Fx.call(() -> bench.stop.isDisabled()));
        assertThat(Fx.call(() -> bench.controller.state(bench.document).traceProperty().get().status()))
                .isEqualTo(RunStatus.CANCELLED);
    }
}
