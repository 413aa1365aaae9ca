package dev.junction.git.workspace;

import static dev.junction.git.workspace.GitTestSupport.access;
import static dev.junction.git.workspace.GitTestSupport.read;
import static dev.junction.git.workspace.GitTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Branches and merges in a real repository: switching refuses to lose work, conflicts are reported per file. */
class BranchAndMergeTest {

    private static final String FLOW = """
            steps:
              build:
                run: make
              test:
                needs: [build]
                run: make test
            """;

    @TempDir
    Path dir;
    private IsolatedGitConfig config;
    private WorkspaceRepository repo;
    private CommitInfo start;

    @BeforeEach
    void repositoryWithOneCommit() throws Exception {
        config = IsolatedGitConfig.withIdentity(dir.resolve("gitconfig"), "Ada Lovelace", "ada@example.com");
        repo = WorkspaceRepository.init(dir.resolve("workspace"), access(dir));
        write(repo, "flow.yaml", FLOW);
        start = repo.commit(List.of("flow.yaml"), "Add flow");
    }

    @AfterEach
    void close() {
        repo.close();
        config.close();
    }

    @Test
    void branchesAreListedCreatedAndSwitched() throws Exception {
        repo.createBranch("feature/retry", null);

        assertThat(repo.branches()).containsExactly(
                new BranchInfo("feature/retry", false, false, start.id(), Optional.empty(), 0, 0),
                new BranchInfo("main", false, true, start.id(), Optional.empty(), 0, 0));

        repo.switchBranch("feature/retry");
        write(repo, "flow.yaml", FLOW.replace("make test", "make check"));
        repo.commit(List.of("flow.yaml"), "Check instead of test");
        repo.switchBranch("main");

        assertThat(repo.status().branch()).contains("main");
        assertThat(read(repo, "flow.yaml")).isEqualTo(FLOW);
        assertThatThrownBy(() -> repo.createBranch("main", null)).hasMessageContaining("already exists");
        assertThatThrownBy(() -> repo.createBranch("bad name..", null)).hasMessageContaining("not a valid branch name");
        assertThatThrownBy(() -> repo.switchBranch("nope")).isInstanceOf(NoSuchRevisionException.class)
                .hasMessageContaining("feature/retry, main");
    }

    @Test
    void switchingIsRefusedWhileTrackedFilesHaveUncommittedChanges() throws Exception {
        repo.createBranch("other", null);
        String unsaved = FLOW + "  deploy:\n    run: ./deploy.sh\n";
        write(repo, "flow.yaml", unsaved);

        assertThatThrownBy(() -> repo.switchBranch("other"))
                .isInstanceOfSatisfying(UncommittedChangesException.class,
                        e -> assertThat(e.paths()).containsExactly("flow.yaml"))
                .hasMessageContaining("Cannot switch to 'other'")
                .hasMessageContaining("1 file has uncommitted changes (flow.yaml)");
        assertThat(repo.status().branch()).contains("main");
        assertThat(read(repo, "flow.yaml")).isEqualTo(unsaved);
    }

    @Test
    void switchingIsRefusedWhenItWouldOverwriteAnUntrackedFile() throws Exception {
        repo.createBranch("other", null);
        repo.switchBranch("other");
        write(repo, "notes.yaml", "committed on other\n");
        repo.commit(List.of("notes.yaml"), "Notes");
        repo.switchBranch("main");
        write(repo, "notes.yaml", "my own untracked notes\n");

        assertThatThrownBy(() -> repo.switchBranch("other")).isInstanceOf(UncommittedChangesException.class)
                .hasMessageContaining("would overwrite notes.yaml");
        assertThat(read(repo, "notes.yaml")).isEqualTo("my own untracked notes\n");
    }

    @Test
    void aMergeFastForwardsWhenTheCurrentBranchHasNotMoved() throws Exception {
        repo.createBranch("feature", null);
        repo.switchBranch("feature");
        write(repo, "flow.yaml", FLOW.replace("make test", "make check"));
        CommitInfo feature = repo.commit(List.of("flow.yaml"), "Check");
        repo.switchBranch("main");

        MergeOutcome outcome = repo.merge("feature");

        assertThat(outcome).isEqualTo(new MergeOutcome(MergeOutcome.Status.FAST_FORWARD, Optional.of(feature.id()),
                List.of()));
        assertThat(repo.merge("feature").status()).isEqualTo(MergeOutcome.Status.UP_TO_DATE);
    }

