package dev.junction.git.workspace;

import static dev.junction.git.workspace.GitTestSupport.access;
import static dev.junction.git.workspace.GitTestSupport.bareRemote;
import static dev.junction.git.workspace.GitTestSupport.read;
import static dev.junction.git.workspace.GitTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two colleagues and a bare "remote" on disk reached by file://: clone, push, pull, and the refusals. */
class RemoteSyncTest {

    @TempDir
    Path dir;
    private IsolatedGitConfig config;
    private String remoteUrl;
    private WorkspaceRepository ada;
    private WorkspaceRepository bob;

    @BeforeEach
    void remoteWithOneCommitAndTwoClones() throws Exception {
        config = IsolatedGitConfig.withIdentity(dir.resolve("gitconfig"), "Ada Lovelace", "ada@example.com");
        remoteUrl = bareRemote(dir.resolve("remote.git")).toUri().toString();
        try (WorkspaceRepository first = WorkspaceRepository.init(dir.resolve("first"), access(dir))) {
            write(first, "flow.yaml", "steps:\n  a:\n    run: echo a\n");
            first.commit(List.of("flow.yaml"), "Add flow");
            first.addRemote("origin", remoteUrl);
            first.push("origin", ProgressListener.NONE);
        }
        ada = WorkspaceRepository.cloneInto(remoteUrl, dir.resolve("ada"), access(dir), ProgressListener.NONE);
        bob = WorkspaceRepository.cloneInto(remoteUrl, dir.resolve("bob"), access(dir), ProgressListener.NONE);
    }

    @AfterEach
    void close() {
        ada.close();
        bob.close();
        config.close();
    }

