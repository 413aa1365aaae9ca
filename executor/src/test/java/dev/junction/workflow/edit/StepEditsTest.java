package dev.junction.workflow.edit;

import static dev.junction.workflow.edit.EditChecks.checked;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StepEditsTest {

    private static Map<String, Object> fields(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    // ---------------------------------------------------------------- addStep

    @Test
    void addedStepGoesAtTheEndWithABlankLineWhenStepsAreSeparatedByBlankLines() {
        String text = "steps:\n  a:\n    run: x\n\n  b:\n    run: y\n\non-failure: {}\n";
        WorkflowEdit edit = WorkflowText.parse(text).addStep("c", fields("needs", List.of("a", "b"), "run", "z"));

        assertThat(checked(edit).text()).isEqualTo(
                "steps:\n  a:\n    run: x\n\n  b:\n    run: y\n\n  c:\n    needs: [a, b]\n    run: z\n\non-failure: {}\n");
        assertThat(edit.edits()).hasSize(1);
    }

    @Test
    void addedStepFollowsTheDocumentsIndentationUnit() {
        WorkflowEdit edit = WorkflowText.parse(EditChecks.fixture("compact.yaml"))
                .addStep("extra", fields("needs", List.of("last"), "env", Map.of("B", "2"), "run", "echo extra"));

        assertThat(checked(edit).text()).endsWith("""
                        log: the very last step
                    extra:
                        needs: [last]
                        env:
                            B: "2"
                        run: echo extra
                """);
    }

    @Test
    void stepsIsCreatedBeforeOnFailureWhenMissing() {
        String text = "name: x\n\non-failure:\n  n:\n    log: bad\n";
        WorkflowText after = checked(WorkflowText.parse(text).addStep("a", fields("run", "x")));

        assertThat(after.text()).isEqualTo("name: x\n\nsteps:\n  a:\n    run: x\n\non-failure:\n  n:\n    log: bad\n");
    }

    @Test
    void addingToAnEmptyFileOrOneWithOnlyCommentsWritesTheSteps() {
        assertThat(checked(WorkflowText.parse("").addStep("a", fields("noop", Map.of()))).text())
                .isEqualTo("steps:\n  a:\n    noop: {}\n");
        assertThat(checked(WorkflowText.parse("# draft").addStep("a", fields("log", "hi"))).text())
                .isEqualTo("# draft\nsteps:\n  a:\n    log: hi");
        assertThat(checked(WorkflowText.parse("# draft\r\n").addStep("a", fields("log", "hi"))).text())
                .isEqualTo("# draft\r\nsteps:\r\n  a:\r\n    log: hi\r\n");
    }

    @Test
    void addingAfterAStepThatEndsTheFileWithoutNewlineKeepsItWithout() {
        String text = "steps:\n  a:\n    run: x";
        assertThat(checked(WorkflowText.parse(text).addStep("b", fields("run", "y"))).text())
                .isEqualTo("steps:\n  a:\n    run: x\n  b:\n    run: y");
    }

    @Test
    void addingToAnEmptyStepsMapOrNullStepsWritesABlock() {
        assertThat(checked(WorkflowText.parse("name: x\nsteps: {}\n").addStep("a", fields("run", "x"))).text())
                .isEqualTo("name: x\nsteps:\n  a:\n    run: x\n");
        assertThat(checked(WorkflowText.parse("name: x\nsteps:   # none yet\n").addStep("a", fields("run", "x"))).text())
                .isEqualTo("name: x\nsteps:   # none yet\n  a:\n    run: x\n");
    }

    @Test
    void addingToFlowStepsStaysInFlowStyle() {
        WorkflowText after = checked(WorkflowText.parse(EditChecks.fixture("flow-steps.yaml"))
                .addStep("c", fields("needs", List.of("b"), "run", "echo c")));

        assertThat(after.text()).contains("steps: {a: {run: echo a}, b: {needs: [a], run: echo b}, c: {needs: [b], run: echo c}}\n");
    }

    @Test
    void addedStepWritesNestedMapsListsAndMultiLineScripts() {
        WorkflowText after = checked(WorkflowText.parse("steps:\n  a:\n    run: x\n").addStep("b", fields(
                "http", fields("method", "GET", "url", "http://localhost:8080/health", "expect", fields("status", 200)),
                "runs-on", List.of("linux", "docker"),
                "matrix", fields("include", List.of(fields("jdk", 21, "os", "linux"), fields("jdk", 25))),
                "script", fields("language", "python", "code", "print('a')\nprint('b')\n"))));

        assertThat(after.text()).isEqualTo("""
                steps:
                  a:
                    run: x
                  b:
                    http:
                      method: GET
                      url: http://localhost:8080/health
                      expect:
                        status: 200
                    runs-on: [linux, docker]
                    matrix:
                      include:
                        - jdk: 21
                          os: linux
                        - jdk: 25
                    script:
                      language: python
                      code: |
                        print('a')
                        print('b')
                """);
    }

    @Test
    void newBlockListsPutTheirDashesWhereTheDocumentDoes() {
        String text = "triggers:\n- cron: \"0 2 * * *\"\nsteps:\n  a:\n    needs:\n    - b\n  b:\n    run: x\n";
        WorkflowText after = checked(WorkflowText.parse(text).addStep("c", fields(
                "matrix", fields("include", List.of(fields("jdk", 21), fields("jdk", 25))), "run", "y")));

        assertThat(after.text()).endsWith("  c:\n    matrix:\n      include:\n      - jdk: 21\n      - jdk: 25\n    run: y\n");
    }

    @Test
    void duplicatingAFlowStepStaysInFlowRightAfterIt() {
        WorkflowText after = checked(WorkflowText.parse(EditChecks.fixture("flow-steps.yaml")).duplicateStep("a", "a2"));
        assertThat(after.text()).contains("steps: {a: {run: echo a}, a2: {run: echo a}, b: {needs: [a], run: echo b}}\n");
    }

    @Test
    void onFailureStepsAreAddedToTheirOwnSection() {
        WorkflowText after = checked(WorkflowText.parse("steps:\n  a:\n    run: x\n").addStep(StepSection.ON_FAILURE, "n", fields("log", "failed")));

        assertThat(after.text()).isEqualTo("steps:\n  a:\n    run: x\non-failure:\n  n:\n    log: failed\n");
        assertThat(after.stepIds(StepSection.ON_FAILURE)).containsExactly("n");
    }

    // ---------------------------------------------------------------- removeStep

    @Test
    void removingAMiddleStepTakesItsCommentsAndOneBlankLine() {
        String text = """
                steps:
                  a:
                    run: x

                  # b builds
                  b:
                    run: y
                    # retry: 3

                  c:
                    run: z
                """;
        assertThat(checked(WorkflowText.parse(text).removeStep("b")).text()).isEqualTo("""
                steps:
                  a:
                    run: x

                  c:
                    run: z
                """);
    }

    @Test
    void removingTheFirstAndTheLastStepKeepsTheRest() {
        String text = "steps:\n  a:\n    run: x\n  b:\n    run: y\n  c:\n    run: z\n# trailing file comment\n";
        WorkflowText doc = WorkflowText.parse(text);

        assertThat(checked(doc.removeStep("a")).text()).isEqualTo("steps:\n  b:\n    run: y\n  c:\n    run: z\n# trailing file comment\n");
        assertThat(checked(doc.removeStep("c")).text()).isEqualTo("steps:\n  a:\n    run: x\n  b:\n    run: y\n# trailing file comment\n");
    }

    @Test
    void removingTheLastStepOfAFileWithoutFinalNewline() {
        String text = "steps:\n  a:\n    run: x\n\n  b:\n    run: |\n      y\n      z";
        assertThat(checked(WorkflowText.parse(text).removeStep("b")).text()).isEqualTo("steps:\n  a:\n    run: x");
    }

    @Test
    void removingTheOnlyStepLeavesAnEmptyStepsMap() {
        WorkflowText after = checked(WorkflowText.parse(EditChecks.fixture("single-step.yaml")).removeStep("only"));
        assertThat(after.text()).isEqualTo("# one step only\nname: single\nsteps: {}\n");
    }

    @Test
    void removingTheOnlyOnFailureStepRemovesTheSection() {
        String text = "steps:\n  a:\n    run: x\n\non-failure:\n  n:\n    log: bad\n";
        assertThat(checked(WorkflowText.parse(text).removeStep("n")).text()).isEqualTo("steps:\n  a:\n    run: x\n");
    }

    @Test
    void removingAStepRemovesItFromEveryNeedsInEveryStyle() {
        String text = """
                steps:
                  a:
                    run: x
                  b:
                    needs: [a, z]
                  c:
                    needs:
                      - z
                      - a   # the a step
                  d:
                    needs: a
                  e:
                    needs: [a]
                    run: e
                  z:
                    run: z
                """;
        WorkflowText after = checked(WorkflowText.parse(text).removeStep("a"));
        assertThat(after.text()).isEqualTo("""
                steps:
                  b:
                    needs: [z]
                  c:
                    needs:
                      - z
                  d: {}
                  e:
                    run: e
                  z:
                    run: z
                """);
    }

    @Test
    void removingAFlowStepKeepsTheCommasRight() {
        WorkflowText doc = WorkflowText.parse(EditChecks.fixture("flow-steps.yaml"));
        assertThat(checked(doc.removeStep("a")).text()).contains("steps: {b: {run: echo b}}\n");
        assertThat(checked(doc.removeStep("b")).text()).contains("steps: {a: {run: echo a}}\n");
    }

    // ---------------------------------------------------------------- renameStep

    @Test
    void renamingUpdatesTheKeyEveryNeedsAndEveryTemplateReference() {
        String text = """
                steps:
                  build:   # compiles
                    run: make
                  test:
                    needs: [build]
                    run: echo {{ steps.build.outputs.version }} {{ steps.builder.x }} {{ mysteps.build.x }}
                  pack:
                    needs:
                      - build
                    if: "{{ steps['build'].status == 'success' and steps[\\"build\\"].ok }}"
                  ship:
                    needs: build
                    env: { V: '{{ steps["build"].outputs.v }}' }
                on-failure:
                  n:
                    log: |
                      build failed: {{ steps.build.error }}
                """;
        WorkflowEdit edit = WorkflowText.parse(text).renameStep("build", "compile");

        assertThat(checked(edit).text()).isEqualTo("""
                steps:
                  compile:   # compiles
                    run: make
                  test:
                    needs: [compile]
                    run: echo {{ steps.compile.outputs.version }} {{ steps.builder.x }} {{ mysteps.build.x }}
                  pack:
                    needs:
                      - compile
                    if: "{{ steps['compile'].status == 'success' and steps[\\"compile\\"].ok }}"
                  ship:
                    needs: compile
                    env: { V: '{{ steps["compile"].outputs.v }}' }
                on-failure:
                  n:
                    log: |
                      build failed: {{ steps.compile.error }}
                """);
        assertThat(edit.edits()).allSatisfy(e -> assertThat(e.replacement()).isEqualTo("compile"));
    }

    @Test
    void aReferenceWrittenWithEscapesIsRewrittenAsAWholeScalar() {
        String text = "steps:\n  a:\n    run: x\n  b:\n    log: \"{{ steps.\\x61.outputs.o }}\"\n";
        WorkflowText after = checked(WorkflowText.parse(text).renameStep("a", "first"));
        assertThat(after.value(List.of("steps", "b", "log"))).contains("{{ steps.first.outputs.o }}");
        assertThat(after.text()).endsWith("    log: \"{{ steps.first.outputs.o }}\"\n");
    }

    @Test
    void retargetingRenamesAllAtOnceWithinOneStepOnly() {
        String text = """
                steps:
                  a:
                    run: make
                  a-2:
                    run: other
                  c:
                    needs:
                      - a
                      - a-2
                    run: echo {{ steps.a.x }} {{ steps["a-2"].y }} {{ steps.keep.z }}
                  d:
                    needs: [a]
                    run: echo {{ steps.a.x }}
                """;
        WorkflowText after = checked(WorkflowText.parse(text).retargetStep("c", Map.of("a", "a-2", "a-2", "a-3")));

        assertThat(after.needs("c")).containsExactly("a-2", "a-3");
        assertThat(after.value(List.of("steps", "c", "run")))
                .contains("echo {{ steps.a-2.x }} {{ steps[\"a-3\"].y }} {{ steps.keep.z }}");
        assertThat(after.needs("d")).containsExactly("a");
        assertThat(after.value(List.of("steps", "d", "run"))).contains("echo {{ steps.a.x }}");
    }

    @Test
    void renamingToTheSameIdChangesNothing() {
        assertThat(WorkflowText.parse("steps:\n  a:\n    run: x\n").renameStep("a", "a").isEmpty()).isTrue();
    }

    @Test
    void aQuotedStepKeyStaysQuoted() {
        String text = "steps:\n  'a':\n    run: x\n";
        assertThat(checked(WorkflowText.parse(text).renameStep("a", "b")).text()).isEqualTo("steps:\n  'b':\n    run: x\n");
    }

    // ---------------------------------------------------------------- duplicateStep

    @Test
    void duplicatingCopiesTheStepsLinesWithCommentsRightAfterIt() {
        String text = "steps:\n  a:\n    run: x   # note\n    # inner\n  b:\n    run: y\n";
        assertThat(checked(WorkflowText.parse(text).duplicateStep("a", "a2")).text())
                .isEqualTo("steps:\n  a:\n    run: x   # note\n    # inner\n  a2:\n    run: x   # note\n    # inner\n  b:\n    run: y\n");
    }

    @Test
    void duplicatingTheLastStepOfAFileWithoutFinalNewline() {
        String text = "steps:\n\n  a:\n    run: x\n\n  b:\n    run: y";
        assertThat(checked(WorkflowText.parse(text).duplicateStep("b", "c")).text())
                .isEqualTo("steps:\n\n  a:\n    run: x\n\n  b:\n    run: y\n\n  c:\n    run: y");
    }
}
