package dev.junction.designer.console;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.junction.designer.fxtest.Fx;
import dev.junction.run.LogLine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The console in a real window: follow mode and scrolling, search navigation, step filter, copy. */
@ExtendWith(ApplicationExtension.class)
class LogConsoleViewTest {

    private LogConsoleViewModel model;
    private LogConsoleView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        model = new LogConsoleViewModel();
        view = new LogConsoleView(model);
        stage.setScene(new Scene(view, 900, 500));
        stage.show();
    }

    private void feed(int from, int to) {
        List<LogLine> lines = new ArrayList<>();
        for (int i = from; i < to; i++) {
            lines.add(new LogLine("r", i % 3 == 0 ? "build" : "test[jdk=21]", i, Instant.now(), LogLine.Stream.OUT,
                    i == 5 || i == 150 ? "\u001b[31mERROR\u001b[0m in line " + i : "line " + i));
        }
        Thread.ofPlatform().start(() -> model.offerAll(lines)); // as an engine thread would
        org.awaitility.Awaitility.await().until(() -> Fx.call(() -> model.lineCount()) >= to);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void followKeepsTheNewestLineInViewUntilTheUserScrollsUp(FxRobot robot) {
        Fx.run(() -> model.beginRun("r"));
        feed(0, 500);
        assertThat(Fx.call(view::isAtEnd)).isTrue();

        robot.moveTo(view.lines()).scroll(10, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Fx.call(() -> model.followProperty().get())).as("scrolling up pauses follow").isFalse();
        feed(500, 800);
        assertThat(Fx.call(view::isAtEnd)).as("new lines no longer pull the view down").isFalse();

        robot.clickOn(view.lines()).press(KeyCode.END).release(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Fx.call(() -> model.followProperty().get())).isTrue();
        feed(800, 900);
        assertThat(Fx.call(view::isAtEnd)).isTrue();
    }

    @Test
    void enterInTheSearchFieldSelectsTheNextMatchAndCopyTakesTheSelectedLines(FxRobot robot) {
        Fx.run(() -> model.beginRun("r"));
        feed(0, 300);
        robot.clickOn(".log-search").write("error");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".log-match-count").queryLabeled().getText()).isEqualTo("2 matches");
        robot.type(KeyCode.ENTER);
        assertThat(Fx.call(() -> model.selectedLines().getFirst().seq())).isEqualTo(5);
        robot.type(KeyCode.ENTER);
        assertThat(Fx.call(() -> model.selectedLines().getFirst().seq())).isEqualTo(150);
        assertThat(Fx.call(() -> model.followProperty().get())).as("jumping to a match stops following").isFalse();

        Fx.run(view::copy);
        assertThat(Fx.call(() -> Clipboard.getSystemClipboard().getString())).isEqualTo("[build] ERROR in line 150");
    }

    @Test
    void choosingAStepInTheFilterShowsOnlyItsLines(FxRobot robot) {
        Fx.run(() -> model.beginRun("r"));
        feed(0, 30);
        @SuppressWarnings("unchecked")
        ComboBox<String> steps = robot.lookup(".log-step-filter").queryAs(ComboBox.class);
        assertThat(Fx.call(() -> List.copyOf(steps.getItems()))).containsExactly("", "build", "test", "test[jdk=21]");
        Fx.run(() -> steps.setValue("build"));
        assertThat(Fx.call(() -> model.visibleLines().size())).isEqualTo(10);
        Fx.run(() -> model.stepFilterProperty().set("test")); // as a click on a card would
        assertThat(Fx.call(steps::getValue)).isEqualTo("test");
        assertThat(Fx.call(() -> model.visibleLines().size())).isEqualTo(20);
    }
}
