package dev.junction.designer.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.junction.designer.document.EditorSelection;
import dev.junction.designer.document.WorkflowDocument;
import dev.junction.designer.testing.Screenshots;
import dev.junction.workflow.load.WorkflowLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The YAML editor in a real window, editing through the document and its one undo stack. */
@ExtendWith(ApplicationExtension.class)
class YamlEditorViewTest {

    static final String TEXT = """
            # Greets and reports
            name: hello
            inputs:
              who: { type: string, default: world }
            steps:
              greet:
                run: echo "hi {{ inputs.who }}"   # the greeting
                outputs:
                  length: ~
              report:
                needs: [greet]
                log: "done"
            """;

    private Stage stage;

    @Start
    void start(Stage stage) {
        // documents made in tests without a toolkit fail to hand their validation to the FX thread; TestFX
        // would report those (harmless) exceptions in whichever FX test runs next
        WaitForAsyncUtils.clearExceptions();
        this.stage = stage;
        Screenshots.theme(false);
        stage.setScene(Screenshots.scene(new javafx.scene.layout.Pane(), 760, 460));
        stage.show();
    }

    private WorkflowDocument document(String text) throws Exception {
        Path dir = Files.createTempDirectory("yaml-editor");
        return WorkflowDocument.of(dir.resolve("hello.yaml"), text, WorkflowLoader.standard());
    }

    private YamlEditorView show(FxRobot robot, WorkflowDocument doc, EditorSelection selection) {
        YamlEditorView[] view = new YamlEditorView[1];
        robot.interact(() -> {
            view[0] = new YamlEditorView(doc, selection);
            ((javafx.scene.layout.StackPane) stage.getScene().getRoot()).getChildren().setAll(view[0]);
        });
        awaitFx(view[0]::isHighlightCurrent);
        return view[0];
    }

    private static void awaitFx(Callable<Boolean> condition) {
        await().atMost(Duration.ofSeconds(10)).until(() -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get();
    }

    private static Collection<String> styleAt(YamlEditorView view, String text, String needle) {
        return view.area().getStyleOfChar(text.indexOf(needle) + 1);
    }

    @Test
    void textIsHighlightedWithKeysStringsTemplatesAndComments(FxRobot robot) throws Exception {
        WorkflowDocument doc = document(TEXT);
        YamlEditorView view = show(robot, doc, new EditorSelection());
        assertThat(fx(() -> view.area().getText())).isEqualTo(TEXT);
        assertThat(fx(() -> styleAt(view, TEXT, "greet:"))).containsExactly("yaml-key");
        assertThat(fx(() -> styleAt(view, TEXT, "inputs.who"))).containsExactly("yaml-template");
        assertThat(fx(() -> styleAt(view, TEXT, "# the greeting"))).containsExactly("yaml-comment");
        assertThat(fx(() -> styleAt(view, TEXT, "\"done\""))).containsExactly("yaml-string");
        assertThat(fx(() -> styleAt(view, TEXT, "~"))).containsExactly("yaml-constant");
        robot.interact(() -> Screenshots.snapshot(stage.getScene(), "yaml-editor-light"));
        robot.interact(() -> Screenshots.theme(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.snapshot(stage.getScene(), "yaml-editor-dark"));
        robot.interact(() -> Screenshots.theme(false));
    }

    @Test
    void aLongFileOpensAtItsFirstLine(FxRobot robot) throws Exception {
        String text = Files.readString(Path.of("../sample-workflows/ci-build.yaml"));
        WorkflowDocument doc = document(text);
        YamlEditorView view = show(robot, doc, new EditorSelection());
        robot.interact(doc::validateNow);
        WaitForAsyncUtils.waitForFxEvents();
        awaitFx(view::isHighlightCurrent);
        robot.sleep(300);
        assertThat(fx(() -> view.area().firstVisibleParToAllParIndex())).isZero();
        assertThat(fx(() -> view.area().getCaretPosition())).isZero();
    }

    @Test
    void typingEditsTheDocumentAndCtrlZUndoesThroughItsStack(FxRobot robot) throws Exception {
        WorkflowDocument doc = document(TEXT);
        YamlEditorView view = show(robot, doc, new EditorSelection());
        int at = TEXT.indexOf("\"done\"") + "\"done".length();
        robot.interact(() -> {
            view.area().requestFocus();
            view.area().moveTo(at);
        });
        robot.write(" and dusted");
        assertThat(doc.text()).contains("log: \"done and dusted\"");
        assertThat(fx(() -> view.area().getText())).isEqualTo(doc.text());
        assertThat(doc.model().value(List.of("steps", "report", "log"))).contains("done and dusted");
        assertThat(doc.undoDescription()).isEqualTo("Edit YAML");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(doc.text()).isEqualTo(TEXT);
        assertThat(fx(() -> view.area().getText())).isEqualTo(TEXT);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertThat(doc.text()).contains("done and dusted");
        assertThat(fx(() -> view.area().getText())).isEqualTo(doc.text());
    }

    @Test
    void changesFromOtherViewsArriveAsSmallEditsAndKeepTheCaret(FxRobot robot) throws Exception {
        WorkflowDocument doc = document(TEXT);
        YamlEditorView view = show(robot, doc, new EditorSelection());
        int caretAt = TEXT.indexOf("log:");
        robot.interact(() -> view.area().moveTo(caretAt));
        Object canvas = new Object();
        robot.interact(() -> doc.edit("Set name", t -> t.setStepField("greet", "name", "Say hello"), canvas));
        String expected = doc.text();
        assertThat(fx(() -> view.area().getText())).isEqualTo(expected);
        // the caret stays on the same character, which moved down by the inserted line
        assertThat(fx(() -> view.area().getCaretPosition())).isEqualTo(expected.indexOf("log:"));
        awaitFx(view::isHighlightCurrent);
        assertThat(fx(() -> styleAt(view, expected, "name: Say"))).containsExactly("yaml-key");
    }

    @Test
    void anEditAboveTheViewKeepsTheSameLinesOnScreen(FxRobot robot) throws Exception {
        String text = YamlEditorBench.workflow(40);
        WorkflowDocument doc = document(text);
        YamlEditorView view = show(robot, doc, new EditorSelection());
        int unique = (int) text.substring(0, text.indexOf("echo \"{{ inputs.who }} 17\"")).chars().filter(c -> c == '\n').count();
        robot.interact(() -> view.area().showParagraphAtTop(unique));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> view.area().firstVisibleParToAllParIndex())).isEqualTo(unique);
        robot.interact(() -> doc.edit("Set name", t -> t.setStepField("step1", "name", "First"), new Object()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> view.area().getParagraph(view.area().firstVisibleParToAllParIndex()).getText()))
                .contains("{{ inputs.who }} 17");
    }

