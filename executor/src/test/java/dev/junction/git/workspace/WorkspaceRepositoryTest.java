package dev.junction.git.workspace;

import static dev.junction.git.workspace.GitTestSupport.access;
import static dev.junction.git.workspace.GitTestSupport.read;
import static dev.junction.git.workspace.GitTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.git.graphdiff.Dependency;
import dev.junction.git.graphdiff.GraphDiff;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local git work in a real repository made by JGit in a temp folder: status, commit, diff, history, restore. */
class WorkspaceRepositoryTest {

    @TempDir
    Path dir;
    private IsolatedGitConfig config;
    private WorkspaceRepository repo;

    @BeforeEach
    void newRepository() throws Exception {
        config = IsolatedGitConfig.withIdentity(dir.resolve("gitconfig"), "Ada Lovelace", "ada@example.com");
        repo = WorkspaceRepository.init(dir.resolve("workspace"), access(dir));
    }

    @AfterEach
    void close() {
        repo.close();
        config.close();
    }

    @Test
    void initMakesARepositoryOnMainWhoseFilesShowAsNew() throws Exception {
        write(repo, "flows/hello.yaml", "steps: {}\n");

        WorkspaceStatus status = repo.status();

        assertThat(WorkspaceRepository.isRepository(dir.resolve("workspace"))).isTrue();
        assertThat(status.branch()).contains("main");
        assertThat(status.headCommit()).isEmpty();
        assertThat(status.files()).containsExactly(new FileStatus("flows/hello.yaml", ChangeKind.NEW, false, true));
        assertThat(repo.diff("flows/hello.yaml", "HEAD").hunks()).singleElement()
                .satisfies(h -> assertThat(h.edits()).containsExactly(new LineEdit(LineEdit.Type.INSERT, 0, 0, 0, 1)));
        assertThatThrownBy(() -> WorkspaceRepository.init(dir.resolve("workspace"), access(dir)))
                .isInstanceOf(GitOperationException.class).hasMessageContaining("already a git repository");
    }

    @Test
    void aFolderOutsideAnyRepositoryIsAClearError() throws Exception {
        Path plain = Files.createDirectories(dir.resolve("plain"));

        assertThat(WorkspaceRepository.isRepository(plain)).isFalse();
        assertThatThrownBy(() -> WorkspaceRepository.open(plain, access(dir)))
                .isInstanceOf(NotARepositoryException.class).hasMessageContaining("is not a git repository")
                .hasMessageContaining("Init repository");
    }

    @Test
    void aCommitTakesOnlyTheChosenFilesAndTheAuthorFromGitConfig() throws Exception {
        write(repo, "a.yaml", "steps: {}\n");
        write(repo, "b.yaml", "steps: {}\n");

        CommitInfo commit = repo.commit(List.of("a.yaml"), "Add a");

        assertThat(commit.authorName()).isEqualTo("Ada Lovelace");
        assertThat(commit.authorEmail()).isEqualTo("ada@example.com");
        assertThat(commit.files()).containsExactly(new ChangedFile("a.yaml", "a.yaml", FileChangeType.ADDED));
        assertThat(commit.parentIds()).isEmpty();
        assertThat(repo.status().files()).extracting(FileStatus::path).containsExactly("b.yaml");
        assertThat(repo.history(10)).extracting(CommitInfo::summary).containsExactly("Add a");
    }

    @Test
    void statusBadgesModifiedDeletedNewAndStagedFiles() throws Exception {
        write(repo, "keep.yaml", "a: 1\n");
        write(repo, "gone.yaml", "a: 1\n");
        repo.commit(List.of("keep.yaml", "gone.yaml"), "Start");
        write(repo, "keep.yaml", "a: 2\n");
        Files.delete(repo.folder().resolve("gone.yaml"));
        write(repo, "new.yaml", "a: 1\n");
        try (var git = org.eclipse.jgit.api.Git.open(repo.folder().toFile())) {
            git.add().addFilepattern("new.yaml").call(); // staged from outside, e.g. a terminal
        }

        WorkspaceStatus status = repo.status();

        assertThat(status.files()).containsExactly(
                new FileStatus("gone.yaml", ChangeKind.DELETED, false, true),
                new FileStatus("keep.yaml", ChangeKind.MODIFIED, false, true),
                new FileStatus("new.yaml", ChangeKind.NEW, true, false));
    }

    @Test
    void deletedFilesAreCommittedAsDeletions() throws Exception {
        write(repo, "gone.yaml", "a: 1\n");
        repo.commit(List.of("gone.yaml"), "Add");
        Files.delete(repo.folder().resolve("gone.yaml"));

        CommitInfo commit = repo.commit(List.of("gone.yaml"), "Remove");

        assertThat(commit.files()).containsExactly(new ChangedFile("gone.yaml", "gone.yaml", FileChangeType.DELETED));
        assertThat(repo.status().isClean()).isTrue();
    }

