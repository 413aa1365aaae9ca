package dev.junction.designer.git;

import dev.junction.git.workspace.IsolatedGitConfig;
import static dev.junction.designer.git.GitFixture.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.junction.designer.fxtest.Fx;
import dev.junction.git.graphdiff.Dependency;
import dev.junction.git.graphdiff.StepDiffKind;
import dev.junction.git.graphdiff.UnreadableWorkflowException;
import dev.junction.workflow.edit.WorkflowText;
import dev.junction.workflow.edit.StepSection;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Side-by-side rows, the graph diff's union scene and the diff view model, on real diffs from JGit. */
class DiffModelsTest {

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
              notify:
                needs: [package]
                log: done
            """;

    /** test's command changed, package removed, lint added before test, notify now needs test. */
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
              notify:
                needs: [test]
                log: done
            """;

    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() {
        Fx.start();
    }

    @Test
    void rowsPairChangedLinesAndPadInsertionsAndDeletionsWithFiller() throws Exception {
        try (IsolatedGitConfig config = IsolatedGitConfig.withIdentity(dir.resolve("gitconfig"), "Ada", "ada@example.com")) {
            GitFixture fixture = new GitFixture(dir);
            fixture.write("w.yaml", "a\nb\nc\nd\n");
            try (var git = org.eclipse.jgit.api.Git.init().setDirectory(fixture.workspace.toFile()).call()) {
                git.add().addFilepattern("w.yaml").call();
                git.commit().setMessage("abcd").call();
            }
            fixture.write("w.yaml", "a\nB\nc\nnew\nnewer\n");
            GitWorkspace git = fixture.open(EditorBuffers.NONE);
            DiffViewModel diff = Fx.call(() -> new DiffViewModel(git, "w.yaml", "HEAD", null));
            await(diff::reload);
            SideBySideDiff rows = Fx.call(() -> diff.rowsProperty().get());

            assertThat(rows.rows()).extracting(SideBySideDiff.Row::kind, SideBySideDiff.Row::oldText,
                    SideBySideDiff.Row::newText).containsExactly(
                    tuple(SideBySideDiff.Kind.SAME, "a", "a"),
                    tuple(SideBySideDiff.Kind.CHANGED, "b", "B"),
                    tuple(SideBySideDiff.Kind.SAME, "c", "c"),
                    tuple(SideBySideDiff.Kind.CHANGED, "d", "new"),
                    tuple(SideBySideDiff.Kind.ADDED, "", "newer"));
            assertThat(rows.rows().get(4).oldLine()).as("filler on the old side").isEqualTo(-1);
            assertThat(rows.rows().get(4).newLine()).isEqualTo(4);
            assertThat(rows.changeStarts()).containsExactly(1, 3);
            assertThat(rows.oldSide()).isEqualTo("a\nb\nc\nd\n");
            assertThat(rows.newSide()).isEqualTo("a\nB\nc\nnew\nnewer");
            assertThat(Fx.call(diff::title)).isEqualTo("w.yaml: HEAD ↔ working tree");
            assertThat(Fx.call(() -> diff.graphProblemProperty().get())).as("not a workflow, but YAML").isEmpty();
        }
    }

    @Test
    void aDeletedLineFacesFillerOnTheNewSide() {
        var diff = new dev.junction.git.workspace.FileDiff("x", "HEAD", "working tree", "one\ntwo\nthree\n",
                "one\nthree\n", false, java.util.List.of(new dev.junction.git.workspace.DiffHunk(0, 3, 0, 2,
                java.util.List.of(new dev.junction.git.workspace.LineEdit(
                        dev.junction.git.workspace.LineEdit.Type.DELETE, 1, 2, 1, 1)))), "");

        SideBySideDiff rows = SideBySideDiff.of(diff);

        assertThat(rows.rows()).extracting(SideBySideDiff.Row::kind, SideBySideDiff.Row::oldLine,
                SideBySideDiff.Row::newLine).containsExactly(
                tuple(SideBySideDiff.Kind.SAME, 0, 0),
                tuple(SideBySideDiff.Kind.REMOVED, 1, -1),
                tuple(SideBySideDiff.Kind.SAME, 2, 1));
    }