    @Test
    void anInvalidFileShowsItsProblemsInTheGutterAndUnderlined(FxRobot robot) throws Exception {
        String broken = TEXT.replace("needs: [greet]", "needs: [greeter]");
        WorkflowDocument doc = document(broken);
        YamlEditorView view = show(robot, doc, new EditorSelection());
        robot.interact(doc::validateNow);
        awaitFx(() -> !view.model().marks().isEmpty() && view.isHighlightCurrent());
        ProblemMark mark = view.model().marks().getFirst();
        assertThat(mark.problem().message()).contains("greeter");
        assertThat(mark.line()).isEqualTo(10);
        awaitFx(() -> view.area().getStyleOfChar(broken.indexOf("greeter") + 1).contains("problem-error"));
        assertThat(fx(() -> robot.lookup(".gutter-error").queryAll())).hasSize(1);
        robot.interact(() -> Screenshots.snapshot(stage.getScene(), "yaml-editor-problem"));
    }

    @Test
    void hoveringAnUnderlinedWordShowsTheProblemAndItsHint(FxRobot robot) throws Exception {
        String broken = TEXT.replace("needs: [greet]", "nedds: [greet]");
        WorkflowDocument doc = document(broken);
        YamlEditorView view = show(robot, doc, new EditorSelection());
        robot.interact(doc::validateNow);
        awaitFx(() -> view.isHighlightCurrent() && !view.model().marks().isEmpty());
        javafx.geometry.Bounds word = fx(() -> view.area()
                .getCharacterBoundsOnScreen(broken.indexOf("nedds") + 1, broken.indexOf("nedds") + 3).orElseThrow());
        robot.moveTo(new javafx.geometry.Point2D(word.getCenterX(), word.getCenterY()));
        awaitFx(() -> robot.listWindows().stream().anyMatch(w -> w instanceof javafx.scene.control.Tooltip t
                && t.isShowing() && t.getText().contains("unknown key 'nedds'") && t.getText().contains("Hint: did you mean 'needs'?")));
        robot.interact(() -> Screenshots.snapshot(stage.getScene(), "yaml-editor-hover"));
        robot.interact(() -> doc.replaceText("break", broken + "  oops: [\n", "test"));
        awaitFx(() -> robot.lookup(".syntax-bar").queryAs(javafx.scene.layout.HBox.class).isVisible());
        assertThat(robot.lookup(".syntax-bar .label").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("Line 14, column 1: YAML syntax error").contains("Hint: ");
        robot.interact(() -> Screenshots.snapshot(stage.getScene(), "yaml-editor-syntax-error"));
    }

    @Test
    void theCaretInAStepSelectsItAndRevealMovesTheCaret(FxRobot robot) throws Exception {
        WorkflowDocument doc = document(TEXT);
        EditorSelection selection = new EditorSelection();
        YamlEditorView view = show(robot, doc, selection);
        robot.interact(() -> {
            view.area().requestFocus();
            view.area().moveTo(TEXT.indexOf("log:"));
        });
        assertThat(selection.steps()).containsExactly("report");
        robot.interact(() -> view.area().moveTo(TEXT.indexOf("name: hello")));
        assertThat(selection.steps()).isEmpty();

        robot.interact(() -> selection.reveal(new EditorSelection.TextTarget(TEXT.indexOf("greet:"), 4, 3)));
        assertThat(fx(() -> view.area().getCaretPosition())).isEqualTo(TEXT.indexOf("greet:") + "greet".length());
        assertThat(fx(() -> view.area().getSelectedText())).isEqualTo("greet");
    }

    @Test
    void windowsLineBreaksStayInTheDocument(FxRobot robot) throws Exception {
        String crlf = TEXT.replace("\n", "\r\n");
        WorkflowDocument doc = document(crlf);
        YamlEditorView view = show(robot, doc, new EditorSelection());
        assertThat(fx(() -> view.area().getText())).isEqualTo(TEXT);
        int at = TEXT.indexOf("log: \"done\"") + "log: \"done\"".length();
        robot.interact(() -> {
            view.area().requestFocus();
            view.area().moveTo(at);
        });
        robot.type(KeyCode.ENTER).write("if: ok");
        assertThat(doc.text()).isEqualTo(crlf.replace("log: \"done\"\r\n", "log: \"done\"\r\n    if: ok\r\n"));
        robot.interact(() -> doc.edit("rename", t -> t.renameStep("greet", "welcome"), new Object()));
        assertThat(fx(() -> view.area().getText())).isEqualTo(doc.text().replace("\r\n", "\n"));
        assertThat(Set.copyOf(doc.model().stepIds(dev.junction.workflow.edit.StepSection.STEPS))).contains("welcome");
    }
}
