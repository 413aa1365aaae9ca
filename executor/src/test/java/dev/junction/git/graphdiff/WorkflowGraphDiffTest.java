package dev.junction.git.graphdiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.workflow.edit.WorkflowText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Graph diffs of real workflow texts: a sample edited the way the designer edits it, and hand-written versions. */
class WorkflowGraphDiffTest {

    private static final Path CI_BUILD = Path.of("../sample-workflows/ci-build.yaml");

    @Test
    void addedStepRemovedDependencyAndChangedRunAreReported() throws Exception {
        String before = Files.readString(CI_BUILD);
        WorkflowText edited = WorkflowText.parse(before)
                .addStep("docs", Map.of("needs", List.of("lint"), "run", "make docs")).after()
                .removeNeed("report", "package").after()
                .setStepField("test", "run", "python3 -m pytest").after();

        GraphDiff diff = WorkflowGraphDiff.between(before, edited.text());

        assertThat(diff.steps(StepDiffKind.ADDED)).extracting(StepDiff::id).containsExactly("docs");
        assertThat(diff.steps(StepDiffKind.REMOVED)).isEmpty();
        assertThat(diff.steps(StepDiffKind.CHANGED)).containsExactly(
                new StepDiff("test", StepDiffKind.CHANGED, List.of("run")));
        assertThat(diff.step("report").orElseThrow().kind())
                .as("only its dependency changed, so the step itself is unchanged").isEqualTo(StepDiffKind.UNCHANGED);
        assertThat(diff.addedDependencies()).containsExactly(new Dependency("docs", "lint"));
        assertThat(diff.removedDependencies()).containsExactly(new Dependency("report", "package"));
        assertThat(diff.changedWorkflowFields()).isEmpty();
        assertThat(diff.steps()).extracting(StepDiff::id).containsExactly("lint", "test", "package", "report", "docs");
    }

    @Test
    void removedStepTakesItsDependenciesAndNestedFieldsAreNamedByPath() throws Exception {
        String before = """
                name: deploy
                env: { REGION: eu }
                steps:
                  build:
                    run: make
                    env: { MODE: debug, KEEP: "1" }
                  check:
                    needs: [build]
                    http: { url: "https://old.example/health", method: GET }
                  ship:
                    needs: [build, check]
                    run: ./ship.sh
                """;
        String after = """
                name: deploy
                env: { REGION: us }
                steps:
                  build:
                    # comments, quoting and key order are no change
                    env: { KEEP: '1', MODE: release }
                    run: "make"
                  ship:
                    needs: build
                    run: ./ship.sh
                """;

        GraphDiff diff = WorkflowGraphDiff.between(before, after);

        assertThat(diff.step("build").orElseThrow()).isEqualTo(new StepDiff("build", StepDiffKind.CHANGED,
                List.of("env.MODE")));
        assertThat(diff.step("check").orElseThrow().kind()).isEqualTo(StepDiffKind.REMOVED);
        assertThat(diff.step("ship").orElseThrow().kind()).isEqualTo(StepDiffKind.UNCHANGED);
        assertThat(diff.removedDependencies()).containsExactlyInAnyOrder(new Dependency("check", "build"),
                new Dependency("ship", "check"));
        assertThat(diff.addedDependencies()).isEmpty();
        assertThat(diff.changedWorkflowFields()).containsExactly("env.REGION");
    }

    @Test
    void versionsThatDoNotValidateStillDiff() throws Exception {
        // an unknown field, a step without any kind, a need naming a step that does not exist: the loader would
        // reject both versions, the graph diff still shows what changed
        String before = """
                steps:
                  a: { run: echo a, colour: red }
                  b: { needs: [ghost] }
                """;
        String after = """
                steps:
                  a: { run: echo a, colour: blue }
                  b: { needs: [ghost, a] }
                on-failure:
                  alert: { log: failed }
                """;

        GraphDiff diff = WorkflowGraphDiff.between(before, after);

        assertThat(diff.step("a").orElseThrow().changedFields()).containsExactly("colour");
        assertThat(diff.addedDependencies()).containsExactly(new Dependency("b", "a"));
        assertThat(diff.step("alert").orElseThrow().kind()).isEqualTo(StepDiffKind.ADDED);
    }

    @Test
    void aNewFileHasEveryStepAddedAndEqualTextsNoDifference() throws Exception {
        String text = Files.readString(CI_BUILD);

        GraphDiff created = WorkflowGraphDiff.between(null, text);
        GraphDiff same = WorkflowGraphDiff.between(text, text);

        assertThat(created.steps()).allMatch(s -> s.kind() == StepDiffKind.ADDED).hasSize(4);
        assertThat(created.addedDependencies()).hasSize(3);
        assertThat(same.isEmpty()).isTrue();
    }

    @Test
    void textThatIsNotYamlIsReportedForItsVersion() {
        assertThatThrownBy(() -> WorkflowGraphDiff.between("steps: {}", "steps:\n  a: [unclosed\n"))
                .isInstanceOfSatisfying(UnreadableWorkflowException.class, e -> {
                    assertThat(e.version()).isEqualTo(UnreadableWorkflowException.Version.NEW);
                    assertThat(e.problems()).isNotEmpty();
                })
                .hasMessageContaining("new version is not valid YAML");
    }
}
