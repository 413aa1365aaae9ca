package dev.junction.designer.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.junction.designer.document.EditorSelection;
import dev.junction.designer.document.WorkflowDocument;
import dev.junction.designer.testing.Screenshots;
import dev.junction.designer.yaml.YamlEditorView;
import dev.junction.workflow.load.WorkflowLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An invalid file in a real window: its problems listed, marked in the editor's gutter, and clickable. */
@ExtendWith(ApplicationExtension.class)
class ProblemsViewTest {

    private static final String TEXT = """
            # a workflow with mistakes
            name: wrong-types
            steps:
              build:
                run: make
                continue-on-error: sometimes
                timeout: soon
                env: [A, B]
              test:
                nedds: [build]
                run: make test
            """;

    private Stage stage;

    @Start
    void start(Stage stage) {
        // documents made in tests without a toolkit fail to hand their validation to the FX thread; TestFX
        // would report those (harmless) exceptions in whichever FX test runs next
        WaitForAsyncUtils.clearExceptions();
        this.stage = stage;
        Screenshots.theme(false);
        stage.setScene(Screenshots.scene(new StackPane(), 900, 560));
        stage.show();
    }

    private static void awaitFx(Callable<Boolean> condition) {
        await().atMost(Duration.ofSeconds(10)).until(() -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    @Test
    void anInvalidFileShowsItsProblemsInTheListAndTheGutterAndAClickGoesThere(FxRobot robot) throws Exception {
        Path dir = Files.createTempDirectory("problems");
        WorkflowDocument doc = WorkflowDocument.of(dir.resolve("wrong-types.yaml"), TEXT, WorkflowLoader.standard());
        EditorSelection selection = new EditorSelection();
        YamlEditorView[] editor = new YamlEditorView[1];
        ProblemsView[] view = new ProblemsView[1];
        robot.interact(() -> {
            editor[0] = new YamlEditorView(doc, selection);
            view[0] = new ProblemsView();
            view[0].setTarget(doc, selection);
            SplitPane split = new SplitPane(editor[0], view[0]);
            split.setOrientation(Orientation.VERTICAL);
            split.setDividerPositions(0.6);
            ((StackPane) stage.getScene().getRoot()).getChildren().setAll(split);
        });
        awaitFx(() -> view[0].list().getItems().size() == 4 && editor[0].isHighlightCurrent()
                && editor[0].model().marks().size() == 4);
        assertThat(view[0].list().getItems()).extracting(ProblemItem::step)
                .containsExactly("build", "build", "build", "test");
        assertThat(robot.lookup(".gutter-error").queryAll()).hasSize(4);
        robot.interact(() -> Screenshots.snapshot(stage.getScene(), "problems-light"));
        robot.interact(() -> Screenshots.theme(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.snapshot(stage.getScene(), "problems-dark"));
        robot.interact(() -> Screenshots.theme(false));

        robot.clickOn(robot.lookup(".problem-row").nth(3).queryAs(javafx.scene.Node.class));
        assertThat(selection.steps()).containsExactly("test");
        int nedds = TEXT.indexOf("nedds");
        assertThat(WaitForAsyncUtils.asyncFx(() -> editor[0].area().getSelection().getStart()).get()).isEqualTo(nedds);
        assertThat(WaitForAsyncUtils.asyncFx(() -> editor[0].area().getSelectedText()).get()).isEqualTo("nedds");

        // fixing the text in the editor empties the list
        robot.interact(() -> doc.replaceText("fix", TEXT.replace("sometimes", "true").replace("soon", "5m")
                .replace("[A, B]", "{ A: '1' }").replace("nedds", "needs"), "test"));
        awaitFx(() -> view[0].list().getItems().isEmpty() && editor[0].model().marks().isEmpty());
        assertThat(robot.lookup(".gutter-error").queryAll()).isEmpty();
    }
}
