package dev.junction.designer.git;

import dev.junction.git.workspace.IsolatedGitConfig;
import static dev.junction.designer.git.GitFixture.await;
import static dev.junction.designer.git.GitFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.designer.fxtest.Fx;
import dev.junction.git.workspace.BranchInfo;
import dev.junction.git.workspace.ChangeKind;
import dev.junction.git.workspace.MergeOutcome;
import dev.junction.git.workspace.NonFastForwardException;
import dev.junction.git.workspace.UncommittedChangesException;
import dev.junction.git.workspace.HostKeyRejectedException;
import dev.junction.git.credentials.Credential;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Branches, merge, fetch/pull/push and clone through the view models, against real repositories and a bare remote. */
class BranchesAndSyncTest {

    @TempDir
    Path dir;

    private IsolatedGitConfig config;
    private final List<Path> unsaved = new ArrayList<>();
    private final EditorBuffers buffers = new EditorBuffers() {
        @Override
        public List<Path> unsaved() {
            return List.copyOf(unsaved);
        }

        @Override
        public void reloadFromDisk() {
        }
    };
    /** Prompts answered the way a user who cancels would: nothing to retry with. */
    private final RemotePrompts cancelling = new RemotePrompts() {
        @Override
        public Optional<Credential> askCredential(RemoteTarget target, String problem) {
            return Optional.empty();
        }

        @Override
        public boolean trustHost(HostKeyRejectedException rejected) {
            return false;
        }
    };

    @BeforeAll
    static void startFx() {
        Fx.start();
    }

    @BeforeEach
    void identity() throws Exception {
        config = IsolatedGitConfig.withIdentity(dir.resolve("gitconfig"), "Ada", "ada@example.com");
    }

    @AfterEach
    void restoreConfig() {
        config.close();
    }

    @Test
    void switchingIsRefusedOverUnsavedBuffersAndOverUncommittedChangesWithTheirNames() throws Exception {
        GitFixture fixture = new GitFixture(dir).withCommittedWorkflow();
        GitWorkspace git = fixture.open(buffers);
        BranchesViewModel branches = Fx.call(() -> new BranchesViewModel(git));

        await(() -> branches.create("feature/retry", false));
        assertThat(Fx.call(() -> branches.branches().stream().map(BranchInfo::name).toList()))
                .containsExactly("feature/retry", "main");

        unsaved.add(fixture.workspace.resolve("hello.yaml"));
        assertThat(failure(() -> branches.switchTo("feature/retry"))).isInstanceOf(GitRefusal.class)
                .hasMessage("Cannot switch to 'feature/retry': hello.yaml has unsaved changes in the editor. Save or"
                        + " close it first, so nothing you typed is lost.");
        unsaved.clear();

        fixture.write("hello.yaml", GitFixture.HELLO + "# local edit\n");
        await(git::refresh);
        assertThat(failure(() -> branches.switchTo("feature/retry"))).isInstanceOf(UncommittedChangesException.class)
                .hasMessageContaining("hello.yaml");
        assertThat(Fx.call(() -> git.branchProperty().get())).isEqualTo("main");

        fixture.write("hello.yaml", GitFixture.HELLO);
        await(() -> branches.switchTo("feature/retry"));
        assertThat(Fx.call(() -> git.branchProperty().get())).isEqualTo("feature/retry");
        assertThat(Fx.call(() -> branches.branches().stream().filter(BranchInfo::current).map(BranchInfo::name).toList()))
                .containsExactly("feature/retry");
    }

    @Test
    void aMergeWithConflictsReportsThemPerFileAndBadgesTheFiles() throws Exception {
        GitFixture fixture = new GitFixture(dir).withCommittedWorkflow();
        GitWorkspace git = fixture.open(buffers);
        BranchesViewModel branches = Fx.call(() -> new BranchesViewModel(git));
        await(() -> branches.create("other", true));
        fixture.write("hello.yaml", GitFixture.HELLO.replace("make test", "make test-other"));
        commitAll(fixture, "Other's test");
        await(() -> branches.switchTo("main"));
        fixture.write("hello.yaml", GitFixture.HELLO.replace("make test", "make test-main"));
        commitAll(fixture, "Main's test");

        MergeOutcome outcome = await(() -> branches.merge("other"));

        assertThat(outcome.status()).isEqualTo(MergeOutcome.Status.CONFLICTING);
        assertThat(outcome.conflicts()).containsExactly("hello.yaml");
        assertThat(BranchesViewModel.describe(outcome, "other")).startsWith("Merging other left 1 file in conflict: hello.yaml.");
        assertThat(fixture.read("hello.yaml")).contains("<<<<<<<").contains("make test-main").contains("make test-other");
        assertThat(Fx.call(() -> git.changes().get(fixture.workspace.resolve("hello.yaml")))).isEqualTo(ChangeKind.CONFLICTING);
        ChangesViewModel changes = Fx.call(() -> new ChangesViewModel(git));
        assertThat(Fx.call(() -> changes.merging().get())).isTrue();
        assertThat(Fx.call(() -> changes.summaryProperty().get())).isEqualTo("1 changed file on main · 1 conflict");

        await(branches::abortMerge);
        assertThat(fixture.read("hello.yaml")).contains("make test-main").doesNotContain("<<<<<<<");
        assertThat(Fx.call(() -> git.changes().isEmpty())).isTrue();
    }

