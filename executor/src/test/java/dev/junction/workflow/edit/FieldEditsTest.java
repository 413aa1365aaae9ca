package dev.junction.workflow.edit;

import static dev.junction.workflow.edit.EditChecks.checked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldEditsTest {

    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    // ---------------------------------------------------------------- step fields

    @Test
    void aScalarIsReplacedInPlaceKeepingTheComment() {
        String text = "steps:\n  a:\n    run: make   # build\n    timeout: 5m\n";
        WorkflowEdit edit = WorkflowText.parse(text).setStepField("a", "timeout", "10m");

        assertThat(checked(edit).text()).isEqualTo("steps:\n  a:\n    run: make   # build\n    timeout: 10m\n");
        assertThat(edit.edits()).containsExactly(new TextEdit(text.indexOf("5m"), 2, "10m"));
    }

    @Test
    void settingTheValueThatIsAlreadyThereChangesNothing() {
        WorkflowText doc = WorkflowText.parse("steps:\n  a:\n    run: make\n    retry: {attempts: 3}\n    timeout: 5\n");
        assertThat(doc.setStepField("a", "run", "make").isEmpty()).isTrue();
        assertThat(doc.setStepField("a", "retry", Map.of("attempts", 3L)).isEmpty()).isTrue();
        assertThat(doc.setStepField("a", "timeout", 5.0).isEmpty()).isTrue();
    }

    @Test
    void newFieldsGoInTheFormatsOrderAroundTheKindKey() {
        String text = "steps:\n  a:\n    name: A\n    run: make\n    outputs:\n      v: x\n";
        WorkflowText doc = WorkflowText.parse(text);

        assertThat(checked(doc.setStepField("a", "if", "{{ inputs.go }}")).text())
                .isEqualTo("steps:\n  a:\n    name: A\n    if: \"{{ inputs.go }}\"\n    run: make\n    outputs:\n      v: x\n");
        assertThat(checked(doc.setStepField("a", "env", map("A", "1"))).text())
                .isEqualTo("steps:\n  a:\n    name: A\n    run: make\n    env:\n      A: \"1\"\n    outputs:\n      v: x\n");
        assertThat(checked(doc.setStepField("a", "runs-on", List.of("linux"))).text())
                .isEqualTo(text + "    runs-on: [linux]\n");
        assertThat(checked(doc.setStepField("a", "custom", "x")).text())
                .as("an unknown key ranks with the kind key")
                .isEqualTo("steps:\n  a:\n    name: A\n    run: make\n    custom: x\n    outputs:\n      v: x\n");
    }

    @Test
    void aScalarBecomesAMapKeepingTheKeysComment() {
        String text = "steps:\n  a:\n    with: none   # to be filled\n    uses: act@v1\n";
        assertThat(checked(WorkflowText.parse(text).setStepField("a", "with", map("ref", "main", "depth", 1))).text())
                .isEqualTo("steps:\n  a:\n    with:   # to be filled\n      ref: main\n      depth: 1\n    uses: act@v1\n");
    }

    @Test
    void aBlockMapBecomesAScalarOrANewBlock() {
        String text = "steps:\n  a:\n    env:   # vars\n      A: 1\n      B: 2\n    run: x\n";
        WorkflowText doc = WorkflowText.parse(text);

        assertThat(checked(doc.setStepField("a", "env", "none")).text()).isEqualTo("steps:\n  a:\n    env: none # vars\n    run: x\n");
        assertThat(checked(doc.setStepField("a", "env", map("C", "3"))).text())
                .isEqualTo("steps:\n  a:\n    env:   # vars\n      C: \"3\"\n    run: x\n");
        assertThat(checked(doc.setStepField("a", "env", Map.of())).text()).isEqualTo("steps:\n  a:\n    env: {} # vars\n    run: x\n");
    }

    @Test
    void aFlowValueStaysFlowWhenItFits() {
        String text = "steps:\n  a:\n    retry: { attempts: 3, delay: 5s }\n    run: x\n";
        assertThat(checked(WorkflowText.parse(text).setStepField("a", "retry", map("attempts", 5, "delay", "1s"))).text())
                .isEqualTo("steps:\n  a:\n    retry: {attempts: 5, delay: 1s}\n    run: x\n");
    }

    @Test
    void aMultiLineValueReplacingAPlainOneKeepsTheCommentOnTheBlockHeader() {
        String text = "steps:\n  a:\n    run: make   # build it\n    timeout: 5m\n";
        assertThat(checked(WorkflowText.parse(text).setStepField("a", "run", "make\nmake test\n")).text())
                .isEqualTo("steps:\n  a:\n    run: |   # build it\n      make\n      make test\n    timeout: 5m\n");
    }

    @Test
    void fieldsOfAFlowStepAreSetInFlowStyle() {
        WorkflowText doc = WorkflowText.parse(EditChecks.fixture("flow-steps.yaml"));
        assertThat(checked(doc.setStepField("a", "timeout", "1m")).text())
                .contains("steps: {a: {run: echo a, timeout: 1m}, b: {needs: [a], run: echo b}}");
        assertThat(checked(doc.setStepField("b", "run", "echo {{ steps.a.outputs.x }}")).text())
                .contains("b: {needs: [a], run: \"echo {{ steps.a.outputs.x }}\"}}");
        assertThat(checked(doc.removeStepField("b", "needs")).text()).contains("b: {run: echo b}}");
    }

    @Test
    void removingFieldsTakesTheirLinesAndNestedBlocks() {
        String text = "steps:\n  a:\n    needs: [b]\n    env:\n      A: 1\n      # B: 2\n    run: x\n  b:\n    run: y\n";
        WorkflowText doc = WorkflowText.parse(text);

        assertThat(checked(doc.removeStepField("a", "env")).text()).isEqualTo("steps:\n  a:\n    needs: [b]\n    run: x\n  b:\n    run: y\n");
        assertThat(checked(doc.removeStepField("a", "run")).text())
                .isEqualTo("steps:\n  a:\n    needs: [b]\n    env:\n      A: 1\n      # B: 2\n  b:\n    run: y\n");
        assertThat(checked(doc.removeStepField("b", "run")).text()).isEqualTo(text.replace("  b:\n    run: y\n", "  b: {}\n"));
        assertThat(doc.removeStepField("a", "timeout").isEmpty()).isTrue();
    }

    @Test
    void nestedFieldsAreSetInsideBlockAndFlowMapsAndCreatedWhenMissing() {
        String text = "steps:\n  h:\n    http: { method: GET, url: \"http://a\" }\n  r:\n    run: x\n";
        WorkflowText doc = WorkflowText.parse(text);

        assertThat(checked(doc.setStepNestedField("h", List.of("http", "url"), "http://b:8080/x")).text())
                .contains("    http: { method: GET, url: \"http://b:8080/x\" }\n");
        assertThat(checked(doc.setStepNestedField("h", List.of("http", "expect", "status"), 204)).text())
                .contains("    http: { method: GET, url: \"http://a\", expect: {status: 204} }\n");
        assertThat(checked(doc.setStepNestedField("r", List.of("env", "FOO"), "bar")).text())
                .endsWith("  r:\n    run: x\n    env:\n      FOO: bar\n");
        WorkflowText withEnv = checked(doc.setStepNestedField("r", List.of("env", "FOO"), "bar"));
        assertThat(checked(withEnv.setStepNestedField("r", List.of("env", "BAZ"), "{{ inputs.x }}")).text())
                .endsWith("    env:\n      FOO: bar\n      BAZ: \"{{ inputs.x }}\"\n");
    }

    @Test
    void removingTheLastNestedFieldRemovesItsMapButNotTheKindsMap() {
        String text = "steps:\n  a:\n    http:\n      url: http://a\n    env:\n      FOO: bar\n    retry: {attempts: 3}\n";
        WorkflowText doc = WorkflowText.parse(text);

        assertThat(checked(doc.removeStepNestedField("a", List.of("env", "FOO"))).text())
                .isEqualTo("steps:\n  a:\n    http:\n      url: http://a\n    retry: {attempts: 3}\n");
        assertThat(checked(doc.removeStepNestedField("a", List.of("retry", "attempts"))).text())
                .isEqualTo("steps:\n  a:\n    http:\n      url: http://a\n    env:\n      FOO: bar\n");
        assertThat(checked(doc.removeStepNestedField("a", List.of("http", "url"))).text())
                .isEqualTo("steps:\n  a:\n    http: {}\n    env:\n      FOO: bar\n    retry: {attempts: 3}\n");
    }

    @Test
    void aNestedFieldUnderAScalarIsAClearError() {
        WorkflowText doc = WorkflowText.parse("steps:\n  a:\n    retry: 3\n    run: x\n");
        assertThatThrownBy(() -> doc.setStepNestedField("a", List.of("retry", "attempts"), 5))
                .isInstanceOf(WorkflowEditException.class)
                .hasMessageContaining("'retry'").hasMessageContaining("is an integer, not a map");
    }

    // ---------------------------------------------------------------- workflow fields

    @Test
    void workflowFieldsAreReplacedInPlaceOrAddedInTheFormatsOrder() {
        String text = "# head\nname: x   # the name\n\nsteps:\n  a:\n    run: y\n";
        WorkflowText doc = WorkflowText.parse(text);

        assertThat(checked(doc.setWorkflowField("name", "renamed")).text()).isEqualTo(text.replace("name: x ", "name: renamed "));
        assertThat(checked(doc.setWorkflowField("description", "Line one\nLine two")).text())
                .as("keys separated by blank lines get one too")
                .isEqualTo("# head\nname: x   # the name\n\ndescription: |-\n  Line one\n  Line two\n\nsteps:\n  a:\n    run: y\n");
        assertThat(checked(doc.setWorkflowField("max-parallel", 4)).text())
                .isEqualTo("# head\nname: x   # the name\n\nmax-parallel: 4\n\nsteps:\n  a:\n    run: y\n");
        assertThat(checked(doc.setWorkflowField("on-failure", Map.of("n", Map.of("log", "bad")))).text())
                .isEqualTo(text + "\non-failure:\n  n:\n    log: bad\n");
        assertThat(checked(doc.removeWorkflowField("name")).text())
                .as("the file's opening comment stays; the blank line after the key goes with it")
                .isEqualTo("# head\nsteps:\n  a:\n    run: y\n");
    }

    // ---------------------------------------------------------------- inputs

    @Test
    void anInputIsAddedInTheStyleOfItsSiblings() {
        String text = "inputs:\n  branch: { type: string, default: main }\nsteps: {}\n";
        assertThat(checked(WorkflowText.parse(text).setInput("replicas", map("type", "integer", "minimum", 1))).text())
                .isEqualTo("inputs:\n  branch: { type: string, default: main }\n  replicas: {type: integer, minimum: 1}\nsteps: {}\n");
    }

    @Test
    void inputsAreCreatedWhereTheFormatPutsThem() {
        String text = "name: x\ndescription: y\nsteps:\n  a:\n    run: z\n";
        assertThat(checked(WorkflowText.parse(text).setInput("dry_run", map("type", "boolean", "default", false))).text())
                .isEqualTo("name: x\ndescription: y\ninputs:\n  dry_run:\n    type: boolean\n    default: false\nsteps:\n  a:\n    run: z\n");
    }

    @Test
    void inputFieldsAreSetInTheirFlowMaps() {
        String text = "inputs:\n  env: { type: string, enum: [staging, production], default: staging }\n";
        WorkflowText doc = WorkflowText.parse(text);

        assertThat(checked(doc.setInputField("env", "default", "production")).text())
                .isEqualTo("inputs:\n  env: { type: string, enum: [staging, production], default: production }\n");
        assertThat(checked(doc.setInputField("env", "enum", List.of("a", "b", "c"))).text())
                .isEqualTo("inputs:\n  env: { type: string, enum: [a, b, c], default: staging }\n");
        assertThat(checked(doc.setInputField("env", "description", "Where to")).text())
                .isEqualTo("inputs:\n  env: { type: string, enum: [staging, production], default: staging, description: Where to }\n");
        assertThat(checked(doc.removeInputField("env", "enum")).text())
                .isEqualTo("inputs:\n  env: { type: string, default: staging }\n");
    }

    @Test
    void removingInputsTheLastOneTakesTheKey() {
        String text = "name: x\ninputs:\n  a: {type: string}\n  b: {type: string}\nsteps: {}\n";
        WorkflowText doc = WorkflowText.parse(text);

        WorkflowText withoutA = checked(doc.removeInput("a"));
        assertThat(withoutA.text()).isEqualTo("name: x\ninputs:\n  b: {type: string}\nsteps: {}\n");
        assertThat(checked(withoutA.removeInput("b")).text()).isEqualTo("name: x\nsteps: {}\n");
        assertThat(doc.removeInput("c").isEmpty()).isTrue();
    }

    @Test
    void renamingAnInputUpdatesItsKeyAndEveryTemplateReferenceAndNothingElse() {
        String text = """
                name: deploy
                inputs:
                  env:   # where to
                    { type: string, default: staging }
                  envelope: { type: string }
                steps:
                  go:
                    run: ./deploy.sh {{ inputs.env }} {{ inputs.envelope }} {{ myinputs.env }}
                    if: "{{ inputs['env'] != 'prod' and inputs[\\"env\\"] != 'x' }}"
                    env: { TARGET: '{{ inputs["env"] }}', env: keep }
                """;
        WorkflowEdit edit = WorkflowText.parse(text).renameInput("env", "target");

        assertThat(checked(edit).text()).isEqualTo("""
                name: deploy
                inputs:
                  target:   # where to
                    { type: string, default: staging }
                  envelope: { type: string }
                steps:
                  go:
                    run: ./deploy.sh {{ inputs.target }} {{ inputs.envelope }} {{ myinputs.env }}
                    if: "{{ inputs['target'] != 'prod' and inputs[\\"target\\"] != 'x' }}"
                    env: { TARGET: '{{ inputs["target"] }}', env: keep }
                """);
        assertThat(edit.edits()).allSatisfy(e -> assertThat(e.replacement()).isEqualTo("target"));
        assertThat(WorkflowText.parse(text).renameInput("env", "env").isEmpty()).isTrue();
    }

    @Test
    void renamingAnInputToABadOrTakenNameOrAMissingOneIsAnError() {
        WorkflowText doc = WorkflowText.parse("inputs:\n  a: {type: string}\n  b: {type: string}\nsteps: {}\n");
        assertThatThrownBy(() -> doc.renameInput("a", "b")).isInstanceOf(WorkflowEditException.class)
                .hasMessage("an input 'b' already exists");
        assertThatThrownBy(() -> doc.renameInput("a", "1st")).isInstanceOf(WorkflowEditException.class)
                .hasMessageContaining("not a valid input name");
        assertThatThrownBy(() -> doc.renameInput("a", "with-dash")).isInstanceOf(WorkflowEditException.class)
                .hasMessageContaining("not a valid input name");
        assertThatThrownBy(() -> doc.renameInput("zz", "c")).isInstanceOf(WorkflowEditException.class)
                .hasMessage("no input 'zz'");
        assertThatThrownBy(() -> WorkflowText.parse("steps: {}\n").renameInput("a", "c"))
                .isInstanceOf(WorkflowEditException.class).hasMessage("no input 'a'");
    }

    @Test
    void aFieldOfAMissingInputIsAnError() {
        assertThatThrownBy(() -> WorkflowText.parse("inputs: {}\n").setInputField("nope", "type", "string"))
                .isInstanceOf(WorkflowEditException.class).hasMessage("no input 'nope'");
    }
}
