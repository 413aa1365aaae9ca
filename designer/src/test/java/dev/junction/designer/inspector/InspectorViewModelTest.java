package dev.junction.designer.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.designer.document.EditorSelection;
import dev.junction.designer.document.WorkflowDocument;
import dev.junction.designer.inspector.InspectorViewModel.Mode;
import dev.junction.workflow.load.WorkflowLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inspector's logic without a window: what it targets, and that each form change is one minimal command. */
class InspectorViewModelTest {

    static final String TEXT = """
            # Build and ship
            name: ship
            description: Builds and ships
            inputs:
              who: { type: string, default: world }   # greeting target
              level: integer
            steps:
              build:
                run: make        # compile
                timeout: 10m
                retry: 3
                env:
                  A: 1           # first
                  B: two
              test:
                needs: [build]
                http:
                  url: https://example.org/health
                  method: GET
              ship:
                needs: [test]
                log: shipped {{ inputs.who }}
            """;

    @TempDir
    Path dir;
    private WorkflowDocument doc;
    private EditorSelection selection;
    private InspectorViewModel model;

    @BeforeEach
    void open() {
        doc = WorkflowDocument.of(dir.resolve("ship.yaml"), TEXT, WorkflowLoader.standard());
        selection = new EditorSelection();
        model = new InspectorViewModel(Runnable::run);
        model.setTarget(doc, selection);
    }

