package dev.junction.workflow.edit;

import static dev.junction.workflow.edit.EditChecks.checked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.workflow.source.InvalidDefinitionException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input and YAML the editor does not rewrite: clear errors, and the document untouched. */
class EditErrorsTest {

    private static final String DOC = "steps:\n  a:\n    run: x\n  b:\n    run: y\non-failure:\n  n:\n    log: bad\n";

    @Test
    void textThatIsNotYamlIsRejectedWithItsPlace() {
        assertThatThrownBy(() -> WorkflowText.parse("steps:\n  a:\n    run: [unclosed\n"))
                .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining(":4:");
        assertThatThrownBy(() -> WorkflowText.parse("steps:\n\ta: x\n"))
                .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("replace the tab");
    }

    @Test
    void unknownStepsAreNamed() {
        WorkflowText doc = WorkflowText.parse(DOC);
        assertThatThrownBy(() -> doc.removeStep("zz")).isInstanceOf(WorkflowEditException.class).hasMessage("no step 'zz'");
        assertThatThrownBy(() -> doc.renameStep("zz", "yy")).isInstanceOf(WorkflowEditException.class).hasMessage("no step 'zz'");
        assertThatThrownBy(() -> doc.setStepField("zz", "run", "x")).isInstanceOf(WorkflowEditException.class).hasMessage("no step 'zz'");
        assertThatThrownBy(() -> doc.duplicateStep("zz", "yy")).isInstanceOf(WorkflowEditException.class).hasMessage("no step 'zz'");
    }

    @Test
    void stepIdsMustBeFreeAcrossBothSectionsAndWellFormed() {
        WorkflowText doc = WorkflowText.parse(DOC);
        assertThatThrownBy(() -> doc.addStep("n", Map.of("run", "x"))).isInstanceOf(WorkflowEditException.class)
                .hasMessage("a step 'n' already exists");
        assertThatThrownBy(() -> doc.renameStep("a", "b")).isInstanceOf(WorkflowEditException.class)
                .hasMessage("a step 'b' already exists");
        for (String bad : List.of("", "-lead", "has space", "dot.ted", "quo'te", "ünï")) {
            assertThatThrownBy(() -> doc.addStep(bad, Map.of("run", "x"))).as(bad)
                    .isInstanceOf(WorkflowEditException.class).hasMessageContaining("not a valid step id");
        }
        assertThat(checked(doc.addStep("ok_id-2", Map.of("run", "x"))).stepIds(StepSection.STEPS)).contains("ok_id-2");
    }

    @Test
    void emptyKeysAndPathsAreRejected() {
        WorkflowText doc = WorkflowText.parse(DOC);
        assertThatThrownBy(() -> doc.setStepField("a", "", "x")).isInstanceOf(WorkflowEditException.class);
        assertThatThrownBy(() -> doc.setStepNestedField("a", List.of(), "x")).isInstanceOf(WorkflowEditException.class);
        assertThatThrownBy(() -> doc.setWorkflowField("", "x")).isInstanceOf(WorkflowEditException.class);
    }

    @Test
    void aFileThatIsNotAMapCannotBeEdited() {
        assertThatThrownBy(() -> WorkflowText.parse("- a\n- b\n").addStep("a", Map.of("run", "x")))
                .isInstanceOf(WorkflowEditException.class).hasMessageContaining("must be a map of keys at the top, not a list");
        assertThatThrownBy(() -> WorkflowText.parse("steps: [a, b]\n").addStep("c", Map.of("run", "x")))
                .isInstanceOf(WorkflowEditException.class).hasMessageContaining("'steps'").hasMessageContaining("is a list, not a map");
    }

    @Test
    void stepsThroughAliasesCanBeEditedAroundTheAlias() {
        String text = EditChecks.fixture("anchors.yaml");
        WorkflowText doc = WorkflowText.parse(text);

        WorkflowText run = checked(doc.setStepField("a", "run", "echo A"));
        assertThat(run.text()).isEqualTo(text.replace("run: echo a", "run: echo A"));
        assertThat(run.value(List.of("steps", "b", "env"))).contains(Map.of("REGION", "eu"));

        WorkflowText replaced = checked(doc.setStepField("b", "env", Map.of("REGION", "us")));
        assertThat(replaced.text()).contains("  b:\n    needs: [a]\n    env:\n      REGION: us\n    run: echo b\n");
        assertThat(replaced.value(List.of("steps", "a", "env"))).contains(Map.of("REGION", "eu"));

        assertThat(checked(doc.removeStepField("a", "env")).text()).doesNotContain("  a:\n    env: *common");
        assertThat(checked(doc.removeStep("a")).stepIds(StepSection.STEPS)).containsExactly("b");
        assertThat(checked(doc.renameStep("a", "first")).needs("b")).containsExactly("first");
    }

    @Test
    void anAnchoredValueIsNotRewrittenSilently() {
        WorkflowText doc = WorkflowText.parse(EditChecks.fixture("anchors.yaml"));
        assertThatThrownBy(() -> doc.setWorkflowField("env", Map.of("X", "1")))
                .isInstanceOf(WorkflowEditException.class).hasMessageContaining("anchor");
        assertThatThrownBy(() -> doc.removeWorkflowField("env"))
                .isInstanceOf(WorkflowEditException.class).hasMessageContaining("anchor");
        assertThatThrownBy(() -> doc.setStepNestedField("a", List.of("env", "X"), "1"))
                .isInstanceOf(WorkflowEditException.class).hasMessageContaining("alias");
        assertThat(checked(doc.setStepNestedField("a", List.of("env"), Map.of("X", "1")))
                .value(List.of("steps", "a", "env"))).contains(Map.of("X", "1"));
    }

    @Test
    void duplicateKeysAreKeptAsProblemsAndTheFirstOneIsEdited() {
        String text = "steps:\n  a:\n    run: x\n    run: y\n  b:\n    log: z\n";
        WorkflowText doc = WorkflowText.parse(text);
        assertThat(doc.problems()).hasSize(1);
        assertThat(doc.problems().getFirst().message()).contains("duplicate key 'run'");

        WorkflowText after = checked(doc.setStepField("a", "run", "first"));
        assertThat(after.text()).isEqualTo("steps:\n  a:\n    run: first\n    run: y\n  b:\n    log: z\n");
        assertThat(checked(doc.removeStep("a")).text()).isEqualTo("steps:\n  b:\n    log: z\n");
        assertThat(checked(doc.addNeed("b", "a")).text()).isEqualTo("steps:\n  a:\n    run: x\n    run: y\n  b:\n    needs: [a]\n    log: z\n");
    }

    @Test
    void aFailedEditLeavesTheDocumentAsItWas() {
        WorkflowText doc = WorkflowText.parse(DOC);
        assertThatThrownBy(() -> doc.addNeed("a", "n")).isInstanceOf(WorkflowEditException.class);
        assertThat(doc.text()).isEqualTo(DOC);
        assertThat(doc.needs("a")).isEmpty();
    }
}
