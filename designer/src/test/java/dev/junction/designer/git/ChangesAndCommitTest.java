package dev.junction.designer.git;

import dev.junction.git.workspace.IsolatedGitConfig;
import static dev.junction.designer.git.GitFixture.await;
import static dev.junction.designer.git.GitFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.designer.fxtest.Fx;
import dev.junction.git.workspace.ChangeKind;
import dev.junction.git.workspace.CommitInfo;
import dev.junction.git.workspace.ConflictException;
import dev.junction.git.workspace.Identity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Changes, Commit and History view models against real repositories in temp folders. */
class ChangesAndCommitTest {

    @TempDir
    Path dir;

    private IsolatedGitConfig config;

    @BeforeAll
    static void startFx() {
        Fx.start();
    }

    @AfterEach
    void restoreConfig() {
        if (config != null) {
            config.close();
        }
    }

    @Test
    void initMakesTheFolderARepositoryWhoseFilesAreNewAndTheirCommitShowsInTheHistory() throws Exception {
        config = IsolatedGitConfig.withIdentity(dir.resolve("gitconfig"), "Ada Lovelace", "ada@example.com");
        GitFixture fixture = new GitFixture(dir);
        fixture.write("hello.yaml", GitFixture.HELLO);
        GitWorkspace git = Fx.call(() -> new GitWorkspace(fixture.access, EditorBuffers.NONE));

        assertThat(await(() -> git.open(fixture.workspace))).as("not a repository yet").isFalse();
        ChangesViewModel changes = Fx.call(() -> new ChangesViewModel(git));
        assertThat(Fx.call(() -> changes.summaryProperty().get())).contains("not a git repository");

        await(git::init);
        assertThat(fixture.workspace.resolve(".git")).isDirectory();
        assertThat(Fx.call(() -> git.changes().get(fixture.workspace.resolve("hello.yaml"))))
                .isEqualTo(ChangeKind.NEW);
        assertThat(Fx.call(() -> List.copyOf(changes.items()))).extracting(ChangeItem::path, ChangeItem::kind,
                ChangeItem::isIncluded).containsExactly(org.assertj.core.groups.Tuple.tuple("hello.yaml",
                ChangeKind.NEW, true));
        assertThat(Fx.call(() -> changes.summaryProperty().get())).isEqualTo("1 changed file on main");

        HistoryViewModel history = Fx.call(() -> new HistoryViewModel(git));
        CommitViewModel commit = Fx.call(() -> new CommitViewModel(git, changes.includedPaths()));
        await(commit::load);
        assertThat(Fx.call(() -> commit.identityProperty().get())).isEqualTo(new Identity("Ada Lovelace", "ada@example.com"));
        assertThat(Fx.call(() -> commit.canCommit().get())).as("no message yet").isFalse();
        Fx.run(() -> commit.messageProperty().set("Add the hello workflow"));
        assertThat(Fx.call(() -> commit.canCommit().get())).isTrue();

        CommitInfo made = await(commit::commit);

        assertThat(made.summary()).isEqualTo("Add the hello workflow");
        assertThat(made.authorName()).isEqualTo("Ada Lovelace");
        assertThat(Fx.call(() -> List.copyOf(changes.items()))).isEmpty();
        assertThat(Fx.call(() -> changes.summaryProperty().get())).isEqualTo("No changes on main");
        assertThat(Fx.call(() -> git.changes().isEmpty())).isTrue();
        await(history::load);
        assertThat(Fx.call(() -> List.copyOf(history.commits()))).extracting(CommitInfo::id).containsExactly(made.id());
        assertThat(Fx.call(() -> history.messageProperty().get())).isEqualTo("1 commit");
    }