    @Test
    void aMergeOfDifferentFilesMakesAMergeCommit() throws Exception {
        repo.createBranch("feature", null);
        repo.switchBranch("feature");
        write(repo, "feature.yaml", "steps: {}\n");
        repo.commit(List.of("feature.yaml"), "Feature file");
        repo.switchBranch("main");
        write(repo, "main.yaml", "steps: {}\n");
        repo.commit(List.of("main.yaml"), "Main file");

        MergeOutcome outcome = repo.merge("feature");

        assertThat(outcome.status()).isEqualTo(MergeOutcome.Status.MERGED);
        CommitInfo merge = repo.history(1).getFirst();
        assertThat(merge.id()).isEqualTo(outcome.commitId().orElseThrow());
        assertThat(merge.parentIds()).hasSize(2);
        assertThat(merge.authorName()).isEqualTo("Ada Lovelace");
        assertThat(merge.summary()).isEqualTo("Merge branch 'feature' into main");
    }

    @Test
    void conflictsAreReportedPerFileAndLeftAsMarkersUntilResolvedAndCommitted() throws Exception {
        conflictingBranches();

        MergeOutcome outcome = repo.merge("feature");

        assertThat(outcome.status()).isEqualTo(MergeOutcome.Status.CONFLICTING);
        assertThat(outcome.conflicts()).containsExactly("flow.yaml");
        assertThat(read(repo, "flow.yaml")).contains("<<<<<<< HEAD", "make verify", "=======", "make check",
                ">>>>>>> feature");
        WorkspaceStatus status = repo.status();
        assertThat(status.merging()).isTrue();
        assertThat(status.conflicts()).containsExactly("flow.yaml");
        assertThat(status.file("flow.yaml").orElseThrow().kind()).isEqualTo(ChangeKind.CONFLICTING);

        assertThatThrownBy(() -> repo.commit(List.of("flow.yaml"), "Merge"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.paths()).containsExactly("flow.yaml"))
                .hasMessageContaining("conflict markers");
        assertThatThrownBy(() -> repo.merge("feature")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already in progress");
        assertThatThrownBy(() -> repo.switchBranch("feature")).isInstanceOf(UncommittedChangesException.class);

        write(repo, "flow.yaml", FLOW.replace("make test", "make verify check"));
        CommitInfo merge = repo.commit(List.of("flow.yaml"), "Merge feature");

        assertThat(merge.parentIds()).hasSize(2);
        assertThat(repo.status().merging()).isFalse();
        assertThat(repo.status().isClean()).isTrue();
    }

    @Test
    void aConflictedMergeCanBeAborted() throws Exception {
        CommitInfo mainHead = conflictingBranches();
        repo.merge("feature");

        repo.abortMerge();

        assertThat(repo.status().merging()).isFalse();
        assertThat(repo.status().isClean()).isTrue();
        assertThat(repo.status().headCommit()).contains(mainHead.id());
        assertThat(read(repo, "flow.yaml")).isEqualTo(FLOW.replace("make test", "make verify"));
        assertThatThrownBy(() -> repo.abortMerge()).hasMessageContaining("No merge is in progress");
    }

    @Test
    void aMergeIsRefusedWhileTrackedFilesHaveUncommittedChanges() throws Exception {
        conflictingBranches();
        write(repo, "flow.yaml", "half-edited\n");

        assertThatThrownBy(() -> repo.merge("feature")).isInstanceOf(UncommittedChangesException.class)
                .hasMessageContaining("Cannot merge feature");
        assertThat(read(repo, "flow.yaml")).isEqualTo("half-edited\n");
        assertThatThrownBy(() -> repo.merge("no-such-branch")).isInstanceOf(NoSuchRevisionException.class);
    }

    @Test
    void aBranchWithUnmergedCommitsIsOnlyDeletedWhenForced() throws Exception {
        conflictingBranches();

        assertThatThrownBy(() -> repo.deleteBranch("main", false)).hasMessageContaining("current branch");
        assertThatThrownBy(() -> repo.deleteBranch("feature", false)).hasMessageContaining("on no other branch");
        repo.deleteBranch("feature", true);

        assertThat(repo.branches()).extracting(BranchInfo::name).containsExactly("main");
    }

    /** main and feature both change the same line of flow.yaml; main is checked out. Returns main's head. */
    private CommitInfo conflictingBranches() throws Exception {
        repo.createBranch("feature", null);
        repo.switchBranch("feature");
        write(repo, "flow.yaml", FLOW.replace("make test", "make check"));
        repo.commit(List.of("flow.yaml"), "Check");
        repo.switchBranch("main");
        write(repo, "flow.yaml", FLOW.replace("make test", "make verify"));
        return repo.commit(List.of("flow.yaml"), "Verify");
    }
}