    @Test
    void aColleaguesPushedChangeIsPulledAndAPushBehindItIsExplainedAsPullFirst() throws Exception {
        GitFixture fixture = new GitFixture(dir).withCommittedWorkflow();
        Path remote = fixture.bareRemote("team.git");
        try (Git mine = Git.open(fixture.workspace.toFile())) {
            mine.remoteAdd().setName("origin").setUri(new org.eclipse.jgit.transport.URIish(remote.toUri().toString())).call();
        }
        GitWorkspace git = fixture.open(buffers);
        SyncViewModel sync = Fx.call(() -> new SyncViewModel(git, cancelling));

        SyncReport pushed = await(sync::push);
        assertThat(pushed.message()).isEqualTo("Pushed main to origin (new branch origin/main).");

        Path colleague = dir.resolve("colleague");
        try (Git theirs = Git.cloneRepository().setURI(remote.toUri().toString()).setDirectory(colleague.toFile()).call()) {
            Files.writeString(colleague.resolve("hello.yaml"), GitFixture.HELLO + "  lint:\n    run: make lint\n");
            theirs.add().addFilepattern("hello.yaml").call();
            theirs.commit().setMessage("Colleague adds lint").call();
            theirs.push().call();
        }
        fixture.write("notes.md", "mine\n");
        commitAll(fixture, "My notes");

        Throwable rejected = failure(sync::push);
        assertThat(rejected).isInstanceOf(NonFastForwardException.class).hasMessageContaining("Pull first");

        unsaved.add(fixture.workspace.resolve("hello.yaml"));
        assertThat(failure(sync::pull)).isInstanceOf(GitRefusal.class).hasMessageContaining("unsaved changes");
        unsaved.clear();

        SyncReport pulled = await(sync::pull);
        assertThat(pulled.message()).startsWith("Pulled origin/main and merged it");
        assertThat(pulled.hasConflicts()).isFalse();
        assertThat(fixture.read("hello.yaml")).contains("make lint");
        assertThat(await(sync::push).message()).isEqualTo("Pushed main to origin/main.");
        assertThat(await(sync::fetch).message()).isEqualTo("Fetched from origin: nothing new.");
        assertThat(Fx.call(() -> git.taskProperty().get())).as("no operation left running").isNull();
    }

    @Test
    void pushWithoutARemoteSaysHowToAddOne() throws Exception {
        GitFixture fixture = new GitFixture(dir).withCommittedWorkflow();
        GitWorkspace git = fixture.open(buffers);
        SyncViewModel sync = Fx.call(() -> new SyncViewModel(git, cancelling));

        assertThat(failure(sync::push)).isInstanceOf(GitRefusal.class).hasMessageContaining("no remote yet");
    }

    @Test
    void cloneMakesANewWorkspaceFolderNamedAfterTheUrl() throws Exception {
        GitFixture fixture = new GitFixture(dir).withCommittedWorkflow();
        Path remote = fixture.bareRemote("team-flows.git");
        try (Git mine = Git.open(fixture.workspace.toFile())) {
            mine.push().setRemote(remote.toUri().toString()).add("main").call();
        }
        Path parent = Files.createDirectories(dir.resolve("projects"));
        CloneViewModel clone = Fx.call(() -> new CloneViewModel(fixture.access, cancelling, parent));

        assertThat(Fx.call(() -> clone.problem().get())).contains("URL");
        Fx.run(() -> clone.urlProperty().set(remote.toUri().toString()));
        assertThat(Fx.call(() -> clone.nameProperty().get())).isEqualTo("team-flows");
        assertThat(Fx.call(() -> clone.canClone().get())).isTrue();

        Path cloned = await(() -> clone.cloneRepository(null));

        assertThat(cloned).isEqualTo(parent.resolve("team-flows"));
        assertThat(Files.readString(cloned.resolve("hello.yaml"))).isEqualTo(GitFixture.HELLO);
        assertThat(Fx.call(() -> clone.problem().get())).as("the folder is taken now").contains("not empty");

        Fx.run(() -> clone.urlProperty().set(dir.resolve("nothing-here.git").toUri().toString()));
        Fx.run(() -> {
            clone.nameEdited();
            clone.nameProperty().set("second");
        });
        assertThat(failure(() -> clone.cloneRepository(null))).hasMessageContaining("nothing-here.git");
        assertThat(parent.resolve("second")).doesNotExist();
    }

    private static void commitAll(GitFixture fixture, String message) throws Exception {
        try (Git git = Git.open(fixture.workspace.toFile())) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage(message).call();
        }
    }
}
