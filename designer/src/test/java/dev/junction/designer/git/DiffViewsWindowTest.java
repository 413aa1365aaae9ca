package dev.junction.designer.git;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.junction.git.graphdiff.UnreadableWorkflowException;
import dev.junction.workflow.load.WorkflowLoader;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The graph diff on the real (read-only) canvas, in a window. */
@ExtendWith(ApplicationExtension.class)
class DiffViewsWindowTest {

    private static final String OLD = """
            name: release
            steps:
              build:
                run: make
              test:
                needs: [build]
                run: make test
              package:
                needs: [test]
                run: make dist
            """;
    private static final String NEW = """
            name: release
            steps:
              build:
                run: make
              lint:
                needs: [build]
                run: make lint
              test:
                needs: [build, lint]
                run: make test -v
            """;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new StackPane(), 1000, 700));
        stage.show();
    }

    private static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A condition checked on the FX thread (virtual flows lay out when asked where they are). */
    private static void awaitFx(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int firstLine(ReadOnlyYamlArea area) throws Exception {
        return WaitForAsyncUtils.asyncFx(area::firstVisibleParToAllParIndex).get();
    }

    private static String titleOf(Node card) {
        return ((Label) card.lookup(".step-title")).getText();
    }

    @Test
    void addedRemovedAndChangedStepsAndDependenciesAreColouredOnTheCanvas(FxRobot robot) throws Exception {
        GraphDiffView[] shown = new GraphDiffView[1];
        robot.interact(() -> {
            shown[0] = new GraphDiffView(WorkflowLoader.standard(), "release.yaml");
            stage.getScene().setRoot(shown[0]);
            try {
                shown[0].show(GraphDiffScene.of(OLD, NEW), "");
            } catch (UnreadableWorkflowException e) {
                throw new IllegalStateException(e);
            }
        });
        await(() -> shown[0].canvas() != null && shown[0].canvas().readyProperty().get());

        assertThat(robot.lookup(".step-card").queryAll()).hasSize(4);
        assertThat(robot.lookup(".step-card.diff-added").<Node>queryAll()).extracting(DiffViewsWindowTest::titleOf).containsExactly("lint");
        assertThat(robot.lookup(".step-card.diff-removed").<Node>queryAll()).extracting(DiffViewsWindowTest::titleOf).containsExactly("package");
        assertThat(robot.lookup(".step-card.diff-changed").<Node>queryAll()).extracting(DiffViewsWindowTest::titleOf).containsExactly("test");
        assertThat(robot.lookup(".edge.diff-added").queryAll()).hasSize(2); // lint needs build, test needs lint
        assertThat(robot.lookup(".edge.diff-removed").queryAll()).hasSize(1); // package needs test
        assertThat(shown[0].summaryText()).isEqualTo("1 added · 1 removed · 1 changed · dependencies +2 −1");

        robot.interact(() -> {
            try {
                shown[0].show(GraphDiffScene.of(OLD, OLD), "");
            } catch (UnreadableWorkflowException e) {
                throw new IllegalStateException(e);
            }
        });
        await(() -> shown[0].canvas().readyProperty().get());
        assertThat(robot.lookup(".step-card").queryAll()).hasSize(3);
        assertThat(robot.lookup(".step-card.diff-added").queryAll()).isEmpty();
        assertThat(robot.lookup(".step-card.diff-removed").queryAll()).isEmpty();
        assertThat(robot.lookup(".edge.diff-removed").queryAll()).isEmpty();

        robot.interact(() -> shown[0].show(null, "The new version is not valid YAML"));
        assertThat(robot.lookup("#graph-diff-problem").queryAs(Label.class).getText()).contains("not valid YAML");
    }

    @Test
    void theTwoSidesOfATextDiffScrollTogetherAndColourTheirLines(FxRobot robot) throws Exception {
        StringBuilder old = new StringBuilder();
        StringBuilder now = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            old.append("line ").append(i).append('\n');
            now.append(i == 150 ? "changed 150" : "line " + i).append('\n');
        }
        var edit = new dev.junction.git.workspace.LineEdit(dev.junction.git.workspace.LineEdit.Type.REPLACE, 150, 151, 150, 151);
        var diff = new dev.junction.git.workspace.FileDiff("long.yaml", "HEAD", "working tree", old.toString(),
                now.toString(), false, java.util.List.of(new dev.junction.git.workspace.DiffHunk(147, 7, 147, 7,
                java.util.List.of(edit))), "");
        TextDiffView[] view = new TextDiffView[1];
        robot.interact(() -> {
            view[0] = new TextDiffView();
            view[0].getStylesheets().add(GitStyles.STYLESHEET);
            stage.getScene().setRoot(view[0]);
            view[0].show(SideBySideDiff.of(diff), "HEAD", "Working tree");
        });
        awaitFx(() -> view[0].newSide().getHeight() > 0);
        awaitFx(() -> view[0].oldSide().firstVisibleParToAllParIndex() > 100);

        assertThat(view[0].countsText()).isEqualTo("1 change   +0  −0  ~1 lines");
        assertThat(firstLine(view[0].oldSide())).as("opened at the change").isEqualTo(firstLine(view[0].newSide()));
        assertThat(view[0].newSide().getParagraph(150).getParagraphStyle()).containsExactly("diff-changed");
        assertThat(view[0].oldSide().getParagraph(150).getParagraphStyle()).containsExactly("diff-changed");

        robot.interact(() -> view[0].oldSide().showParagraphAtTop(20));
        awaitFx(() -> view[0].newSide().firstVisibleParToAllParIndex() == 20);
        robot.interact(() -> view[0].newSide().showParagraphAtTop(60));
        awaitFx(() -> view[0].oldSide().firstVisibleParToAllParIndex() == 60);
    }
}
