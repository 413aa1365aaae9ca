package dev.junction.designer.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import atlantafx.base.controls.ToggleSwitch;
import dev.junction.designer.document.EditorSelection;
import dev.junction.designer.document.WorkflowDocument;
import dev.junction.designer.testing.Screenshots;
import dev.junction.designer.yaml.YamlEditorView;
import dev.junction.workflow.load.WorkflowLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The inspector beside the YAML editor in a real window: form edits are minimal text edits, and back. */
@ExtendWith(ApplicationExtension.class)
class InspectorViewTest {

    private Stage stage;
    private WorkflowDocument doc;
    private EditorSelection selection;
    private InspectorView inspector;
    private YamlEditorView editor;

    @Start
    void start(Stage stage) {
        // documents made in tests without a toolkit fail to hand their validation to the FX thread; TestFX
        // would report those (harmless) exceptions in whichever FX test runs next
        WaitForAsyncUtils.clearExceptions();
        this.stage = stage;
        Screenshots.theme(false);
        stage.setScene(Screenshots.scene(new StackPane(), 1000, 900));
        stage.show();
    }

    private void open(FxRobot robot, String text) throws Exception {
        Path dir = Files.createTempDirectory("inspector");
        doc = WorkflowDocument.of(dir.resolve("ship.yaml"), text, WorkflowLoader.standard());
        selection = new EditorSelection();
        robot.interact(() -> {
            editor = new YamlEditorView(doc, selection);
            inspector = new InspectorView();
            inspector.setTarget(doc, selection);
            SplitPane split = new SplitPane(editor, inspector);
            split.setDividerPositions(0.56);
            ((StackPane) stage.getScene().getRoot()).getChildren().setAll(split);
        });
        awaitFx(editor::isHighlightCurrent);
    }

    private static void awaitFx(Callable<Boolean> condition) {
        await().atMost(Duration.ofSeconds(10)).until(() -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    /** The node with this id, scrolled into the inspector's view so the robot can click it. */
    private <T extends javafx.scene.Node> T field(FxRobot robot, String id, Class<T> type) {
        T node = robot.lookup("#" + id).queryAs(type);
        robot.interact(() -> scrollTo(node));
        return node;
    }

    private static void scrollTo(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane scroll) {
                javafx.scene.Node content = scroll.getContent();
                double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                double free = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(free <= 0 ? 0 : Math.clamp((y - 40) / free, 0, 1));
                scroll.layout();
                return;
            }
        }
    }