    /** The lines of {@code after} that differ from {@code before}, when both have the same number of lines. */
    static List<String> changedLines(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        assertThat(b).as("line count").hasSameSizeAs(a);
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                changed.add(b.get(i));
            }
        }
        return changed;
    }

    @Test
    void theTargetFollowsTheSelection() {
        assertThat(model.state().mode()).isEqualTo(Mode.WORKFLOW);
        selection.select(List.of("test"));
        assertThat(model.state()).isEqualTo(new InspectorViewModel.State(Mode.STEP, "test", "http", true, 1));
        assertThat(model.stepValues()).containsEntry("needs", List.of("build"));
        assertThat(model.needCandidates()).containsExactly("build", "ship");
        selection.select(List.of("test", "ship"));
        assertThat(model.state().mode()).isEqualTo(Mode.MANY);
        selection.select(List.of("gone"));
        assertThat(model.state().mode()).isEqualTo(Mode.WORKFLOW);
        doc.replaceText("broken", TEXT + "  bad: [\n", this);
        selection.select(List.of("build"));
        assertThat(model.state().editable()).isFalse();
        assertThat(model.setStepField(List.of("timeout"), "5m", "")).contains("syntax error");
        model.setTarget(null, null);
        assertThat(model.state().mode()).isEqualTo(Mode.NONE);
    }

    @Test
    void aScalarFieldChangesExactlyOneLineAndUndoesInOneStep() {
        selection.select(List.of("build"));
        assertThat(model.setStepField(List.of("timeout"), "5m", "")).isEmpty();
        assertThat(changedLines(TEXT, doc.text())).containsExactly("    timeout: 5m");
        doc.undo();
        assertThat(doc.text()).isEqualTo(TEXT);

        selection.select(List.of("test"));
        assertThat(model.setStepField(List.of("http", "method"), "POST", "")).isEmpty();
        assertThat(changedLines(TEXT, doc.text())).containsExactly("      method: POST");
    }

    @Test
    void aMapIsChangedEntryByEntryKeepingTheOthersAndTheirComments() {
        selection.select(List.of("build"));
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("A", "1");      // unchanged, though the form holds text
        env.put("B", "three");  // changed
        assertThat(model.setStepField(List.of("env"), env, "")).isEmpty();
        assertThat(changedLines(TEXT, doc.text())).containsExactly("      B: three");
        env.remove("B");
        env.put("C", "x");
        assertThat(model.setStepField(List.of("env"), env, "")).isEmpty();
        assertThat(doc.text()).contains("      A: 1           # first\n      C: x\n").doesNotContain("B:");
        doc.undo();
        doc.undo();
        assertThat(doc.text()).isEqualTo(TEXT);
    }

    @Test
    void needsAreAddedAndRemovedOneIdAtATimeAsOneCommand() {
        selection.select(List.of("ship"));
        assertThat(model.setStepField(List.of("needs"), List.of("build"), "")).isEmpty();
        assertThat(changedLines(TEXT, doc.text())).containsExactly("    needs: [build]");
        assertThat(model.setStepField(List.of("needs"), List.of("build", "test"), "")).isEmpty();
        assertThat(doc.text()).contains("    needs: [build, test]\n    log:");
        doc.undo();
        doc.undo();
        assertThat(doc.text()).isEqualTo(TEXT);
    }

    @Test
    void aShorthandStaysAScalarUntilASecondFieldIsSet() {
        selection.select(List.of("build"));
        assertThat(model.setStepField(List.of("retry", "attempts"), 5L, "attempts")).isEmpty();
        assertThat(changedLines(TEXT, doc.text())).containsExactly("    retry: 5");
        assertThat(model.setStepField(List.of("retry", "delay"), "10s", "attempts")).isEmpty();
        assertThat(doc.model().value(List.of("steps", "build", "retry")))
                .contains(Map.of("attempts", 5L, "delay", "10s"));
        assertThat(model.setStepField(List.of("retry", "delay"), null, "attempts")).isEmpty();
        assertThat(doc.model().value(List.of("steps", "build", "retry"))).contains(Map.of("attempts", 5L));
    }

    @Test
    void clearingAFieldRemovesItsLine() {
        selection.select(List.of("build"));
        assertThat(model.setStepField(List.of("timeout"), null, "")).isEmpty();
        assertThat(doc.text()).isEqualTo(TEXT.replace("    timeout: 10m\n", ""));
    }

    @Test
    void renamingAStepRenamesItsReferencesAndTheSelectionFollows() {
        selection.select(List.of("build"));
        assertThat(model.renameStep("compile")).isEmpty();
        assertThat(doc.text()).contains("  compile:\n", "needs: [compile]");
        assertThat(selection.steps()).containsExactly("compile");
        assertThat(model.state().step()).isEqualTo("compile");
        assertThat(model.renameStep("test")).contains("already exists");
        assertThat(model.renameStep("not valid!")).contains("not a valid step id");
        assertThat(doc.text()).contains("  compile:\n");
    }

    @Test
    void workflowFieldsAndInputsAreEditedInPlace() {
        assertThat(model.setWorkflowField("max-parallel", 4L)).isEmpty();
        assertThat(doc.text()).contains("  level: integer\nmax-parallel: 4\nsteps:\n"); // in the format's key order
        doc.undo();
        assertThat(model.setInputField("who", "default", "you")).isEmpty();
        assertThat(changedLines(TEXT, doc.text()))
                .containsExactly("  who: { type: string, default: you }   # greeting target");
        doc.undo();
        assertThat(model.setInputField("level", "default", 3L)).isEmpty(); // a bare type becomes a map
        assertThat(doc.model().value(List.of("inputs", "level"))).contains(Map.of("type", "integer", "default", 3L));
        assertThat(model.inputs()).containsOnlyKeys("who", "level");
        assertThat(model.addInput("who", "string")).contains("already");
        assertThat(model.addInput("2x", "string")).contains("input name");
        assertThat(model.addInput("count", "integer")).isEmpty();
        assertThat(model.inputs().get("count")).isEqualTo(Map.of("type", "integer"));
        assertThat(model.removeInput("count")).isEmpty();
        assertThat(model.inputs()).doesNotContainKey("count");
    }

    @Test
    void renamingAnInputRenamesItsReferencesInOneUndoableEdit() {
        assertThat(model.renameInput("who", "target")).isEmpty();
        assertThat(changedLines(TEXT, doc.text())).containsExactly(
                "  target: { type: string, default: world }   # greeting target",
                "    log: shipped {{ inputs.target }}");
        assertThat(doc.validateNow().problems()).noneMatch(p -> p.message().contains("who") || p.message().contains("target"));
        assertThat(model.renameInput("target", "level")).contains("already exists");
        assertThat(model.renameInput("target", "no-dash")).contains("not a valid input name");
        assertThat(model.renameInput("target", " ")).contains("needs a name");
        assertThat(model.renameInput("target", "target")).isEmpty();
        doc.undo();
        assertThat(doc.text()).isEqualTo(TEXT);
    }

    @Test
    void aUsesStepReadsItsActionsInputs() throws Exception {
        Path action = Files.createDirectories(dir.resolve("actions/greet"));
        Files.writeString(action.resolve("action.yaml"), """
                name: greet
                inputs:
                  who: { type: string, description: Who to greet }
                  times: { type: integer, default: 1 }
                runs:
                  log: hi {{ inputs.who }}
                """);
        doc.replaceText("uses", TEXT + "  greet:\n    uses: ./actions/greet\n    with:\n      who: me\n", this);
        selection.select(List.of("greet"));
        assertThat(model.state().kind()).isEqualTo("uses");
        assertThat(model.action()).hasValueSatisfying(a -> assertThat(a.inputs()).containsOnlyKeys("who", "times"));
        assertThat(model.setStepField(List.of("with", "times"), 2L, "")).isEmpty();
        assertThat(doc.text()).endsWith("    with:\n      who: me\n      times: 2\n");
    }
}