    @Test
    void onlyTheTickedFilesAreCommittedAndTheOthersKeepTheirBadges() throws Exception {
        config = IsolatedGitConfig.withIdentity(dir.resolve("gitconfig"), "Ada", "ada@example.com");
        GitFixture fixture = new GitFixture(dir).withCommittedWorkflow();
        fixture.write("hello.yaml", GitFixture.HELLO.replace("make test", "make check"));
        fixture.write("deploy.yaml", "name: deploy\nsteps:\n  ship:\n    run: ./ship\n");
        GitWorkspace git = fixture.open(EditorBuffers.NONE);
        ChangesViewModel changes = Fx.call(() -> new ChangesViewModel(git));

        assertThat(Fx.call(() -> changes.items().stream().map(ChangeItem::toString).toList()))
                .containsExactly("A deploy.yaml [x]", "M hello.yaml [x]");
        Fx.run(() -> changes.items().getFirst().includedProperty().set(false));
        assertThat(Fx.call(() -> changes.includedCount().get())).isEqualTo(1);

        CommitViewModel commit = Fx.call(() -> new CommitViewModel(git, changes.includedPaths()));
        await(commit::load);
        Fx.run(() -> commit.messageProperty().set("Check instead of test"));
        CommitInfo made = await(commit::commit);

        assertThat(made.files()).extracting(f -> f.path()).containsExactly("hello.yaml");
        assertThat(Fx.call(() -> changes.items().stream().map(ChangeItem::toString).toList()))
                .as("the unticked file stays, unticked").containsExactly("A deploy.yaml [ ]");
        assertThat(Fx.call(() -> git.changes().get(fixture.workspace.resolve("deploy.yaml")))).isEqualTo(ChangeKind.NEW);
        assertThat(Fx.call(() -> git.changes().containsKey(fixture.workspace.resolve("hello.yaml")))).isFalse();

        Files.delete(fixture.workspace.resolve("hello.yaml"));
        await(git::refresh);
        assertThat(Fx.call(() -> git.changes().get(fixture.workspace.resolve("hello.yaml")))).isEqualTo(ChangeKind.DELETED);
    }

    @Test
    void aMissingAuthorIsExplainedAndSavingItWritesTheRepositoryConfig() throws Exception {
        config = IsolatedGitConfig.withoutIdentity(dir.resolve("gitconfig"));
        GitFixture fixture = new GitFixture(dir);
        try (Git git = Git.init().setDirectory(fixture.workspace.toFile()).setInitialBranch("main").call()) {
            fixture.write("hello.yaml", GitFixture.HELLO);
        }
        GitWorkspace git = fixture.open(EditorBuffers.NONE);
        CommitViewModel commit = Fx.call(() -> new CommitViewModel(git, List.of("hello.yaml")));
        await(commit::load);

        assertThat(Fx.call(() -> commit.identityProperty().get())).isNull();
        assertThat(Fx.call(() -> commit.identityProblem().get())).contains("user.name").contains("user.email");
        Fx.run(() -> commit.messageProperty().set("First"));
        assertThat(Fx.call(() -> commit.canCommit().get())).as("no author, no commit").isFalse();

        assertThat(failure(() -> commit.saveIdentity("Grace", "not-an-address"))).isInstanceOf(GitRefusal.class)
                .hasMessageContaining("e-mail");
        await(() -> commit.saveIdentity("Grace Hopper", "grace@example.com"));

        assertThat(Files.readString(fixture.workspace.resolve(".git/config")))
                .contains("name = Grace Hopper").contains("email = grace@example.com");
        assertThat(Fx.call(() -> commit.canCommit().get())).isTrue();
        assertThat(await(commit::commit).authorEmail()).isEqualTo("grace@example.com");
    }

    @Test
    void amendReplacesTheLastCommitAndOffersItsMessage() throws Exception {
        config = IsolatedGitConfig.withIdentity(dir.resolve("gitconfig"), "Ada", "ada@example.com");
        GitFixture fixture = new GitFixture(dir).withCommittedWorkflow();
        fixture.write("hello.yaml", GitFixture.HELLO + "# reviewed\n");
        GitWorkspace git = fixture.open(EditorBuffers.NONE);
        CommitViewModel commit = Fx.call(() -> new CommitViewModel(git, List.of("hello.yaml")));
        await(commit::load);

        assertThat(Fx.call(commit::canAmend)).isTrue();
        Fx.run(() -> commit.amendProperty().set(true));
        assertThat(Fx.call(() -> commit.messageProperty().get())).isEqualTo("Add hello");
        CommitInfo amended = await(commit::commit);

        HistoryViewModel history = Fx.call(() -> new HistoryViewModel(git));
        await(history::load);
        assertThat(Fx.call(() -> List.copyOf(history.commits()))).extracting(CommitInfo::id)
                .as("one commit, replaced").containsExactly(amended.id());
        assertThat(Fx.call(() -> git.changes().isEmpty())).isTrue();
    }

