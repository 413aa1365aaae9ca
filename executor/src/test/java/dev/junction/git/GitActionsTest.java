package dev.junction.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.engine.LocalExecutor;
import dev.junction.engine.Secrets;
import dev.junction.run.RunRequest;
import dev.junction.run.RunStatus;
import dev.junction.steps.UsesKind;
import dev.junction.workflow.Workflow;
import dev.junction.workflow.load.LoadResult;
import dev.junction.workflow.load.WorkflowLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Actions from other git repositories: real repos made with JGit, a "remote" on disk reached by file://. */
class GitActionsTest {

    @TempDir
    Path dir;
    private Path remote;
    private Path workspace;
    private RevCommit v1;
    private RevCommit v2;

    @BeforeEach
    void remoteWithTwoTaggedVersions() throws Exception {
        remote = Files.createDirectories(dir.resolve("actions-repo"));
        try (Git git = Git.init().setDirectory(remote.toFile()).setInitialBranch("main").call()) {
            v1 = commitAction(git, "hello from v1");
            git.tag().setName("v1").setObjectId(v1).setAnnotated(true).setMessage("v1").call();
            v2 = commitAction(git, "hello from v2");
            git.tag().setName("v2").setObjectId(v2).call();
        }
        workspace = Files.createDirectories(dir.resolve("workspace/.junction")).getParent();
    }

    private RevCommit commitAction(Git git, String greeting) throws Exception {
        Path action = Files.createDirectories(remote.resolve("greet"));
        Files.writeString(action.resolve("action.yaml"), """
                name: greet
                inputs:
                  who: { type: string }
                outputs:
                  line: "{{ stdout | trim }}"
                runs:
                  run: echo "%s to {{ inputs.who }}"
                """.formatted(greeting));
        git.add().addFilepattern(".").call();
        return git.commit().setMessage(greeting).setAuthor("Test", "test@example.com")
                .setCommitter("Test", "test@example.com").call();
    }

    private Path workflow(String ref) throws Exception {
        return Files.writeString(workspace.resolve("use.yaml"), """
                steps:
                  hello:
                    uses: %s//greet@%s
                    with: { who: Ada }
                  after:
                    needs: [hello]
                    log: "{{ steps.hello.outputs.line }}"
                """.formatted(remote.toUri().toString(), ref));
    }

    private WorkflowLoader loader() {
        return WorkflowLoader.withActionCache(new ActionCache(dir.resolve("cache")));
    }

    @Test
    void anActionPinnedByTagResolvesToThatTagsCommitAndRuns() throws Exception {
        LoadResult result = loader().load(workflow("v1"));
        assertThat(result.problems()).isEmpty();
        Workflow wf = result.orThrow();
        UsesKind.Config config = (UsesKind.Config) wf.steps().get("hello").spec().config();
        assertThat(config.action().revision()).isEqualTo(v1.name());
        assertThat(Files.readString(workspace.resolve(".junction/actions.lock"))).contains(v1.name());

        try (LocalExecutor executor = LocalExecutor.open(dir.resolve("data"), Secrets.none())) {
            var handle = executor.submit(RunRequest.of(wf, Map.of()), e -> { });
            assertThat(handle.completion().get(60, TimeUnit.SECONDS)).isEqualTo(RunStatus.SUCCESS);
            var run = executor.run(handle.runId()).orElseThrow();
            assertThat(run.steps()).filteredOn(s -> s.stepKey().equals("after")).singleElement()
                    .satisfies(s -> assertThat(s.outputs()).containsEntry("message", "hello from v1 to Ada"));
        }
    }

    @Test
    void theCacheServesAPinnedActionOfflineOnceTheRemoteIsGone() throws Exception {
        Path file = workflow("v2");
        assertThat(loader().load(file).problems()).isEmpty();
        deleteTree(remote);

        LoadResult offline = loader().load(file);
        assertThat(offline.problems()).isEmpty();
        UsesKind.Config config = (UsesKind.Config) offline.orThrow().steps().get("hello").spec().config();
        assertThat(config.action().revision()).isEqualTo(v2.name());
    }

    @Test
    void aBranchStaysPinnedToTheResolvedCommitUntilTheLockEntryIsRemoved() throws Exception {
        Path file = workflow("main");
        assertThat(revisionOf(loader().load(file))).isEqualTo(v2.name());
        RevCommit v3;
        try (Git git = Git.open(remote.toFile())) {
            v3 = commitAction(git, "hello from v3");
        }
        assertThat(revisionOf(loader().load(file))).as("still pinned").isEqualTo(v2.name());
        Files.delete(workspace.resolve(".junction/actions.lock"));
        assertThat(revisionOf(loader().load(file))).as("re-resolved after a fetch").isEqualTo(v3.name());
    }

    @Test
    void anUnknownRefIsALocatedValidationErrorListingWhatExists() throws Exception {
        LoadResult result = loader().load(workflow("v9"));
        assertThat(result.workflow()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().line()).isEqualTo(3);
            assertThat(p.location().column()).isEqualTo(11);
            assertThat(p.message()).contains("ref 'v9' not found").contains("tags: v1, v2").contains("branches: main");
        });
    }

    @Test
    void anUnreachableRepositoryIsAClearError() throws Exception {
        Path file = Files.writeString(workspace.resolve("bad.yaml"),
                "steps:\n  a:\n    uses: file:///no/such/repo.git//greet@v1\n");
        LoadResult result = loader().load(file);
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("cannot fetch file:///no/such/repo.git"));
    }

    @Test
    void aMalformedGitReferenceSaysWhatShapeIsExpected() throws Exception {
        Path file = Files.writeString(workspace.resolve("bad.yaml"), "steps:\n  a:\n    uses: https://example.com/repo.git\n");
        assertThat(loader().load(file).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("<git-url>//<path>@<ref>"));
    }

    @Test
    void runsRecordTheCommitOfTheirDefinitionAndWhetherItWasDirty() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("defs"));
        Path file = Files.writeString(repo.resolve("wf.yaml"), "steps:\n  a: { log: hi }\n");
        RevCommit head;
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            git.add().addFilepattern("wf.yaml").call();
            head = git.commit().setMessage("wf").setAuthor("T", "t@example.com").setCommitter("T", "t@example.com").call();
        }
        try (LocalExecutor executor = LocalExecutor.open(dir.resolve("data"), Secrets.none())) {
            String clean = runAndGetRevision(executor, file);
            assertThat(clean).isEqualTo(head.name());
            Files.writeString(file, "steps:\n  a: { log: changed }\n");
            assertThat(runAndGetRevision(executor, file)).isEqualTo(head.name() + "+dirty");
        }
    }

    private String runAndGetRevision(LocalExecutor executor, Path file) throws Exception {
        var handle = executor.submit(RunRequest.of(loader().load(file).orThrow(), Map.of()), e -> { });
        handle.completion().get(30, TimeUnit.SECONDS);
        return executor.run(handle.runId()).orElseThrow().summary().definitionRevision();
    }

    private static String revisionOf(LoadResult result) {
        return ((UsesKind.Config) result.orThrow().steps().get("hello").spec().config()).action().revision();
    }

    private static void deleteTree(Path path) throws Exception {
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