    @Test
    void withoutUserNameAndEmailTheCommitSaysHowToSetThem() throws Exception {
        config.close();
        config = IsolatedGitConfig.withoutIdentity(dir.resolve("gitconfig-empty"));
        repo.close();
        repo = WorkspaceRepository.open(dir.resolve("workspace"), access(dir));
        write(repo, "a.yaml", "steps: {}\n");

        assertThatThrownBy(() -> repo.commit(List.of("a.yaml"), "Add a"))
                .isInstanceOf(MissingIdentityException.class)
                .hasMessageContaining("user.name and user.email are not set")
                .hasMessageContaining("git config --global user.name");
        assertThat(repo.status().headCommit()).isEmpty();

        repo.setIdentity("Grace Hopper", "grace@example.com");
        assertThat(repo.commit(List.of("a.yaml"), "Add a").authorName()).isEqualTo("Grace Hopper");
    }

    @Test
    void emptySelectionsMessagesAndUnknownFilesAreRefused() throws Exception {
        write(repo, "a.yaml", "steps: {}\n");

        assertThatThrownBy(() -> repo.commit(List.of(), "msg")).hasMessageContaining("Choose at least one");
        assertThatThrownBy(() -> repo.commit(List.of("a.yaml"), "  ")).hasMessageContaining("Write a commit message");
        assertThatThrownBy(() -> repo.commit(List.of("nope.yaml"), "msg")).isInstanceOf(NoSuchRevisionException.class)
                .hasMessageContaining("nope.yaml");
        repo.commit(List.of("a.yaml"), "Add a");
        assertThatThrownBy(() -> repo.commit(List.of("a.yaml"), "again")).hasMessageContaining("no changes to commit");
    }

    @Test
    void amendReplacesTheLastCommitAndKeepsItsMessageWhenNoneIsGiven() throws Exception {
        write(repo, "a.yaml", "steps: {}\n");
        repo.commit(List.of("a.yaml"), "Add a");
        write(repo, "b.yaml", "steps: {}\n");

        CommitInfo amended = repo.amend(List.of("b.yaml"), "");

        assertThat(repo.history(10)).hasSize(1);
        assertThat(amended.message()).isEqualTo("Add a");
        assertThat(amended.files()).extracting(ChangedFile::path).containsExactly("a.yaml", "b.yaml");
    }

    @Test
    void aDiffAgainstHeadHasBothTextsAndHunksForASideBySideView() throws Exception {
        String old = "name: flow\nsteps:\n  a:\n    run: echo 1\n  b:\n    run: echo 2\n";
        write(repo, "flow.yaml", old);
        repo.commit(List.of("flow.yaml"), "Add flow");
        String edited = old.replace("echo 2", "echo two") + "  c:\n    needs: [b]\n    run: echo 3\n";
        write(repo, "flow.yaml", edited);

        FileDiff diff = repo.diff("flow.yaml", "HEAD");

        assertThat(diff.oldText()).isEqualTo(old);
        assertThat(diff.newText()).isEqualTo(edited);
        assertThat(diff.newVersion()).isEqualTo(FileDiff.WORKING_TREE);
        assertThat(diff.hunks()).hasSize(1);
        assertThat(diff.hunks().getFirst().edits()).containsExactly(
                new LineEdit(LineEdit.Type.REPLACE, 5, 6, 5, 9));
        assertThat(diff.patch()).contains("-    run: echo 2").contains("+    run: echo two").contains("+  c:");

        GraphDiff graph = repo.graphDiff("flow.yaml", "HEAD");
        assertThat(graph.step("b").orElseThrow().changedFields()).containsExactly("run");
        assertThat(graph.addedDependencies()).containsExactly(new Dependency("c", "b"));
    }

    @Test
    void historyOfAFileReadsOldVersionsAndRestoresOne() throws Exception {
        write(repo, "flow.yaml", "v: 1\n");
        CommitInfo first = repo.commit(List.of("flow.yaml"), "v1");
        write(repo, "other.yaml", "x: 1\n");
        repo.commit(List.of("other.yaml"), "Other file");
        write(repo, "flow.yaml", "v: 2\n");
        CommitInfo second = repo.commit(List.of("flow.yaml"), "v2");
        write(repo, "flow.yaml", "v: 3 (not committed)\n");

        assertThat(repo.history("flow.yaml", 10)).extracting(CommitInfo::id).containsExactly(second.id(), first.id());
        assertThat(repo.readFile("flow.yaml", first.id())).contains("v: 1\n");
        assertThat(repo.readFile("flow.yaml", first.shortId())).contains("v: 1\n");
        assertThat(repo.readFile("other.yaml", first.id())).isEmpty();
        assertThat(repo.diff("flow.yaml", first.id(), second.id()).patch()).contains("-v: 1").contains("+v: 2");

        repo.restoreFile("flow.yaml", first.id());

        assertThat(read(repo, "flow.yaml")).isEqualTo("v: 1\n");
        assertThat(repo.status().file("other.yaml")).isEmpty();
        assertThatThrownBy(() -> repo.readFile("flow.yaml", "no-such-branch"))
                .isInstanceOf(NoSuchRevisionException.class).hasMessageContaining("no-such-branch");
        assertThatThrownBy(() -> repo.restoreFile("other.yaml", first.id()))
                .isInstanceOf(NoSuchRevisionException.class).hasMessageContaining("does not exist at");
    }
}