    @Test
    void theGraphSceneHoldsRemovedStepsAndDependenciesBesideTheNewVersion() throws Exception {
        GraphDiffScene scene = GraphDiffScene.of(OLD, NEW);

        WorkflowText union = WorkflowText.parse(scene.text());
        assertThat(union.stepIds(StepSection.STEPS)).containsExactly("build", "lint", "test", "notify", "package");
        assertThat(union.needs("notify")).as("old and new dependency both drawn").containsExactlyInAnyOrder("test", "package");
        assertThat(union.needs("package")).containsExactly("test");
        assertThat(scene.kindOf("lint")).isEqualTo(StepDiffKind.ADDED);
        assertThat(scene.kindOf("package")).isEqualTo(StepDiffKind.REMOVED);
        assertThat(scene.kindOf("test")).isEqualTo(StepDiffKind.CHANGED);
        assertThat(scene.kindOf("build")).isEqualTo(StepDiffKind.UNCHANGED);
        assertThat(scene.noteOf("test")).isEqualTo("changed: run");
        assertThat(scene.dependencies()).containsEntry(new Dependency("lint", "build"), StepDiffKind.ADDED)
                .containsEntry(new Dependency("test", "lint"), StepDiffKind.ADDED)
                .containsEntry(new Dependency("notify", "test"), StepDiffKind.ADDED)
                .containsEntry(new Dependency("notify", "package"), StepDiffKind.REMOVED)
                .containsEntry(new Dependency("package", "test"), StepDiffKind.REMOVED)
                .doesNotContainKey(new Dependency("test", "build"));
        assertThat(scene.summary()).isEqualTo("1 added · 1 removed · 1 changed · dependencies +3 −2");
    }

    @Test
    void aNewFileIsAllAddedAndADeletedFileAllRemoved() throws Exception {
        assertThat(GraphDiffScene.of("", NEW).text()).isEqualTo(NEW);
        assertThat(GraphDiffScene.of("", NEW).kindOf("lint")).isEqualTo(StepDiffKind.ADDED);
        assertThat(GraphDiffScene.of(OLD, "").text()).isEqualTo(OLD);
        assertThat(GraphDiffScene.of(OLD, "").kindOf("package")).isEqualTo(StepDiffKind.REMOVED);
        assertThat(GraphDiffScene.of(OLD, OLD).summary()).isEqualTo("No change to the steps or their dependencies");
    }

    @Test
    void textThatIsNotYamlHasNoGraphButStillATextDiff() throws Exception {
        try (IsolatedGitConfig config = IsolatedGitConfig.withIdentity(dir.resolve("gitconfig"), "Ada", "ada@example.com")) {
            GitFixture fixture = new GitFixture(dir).withCommittedWorkflow();
            fixture.write("hello.yaml", "steps: [unclosed\n");
            GitWorkspace git = fixture.open(EditorBuffers.NONE);
            DiffViewModel diff = Fx.call(() -> new DiffViewModel(git, "hello.yaml", "HEAD", null));
            await(diff::reload);

            assertThat(Fx.call(() -> diff.graphProperty().get())).isNull();
            assertThat(Fx.call(() -> diff.graphProblemProperty().get())).contains("new version is not valid YAML");
            assertThat(Fx.call(() -> diff.rowsProperty().get().rows())).isNotEmpty();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> GraphDiffScene.of("a: [", "b: 1"))
                    .isInstanceOf(UnreadableWorkflowException.class);

            Fx.run(() -> diff.oldRevisionProperty().set("no-such-branch"));
            await(diff::reload);
            assertThat(Fx.call(() -> diff.errorProperty().get())).contains("no-such-branch");
        }
    }

    @Test
    void remoteUrlsNameTheHostTheirCredentialIsStoredUnder() {
        assertThat(RemoteTarget.of("https://github.com/acme/flows.git"))
                .isEqualTo(new RemoteTarget("https://github.com/acme/flows.git", "github.com", false, ""));
        assertThat(RemoteTarget.of("https://bob@git.example.com:8443/flows").hostKey()).isEqualTo("git.example.com:8443");
        assertThat(RemoteTarget.of("ssh://git@git.example.com:2222/acme/flows.git"))
                .isEqualTo(new RemoteTarget("ssh://git@git.example.com:2222/acme/flows.git", "git.example.com:2222", true, "git"));
        assertThat(RemoteTarget.of("git@github.com:acme/flows.git"))
                .isEqualTo(new RemoteTarget("git@github.com:acme/flows.git", "github.com", true, "git"));
        assertThat(RemoteTarget.of("file:///srv/git/flows.git").isLocal()).isTrue();
        assertThat(RemoteTarget.of("/srv/git/flows.git").isLocal()).isTrue();
        assertThat(RemoteTarget.of("C:\\repos\\flows.git").isLocal()).isTrue();
        assertThat(CloneViewModel.folderName("git@github.com:acme/team-flows.git")).isEqualTo("team-flows");
        assertThat(CloneViewModel.folderName("https://example.com/acme/flows/")).isEqualTo("flows");
    }
}
