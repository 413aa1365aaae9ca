package dev.junction.designer.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.workflow.edit.TextEdit;
import dev.junction.workflow.load.WorkflowLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The document's one undo stack, without a window: every view's edits undo and redo exactly. */
class WorkflowDocumentTest {

    private static final String TEXT = """
            # deploys things
            name: demo
            steps:
              build:
                run: make   # the build
              test:
                run: make test
            """;

    @TempDir
    Path dir;

    @Test
    void structuredEditsUndoAndRedoToTheExactText() throws Exception {
        WorkflowDocument doc = WorkflowDocument.of(dir.resolve("demo.yaml"), TEXT, WorkflowLoader.standard());
        doc.edit("Add need", t -> t.addNeed("test", "build"), this);
        doc.edit("Add step", t -> t.addStep("deploy", Map.of("needs", List.of("test"), "run", "./deploy.sh")), this);
        String afterBoth = doc.text();
        assertThat(afterBoth).contains("needs: [build]", "deploy:", "# the build");

        doc.undo();
        doc.undo();
        assertThat(doc.text()).isEqualTo(TEXT);
        assertThat(doc.dirtyProperty().get()).isFalse();
        doc.redo();
        doc.redo();
        assertThat(doc.text()).isEqualTo(afterBoth);
        assertThat(doc.canRedoProperty().get()).isFalse();
    }

    @Test
    void typingBurstIsOneUndoStepAndANewEditClearsRedo() {
        WorkflowDocument doc = WorkflowDocument.of(dir.resolve("demo.yaml"), TEXT, WorkflowLoader.standard());
        int at = TEXT.indexOf("make test") + "make test".length();
        doc.editText("Typing", List.of(TextEdit.insert(at, " -")), "editor");
        doc.editText("Typing", List.of(TextEdit.insert(at + 2, "j")), "editor");
        doc.editText("Typing", List.of(TextEdit.insert(at + 3, "2")), "editor");
        assertThat(doc.text()).contains("make test -j2");
        doc.undo();
        assertThat(doc.text()).isEqualTo(TEXT);
        doc.redo();
        assertThat(doc.text()).contains("make test -j2");
    }

    @Test
    void brokenTextKeepsTheLastGoodModelAndBlocksStructuredEdits() {
        WorkflowDocument doc = WorkflowDocument.of(dir.resolve("demo.yaml"), TEXT, WorkflowLoader.standard());
        var good = doc.model();
        doc.replaceText("Paste", TEXT + "  broken: [\n", "editor");
        assertThatThrownBy(doc::modelNow).isInstanceOf(IllegalStateException.class);
        assertThat(doc.syntaxErrorProperty().get()).contains("demo.yaml");
        assertThat(doc.model()).isSameAs(good);
        assertThatThrownBy(() -> doc.edit("x", t -> t.removeStep("build"), this)).isInstanceOf(IllegalStateException.class);
        doc.undo();
        assertThat(doc.modelNow().text()).isEqualTo(TEXT);
        assertThat(doc.syntaxErrorProperty().get()).isNull();
    }

    @Test
    void openAndSaveUnchangedIsByteIdentical() throws Exception {
        Path file = dir.resolve("crlf.yaml");
        byte[] original = TEXT.replace("\n", "\r\n").concat("# no newline at end").getBytes("UTF-8");
        Files.write(file, original);
        WorkflowDocument doc = WorkflowDocument.open(file, WorkflowLoader.standard());
        doc.save();
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
    }

    @Test
    void validationReportsProblemsOfTheCurrentText() {
        WorkflowDocument doc = WorkflowDocument.of(dir.resolve("demo.yaml"), TEXT, WorkflowLoader.standard());
        doc.edit("Add need", t -> t.addNeed("test", "build"), this);
        doc.replaceText("Typo", doc.text().replace("needs: [build]", "needs: [biuld]"), "editor");
        assertThat(doc.validateNow().problems()).anySatisfy(p -> assertThat(p.message()).contains("'biuld'"));
    }
}