    @Test
    void conflictMarkersAreRefusedWithTheFileNamed() throws Exception {
        config = IsolatedGitConfig.withIdentity(dir.resolve("gitconfig"), "Ada", "ada@example.com");
        GitFixture fixture = new GitFixture(dir).withCommittedWorkflow();
        fixture.write("hello.yaml", "<<<<<<< HEAD\nname: a\n=======\nname: b\n>>>>>>> other\n");
        GitWorkspace git = fixture.open(EditorBuffers.NONE);
        CommitViewModel commit = Fx.call(() -> new CommitViewModel(git, List.of("hello.yaml")));
        await(commit::load);
        Fx.run(() -> commit.messageProperty().set("Oops"));

        assertThat(failure(commit::commit)).isInstanceOf(ConflictException.class).hasMessageContaining("hello.yaml")
                .hasMessageContaining("conflict markers");
    }

    @Test
    void rollbackRestoresTheCommittedVersionButNotOverUnsavedEditorChanges() throws Exception {
        config = IsolatedGitConfig.withIdentity(dir.resolve("gitconfig"), "Ada", "ada@example.com");
        GitFixture fixture = new GitFixture(dir).withCommittedWorkflow();
        Path hello = fixture.write("hello.yaml", "name: broken\n");
        List<Path> unsaved = new java.util.ArrayList<>(List.of(hello));
        int[] reloads = {0};
        GitWorkspace git = fixture.open(new EditorBuffers() {
            @Override
            public List<Path> unsaved() {
                return List.copyOf(unsaved);
            }

            @Override
            public void reloadFromDisk() {
                reloads[0]++;
            }
        });
        ChangesViewModel changes = Fx.call(() -> new ChangesViewModel(git));

        assertThat(failure(() -> changes.rollback(List.of("hello.yaml")))).isInstanceOf(GitRefusal.class)
                .hasMessageContaining("hello.yaml has unsaved changes");
        assertThat(fixture.read("hello.yaml")).isEqualTo("name: broken\n");

        unsaved.clear();
        await(() -> changes.rollback(List.of("hello.yaml")));
        assertThat(fixture.read("hello.yaml")).isEqualTo(GitFixture.HELLO);
        assertThat(reloads[0]).as("open editors re-read the file").isEqualTo(1);
        assertThat(Fx.call(() -> List.copyOf(changes.items()))).isEmpty();
    }

    @Test
    void anOldVersionOfAFileReadsAndRestoresFromItsHistory() throws Exception {
        config = IsolatedGitConfig.withIdentity(dir.resolve("gitconfig"), "Ada", "ada@example.com");
        GitFixture fixture = new GitFixture(dir).withCommittedWorkflow();
        GitWorkspace git = fixture.open(EditorBuffers.NONE);
        fixture.write("hello.yaml", "name: hello v2\nsteps: {}\n");
        CommitViewModel commit = Fx.call(() -> new CommitViewModel(git, List.of("hello.yaml")));
        await(commit::load);
        Fx.run(() -> commit.messageProperty().set("Version 2"));
        await(commit::commit);

        HistoryViewModel history = Fx.call(() -> new HistoryViewModel(git));
        Fx.run(() -> history.fileProperty().set("hello.yaml"));
        List<CommitInfo> commits = await(history::load);
        assertThat(commits).extracting(CommitInfo::summary).containsExactly("Version 2", "Add hello");
        assertThat(Fx.call(() -> history.messageProperty().get())).isEqualTo("2 commits of hello.yaml");

        String first = commits.get(1).id();
        assertThat(await(() -> history.version("hello.yaml", first))).isEqualTo(Optional.of(GitFixture.HELLO));
        assertThat(await(() -> history.version("missing.yaml", first))).isEmpty();

        await(() -> history.restore("hello.yaml", first));
        assertThat(fixture.read("hello.yaml")).isEqualTo(GitFixture.HELLO);
        assertThat(Fx.call(() -> git.changes().get(fixture.workspace.resolve("hello.yaml")))).isEqualTo(ChangeKind.MODIFIED);
    }
}