    @Test
    void editingAFieldChangesExactlyOneLineOfTheYaml(FxRobot robot) throws Exception {
        open(robot, InspectorViewModelTest.TEXT);
        robot.interact(() -> selection.select(List.of("build")));
        WaitForAsyncUtils.waitForFxEvents();
        TextField timeout = field(robot, "field-timeout", TextField.class);
        assertThat(timeout.getText()).isEqualTo("10m");

        robot.doubleClickOn(timeout).eraseText(3).write("90s").type(KeyCode.ENTER);
        assertThat(InspectorViewModelTest.changedLines(InspectorViewModelTest.TEXT, doc.text()))
                .containsExactly("    timeout: 90s");
        awaitFx(() -> editor.area().getText().equals(doc.text()));
        assertThat(doc.undoDescription()).isEqualTo("Set timeout of build");

        String before = doc.text();
        robot.clickOn(field(robot, "field-continue-on-error", ToggleSwitch.class));
        assertThat(doc.model().value(List.of("steps", "build", "continue-on-error"))).contains(true);
        assertThat(doc.text().replace("    continue-on-error: true\n", "")).isEqualTo(before); // one line added
        robot.clickOn(field(robot, "field-continue-on-error", ToggleSwitch.class));
        assertThat(InspectorViewModelTest.changedLines(InspectorViewModelTest.TEXT, doc.text()))
                .containsExactly("    timeout: 90s"); // back to the default: the line goes again

        TextField invalid = field(robot, "field-timeout", TextField.class);
        robot.doubleClickOn(invalid).eraseText(3).write("soon").type(KeyCode.ENTER);
        assertThat(doc.text()).contains("timeout: 90s"); // an invalid value is shown, not written
        robot.interact(() -> Screenshots.snapshot(stage.getScene(), "inspector-step-light"));
        robot.interact(() -> Screenshots.theme(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.snapshot(stage.getScene(), "inspector-step-dark"));
        robot.interact(() -> Screenshots.theme(false));
    }

    @Test
    void typingInTheYamlUpdatesTheFormAndUndoRestoresBoth(FxRobot robot) throws Exception {
        open(robot, InspectorViewModelTest.TEXT);
        robot.interact(() -> selection.select(List.of("test")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "field-url", TextField.class).getText()).isEqualTo("https://example.org/health");

        int at = InspectorViewModelTest.TEXT.indexOf("/health") + "/health".length();
        robot.interact(() -> {
            editor.area().requestFocus();
            editor.area().moveTo(at);
        });
        robot.write("z");
        awaitFx(() -> field(robot, "field-url", TextField.class).getText().equals("https://example.org/healthz"));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        awaitFx(() -> field(robot, "field-url", TextField.class).getText().equals("https://example.org/health"));
        assertThat(doc.text()).isEqualTo(InspectorViewModelTest.TEXT);
        robot.interact(() -> Screenshots.snapshot(stage.getScene(), "inspector-http-light"));
    }

    @Test
    void aUsesStepShowsItsActionsInputsAndWritesThemUnderWith(FxRobot robot) throws Exception {
        Path sample = Path.of("../sample-workflows/ci-build.yaml");
        Path dir = Files.createTempDirectory("inspector-sample");
        Path actions = Files.createDirectories(dir.resolve("actions/python-check"));
        try (var files = Files.list(Path.of("../sample-workflows/actions/python-check"))) {
            for (Path f : files.toList()) {
                Files.copy(f, actions.resolve(f.getFileName()));
            }
        }
        String text = Files.readString(sample);
        doc = WorkflowDocument.of(dir.resolve("ci-build.yaml"), text, WorkflowLoader.standard());
        selection = new EditorSelection();
        robot.interact(() -> {
            editor = new YamlEditorView(doc, selection);
            inspector = new InspectorView();
            inspector.setTarget(doc, selection);
            SplitPane split = new SplitPane(editor, inspector);
            split.setDividerPositions(0.56);
            ((StackPane) stage.getScene().getRoot()).getChildren().setAll(split);
            selection.select(List.of("lint"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        TextField path = field(robot, "field-path", TextField.class);
        assertThat(path.getText()).isEqualTo("{{ inputs.project }}");
        TextField python = field(robot, "field-python", TextField.class);
        assertThat(python.getPromptText()).isEqualTo("default: python3");
        robot.clickOn(python).write("python3.12").type(KeyCode.ENTER);
        assertThat(InspectorViewModelTest.changedLines(text, doc.text().replace("      python: python3.12\n", "")))
                .isEmpty(); // one line added under with:, nothing else touched
        assertThat(doc.model().value(List.of("steps", "lint", "with", "python"))).contains("python3.12");
        robot.interact(() -> scrollTo(robot.lookup(".inspector-section").nth(1).query()));
        robot.interact(() -> Screenshots.snapshot(stage.getScene(), "inspector-uses-light"));

        robot.interact(() -> selection.select(List.of("lint", "test")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".inspector-placeholder").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("2 steps are selected");
    }

    @Test
    void withNothingSelectedTheWorkflowAndItsInputsAreEdited(FxRobot robot) throws Exception {
        open(robot, InspectorViewModelTest.TEXT);
        robot.clickOn(field(robot, "inspector-new-input-name", TextField.class)).write("region").type(KeyCode.ENTER);
        assertThat(doc.model().value(List.of("inputs", "region", "type"))).contains("string");
        awaitFx(() -> robot.lookup("#inspector-input-region").tryQuery().isPresent());

        TextField description = robot.lookup("#inspector-input-region #field-description").queryAs(TextField.class);
        robot.interact(() -> scrollTo(description));
        robot.clickOn(description).write("Where to deploy").type(KeyCode.ENTER);
        assertThat(doc.model().value(List.of("inputs", "region", "description"))).contains("Where to deploy");
        robot.interact(() -> Screenshots.snapshot(stage.getScene(), "inspector-workflow-light"));
        robot.interact(() -> Screenshots.theme(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.snapshot(stage.getScene(), "inspector-workflow-dark"));
        robot.interact(() -> Screenshots.theme(false));

        TextField name = field(robot, "inspector-input-name-region", TextField.class);
        robot.interact(() -> scrollTo(name));
        robot.doubleClickOn(name).eraseText("region".length()).write("zone!").type(KeyCode.ENTER);
        assertThat(robot.lookup(".field-error").queryAllAs(javafx.scene.control.Label.class))
                .anyMatch(l -> l.isVisible() && l.getText().contains("not a valid input name"));
        assertThat(doc.model().value(List.of("inputs", "region"))).isPresent();
        robot.eraseText(1).type(KeyCode.ENTER);
        awaitFx(() -> robot.lookup("#inspector-input-zone").tryQuery().isPresent());
        assertThat(doc.model().value(List.of("inputs", "zone", "description"))).contains("Where to deploy");
        assertThat(doc.model().value(List.of("inputs", "region"))).isEmpty();

        robot.clickOn(field(robot, "inspector-remove-input-zone", javafx.scene.control.Button.class));
        assertThat(doc.model().value(List.of("inputs", "zone"))).isEmpty();
    }
}