    @Test
    void aCloneReportsProgressAndChecksOutTheDefaultBranchWithItsUpstream() throws Exception {
        List<Progress> progress = new ArrayList<>();

        try (WorkspaceRepository clone = WorkspaceRepository.cloneInto(remoteUrl, dir.resolve("carol"), access(dir),
                progress::add)) {
            assertThat(read(clone, "flow.yaml")).contains("echo a");
            assertThat(clone.status().branch()).contains("main");
            assertThat(clone.remotes()).containsExactly(new RemoteInfo("origin", remoteUrl, remoteUrl));
            assertThat(clone.branches()).extracting(BranchInfo::name, BranchInfo::upstream)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("main", Optional.of("origin/main")),
                            org.assertj.core.groups.Tuple.tuple("origin/main", Optional.empty()));
        }
        assertThat(progress).isNotEmpty();
        assertThat(progress).anySatisfy(p -> assertThat(p.task()).isNotBlank());
    }

    @Test
    void pullFastForwardsToAColleaguesPushedChange() throws Exception {
        write(bob, "flow.yaml", "steps:\n  a:\n    run: echo bob\n");
        CommitInfo bobs = bob.commit(List.of("flow.yaml"), "Bob's change");
        assertThat(bob.push("origin", ProgressListener.NONE).status()).isEqualTo(PushOutcome.Status.UPDATED);

        PullOutcome pulled = ada.pull(ProgressListener.NONE);

        assertThat(pulled.fetch().updatedBranches()).containsExactly("origin/main");
        assertThat(pulled.merge()).isEqualTo(new MergeOutcome(MergeOutcome.Status.FAST_FORWARD, Optional.of(bobs.id()),
                List.of()));
        assertThat(read(ada, "flow.yaml")).contains("echo bob");
        assertThat(ada.pull(ProgressListener.NONE).merge().status()).isEqualTo(MergeOutcome.Status.UP_TO_DATE);
    }

    @Test
    void pullMergesWhenBothChangedDifferentFiles() throws Exception {
        write(bob, "bob.yaml", "steps: {}\n");
        bob.commit(List.of("bob.yaml"), "Bob's file");
        bob.push("origin", ProgressListener.NONE);
        write(ada, "ada.yaml", "steps: {}\n");
        ada.commit(List.of("ada.yaml"), "Ada's file");

        PullOutcome pulled = ada.pull(ProgressListener.NONE);

        assertThat(pulled.merge().status()).isEqualTo(MergeOutcome.Status.MERGED);
        assertThat(Files.exists(ada.folder().resolve("bob.yaml"))).isTrue();
        assertThat(ada.history(1).getFirst().summary()).isEqualTo("Merge remote-tracking branch 'origin/main' into main");
        assertThat(ada.push("origin", ProgressListener.NONE).status()).isEqualTo(PushOutcome.Status.UPDATED);
    }

    @Test
    void pullReportsConflictsPerFile() throws Exception {
        write(bob, "flow.yaml", "steps:\n  a:\n    run: echo bob\n");
        bob.commit(List.of("flow.yaml"), "Bob's change");
        bob.push("origin", ProgressListener.NONE);
        write(ada, "flow.yaml", "steps:\n  a:\n    run: echo ada\n");
        ada.commit(List.of("flow.yaml"), "Ada's change");

        PullOutcome pulled = ada.pull(ProgressListener.NONE);

        assertThat(pulled.merge().status()).isEqualTo(MergeOutcome.Status.CONFLICTING);
        assertThat(pulled.merge().conflicts()).containsExactly("flow.yaml");
        assertThat(read(ada, "flow.yaml")).contains("<<<<<<< HEAD", "echo ada", "echo bob", ">>>>>>> origin/main");
    }

    @Test
    void aPushBehindTheRemoteIsRejectedAsNonFastForward() throws Exception {
        write(bob, "flow.yaml", "steps:\n  a:\n    run: echo bob\n");
        bob.commit(List.of("flow.yaml"), "Bob's change");
        bob.push("origin", ProgressListener.NONE);
        write(ada, "ada.yaml", "steps: {}\n");
        ada.commit(List.of("ada.yaml"), "Ada's file");

        assertThatThrownBy(() -> ada.push("origin", ProgressListener.NONE))
                .isInstanceOfSatisfying(NonFastForwardException.class, e -> {
                    assertThat(e.remote()).isEqualTo("origin");
                    assertThat(e.branch()).isEqualTo("main");
                })
                .hasMessageContaining("has commits that are not in your 'main'")
                .hasMessageContaining("Pull first");

        ada.pull(ProgressListener.NONE);
        assertThat(ada.push("origin", ProgressListener.NONE).status()).isEqualTo(PushOutcome.Status.UPDATED);
    }

    @Test
    void theFirstPushOfANewBranchCreatesItAndSetsTheUpstream() throws Exception {
        ada.createBranch("feature", null);
        ada.switchBranch("feature");
        write(ada, "feature.yaml", "steps: {}\n");
        ada.commit(List.of("feature.yaml"), "Feature");

        PushOutcome pushed = ada.push("origin", ProgressListener.NONE);

        assertThat(pushed.status()).isEqualTo(PushOutcome.Status.CREATED);
        assertThat(pushed.upstreamSet()).isTrue();
        assertThat(ada.branches()).filteredOn(b -> b.name().equals("feature")).singleElement()
                .satisfies(b -> assertThat(b.upstream()).contains("origin/feature"));
        assertThat(ada.push("origin", ProgressListener.NONE).status()).isEqualTo(PushOutcome.Status.UP_TO_DATE);

        FetchOutcome fetched = bob.fetch("origin", ProgressListener.NONE);
        assertThat(fetched.updatedBranches()).containsExactly("origin/feature");
        bob.switchBranch("feature");
        assertThat(bob.status().branch()).contains("feature");
        assertThat(Files.exists(bob.folder().resolve("feature.yaml"))).isTrue();
    }

    @Test
    void aNewRepositoryConnectedToARemotePullsItsBranch() throws Exception {
        try (WorkspaceRepository fresh = WorkspaceRepository.init(dir.resolve("fresh"), access(dir))) {
            write(fresh, "scratch.txt", "untracked notes\n");
            fresh.addRemote("origin", remoteUrl);

            PullOutcome pulled = fresh.pull(ProgressListener.NONE);

            assertThat(pulled.merge().status()).isEqualTo(MergeOutcome.Status.FAST_FORWARD);
            assertThat(read(fresh, "flow.yaml")).contains("echo a");
            assertThat(read(fresh, "scratch.txt")).isEqualTo("untracked notes\n");
            assertThat(fresh.status().branch()).contains("main");
            assertThat(fresh.history(5)).extracting(CommitInfo::summary).containsExactly("Add flow");
        }
    }

    @Test
    void pullIsRefusedWithUncommittedChangesAndBadRemotesAreNamed() throws Exception {
        write(ada, "flow.yaml", "unsaved\n");

        assertThatThrownBy(() -> ada.pull(ProgressListener.NONE)).isInstanceOf(UncommittedChangesException.class)
                .hasMessageContaining("Cannot pull");
        assertThatThrownBy(() -> ada.push("upstream", ProgressListener.NONE)).isInstanceOf(NoSuchRevisionException.class)
                .hasMessageContaining("no remote 'upstream'").hasMessageContaining("origin");
        assertThatThrownBy(() -> ada.addRemote("origin", remoteUrl)).hasMessageContaining("already exists");
        assertThatThrownBy(() -> ada.addRemote("backup", "::not a url::")).hasMessageContaining("is not a git URL");
    }

    @Test
    void aCloneIntoAFolderWithFilesIsRefusedAndAMissingRepositoryLeavesNothing() throws Exception {
        Path used = Files.createDirectories(dir.resolve("used"));
        Files.writeString(used.resolve("keep.txt"), "mine");

        assertThatThrownBy(() -> WorkspaceRepository.cloneInto(remoteUrl, used, access(dir), ProgressListener.NONE))
                .isInstanceOf(GitOperationException.class).hasMessageContaining("not empty");
        String missing = dir.resolve("missing.git").toUri().toString();
        assertThatThrownBy(() -> WorkspaceRepository.cloneInto(missing, dir.resolve("fresh"), access(dir),
                ProgressListener.NONE)).isInstanceOf(GitOperationException.class)
                .hasMessageContaining("no git repository at");
        assertThat(dir.resolve("fresh")).doesNotExist();
    }
}
