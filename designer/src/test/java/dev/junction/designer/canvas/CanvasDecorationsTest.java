package dev.junction.designer.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.junction.designer.document.EditorSelection;
import dev.junction.designer.document.WorkflowDocument;
import dev.junction.designer.run.StepStatusView;
import dev.junction.workflow.load.WorkflowLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The canvas's extension points for other views: decorations on cards and edges, and the read-only mode. */
@ExtendWith(ApplicationExtension.class)
class CanvasDecorationsTest {

    private static final String CHAIN = """
            name: chain
            steps:
              build:
                run: make
              test:
                needs: [build]
                run: make test
              ship:
                needs: [test]
                log: shipped
            """;

    private Stage stage;
    private WorkflowDocument doc;
    private CanvasView canvas;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new StackPane(), 900, 700));
        stage.show();
    }

    private void open(FxRobot robot) throws Exception {
        robot.interact(() -> {
            doc = WorkflowDocument.of(Path.of("chain.yaml").toAbsolutePath(), CHAIN, WorkflowLoader.standard());
            canvas = new CanvasView(doc, new EditorSelection(), FXCollections.<String, StepStatusView>observableHashMap(), null);
            stage.getScene().setRoot(canvas);
        });
        await(() -> canvas.readyProperty().get());
    }

    private static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node card(FxRobot robot, String id) {
        return robot.lookup(".step-card").match(n -> id.equals(n.getProperties().get(StepSkin.ID_KEY))).query();
    }

    private static Node edge(FxRobot robot, EdgeKey key) {
        return robot.lookup(".edge").match(n -> key.equals(n.getProperties().get(EdgeSkin.KEY))).query();
    }

    @Test
    void marksReachTheCardsAndEdgesAndFollowTheMaps(FxRobot robot) throws Exception {
        open(robot);
        EdgeKey buildToTest = new EdgeKey("build", "test");

        robot.interact(() -> {
            canvas.decorations().steps().put("test", new CanvasDecorations.Mark("diff-changed", "changed: run"));
            canvas.decorations().edges().put(buildToTest, "diff-added");
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(card(robot, "test").getStyleClass()).contains("step-card", "diff-changed");
        assertThat(card(robot, "build").getStyleClass()).doesNotContain("diff-changed");
        assertThat(edge(robot, buildToTest).getStyleClass()).contains("edge", "diff-added");

        robot.interact(() -> {
            canvas.decorations().steps().put("test", new CanvasDecorations.Mark("diff-removed", ""));
            canvas.decorations().edges().remove(buildToTest);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card(robot, "test").getStyleClass()).contains("diff-removed").doesNotContain("diff-changed");
        assertThat(edge(robot, buildToTest).getStyleClass()).doesNotContain("diff-added");

        robot.interact(() -> canvas.decorations().steps().put("deploy", new CanvasDecorations.Mark("diff-added", "")));
        robot.interact(() -> doc.edit("Add deploy", t -> t.addStep("deploy", java.util.Map.of("run", "./deploy")), null));
        await(() -> canvas.readyProperty().get());
        assertThat(card(robot, "deploy").getStyleClass()).as("a card made later gets its mark").contains("diff-added");
    }

    @Test
    void aReadOnlyCanvasRefusesEveryChangeToTheWorkflowAndHidesItsPorts(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> canvas.setReadOnly(true));
        String before = doc.text();

        robot.interact(() -> {
            canvas.viewModel().select(List.of("test"), false);
            canvas.deleteSelection();
            canvas.duplicateSelection();
        });
        ConnectResult[] result = new ConnectResult[1];
        robot.interact(() -> result[0] = canvas.viewModel().connect("build", "ship"));
        robot.interact(() -> canvas.viewModel().paste("extra:\n  run: x\n", new dev.junction.designer.layout.Position(0, 0)));

        assertThat(doc.text()).isEqualTo(before);
        assertThat(result[0]).isInstanceOf(ConnectResult.Refused.class);
        assertThat(canvas.viewModel().messageProperty().get().text()).contains("Read-only");
        assertThat(robot.lookup(".port-out").<Node>queryAll()).isNotEmpty().allMatch(p -> !p.isVisible());
    }
}
