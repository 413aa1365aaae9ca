package dev.junction.designer.palette;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.git.ActionCache;
import dev.junction.workflow.load.WorkflowLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Actions of configured git libraries appear in the palette and make steps the loader resolves. */
class ActionLibrariesTest {

    @TempDir
    Path dir;

    @Test
    void aConfiguredLibrarysActionsAreOfferedWithTheirGitReference() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("library"));
        RevCommit commit;
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            Path greet = Files.createDirectories(repo.resolve("greet"));
            Files.writeString(greet.resolve("action.yaml"), """
                    name: greet
                    description: Says hello
                    inputs:
                      who: { type: string }
                    runs:
                      run: echo "hello {{ inputs.who }}"
                    """);
            git.add().addFilepattern(".").call();
            commit = git.commit().setMessage("greet").setAuthor("T", "t@example.com").setCommitter("T", "t@example.com").call();
            git.tag().setName("v1").setObjectId(commit).call();
        }
        Path workspace = Files.createDirectories(dir.resolve("workspace/.junction")).getParent();
        String url = repo.toUri().toString().replaceAll("/$", "");
        Files.writeString(workspace.resolve(ActionLibraries.FILE), "- " + url + "@v1\n");
        ActionCache cache = new ActionCache(dir.resolve("cache"));

        ActionLibraries.Found found = new ActionLibraries(cache).scan(workspace);

        assertThat(found.problems()).isEmpty();
        PaletteItem.Action greet = found.actions().getFirst();
        assertThat(greet.label()).isEqualTo("greet");
        assertThat(greet.description()).isEqualTo("Says hello");
        Path workflow = workspace.resolve("flow.yaml");
        Map<String, Object> fields = greet.stepFields(workflow);
        assertThat(fields).containsEntry("uses", url + "//greet@v1").containsEntry("with", Map.of("who", ""));
        assertThat(Files.readString(workspace.resolve(".junction/actions.lock"))).contains(commit.name());

        Files.writeString(workflow, "steps:\n  hi:\n    uses: " + url + "//greet@v1\n    with: { who: Ada }\n");
        assertThat(WorkflowLoader.withActionCache(cache).load(workflow).problems()).isEmpty();
    }

    @Test
    void aLibraryThatCannotBeFetchedIsReportedNotFatal() throws Exception {
        Path workspace = Files.createDirectories(dir.resolve("ws/.junction")).getParent();
        Files.writeString(workspace.resolve(ActionLibraries.FILE), "- file:///no/such/library.git@v1\n- not a reference\n");
        ActionLibraries.Found found = new ActionLibraries(new ActionCache(dir.resolve("cache"))).scan(workspace);
        assertThat(found.actions()).isEmpty();
        assertThat(found.problems()).hasSize(2);
        assertThat(found.problems().getFirst()).startsWith("cannot fetch file:///no/such/library.git");
        assertThat(List.copyOf(found.problems()).get(1)).contains("not <git-url>@<ref>");
    }
}
