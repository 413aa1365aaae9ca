package dev.junction.designer.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceScannerTest {

    private static final Path SAMPLES = Path.of("..", "sample-workflows").toAbsolutePath().normalize();
    private static final String WORKFLOW = "name: x\nsteps:\n  a:\n    run: echo a\n";

    @TempDir
    Path root;

    @Test
    void theSampleWorkspaceShowsItsWorkflowsAndItsAction() throws IOException {
        WorkspaceNode tree = WorkspaceScanner.scan(SAMPLES);

        assertThat(tree.kind()).isEqualTo(WorkspaceNode.Kind.FOLDER);
        assertThat(tree.workflows()).extracting(p -> p.getFileName().toString()).containsExactly(
                "ci-build.yaml", "data-processing.yaml", "deployment.yaml", "hello.yaml", "maintenance.yaml",
                "platform-bootstrap.yaml", "retries-and-timeouts.yaml");
        WorkspaceNode actions = tree.children().getFirst();
        assertThat(actions.name()).isEqualTo("actions");
        WorkspaceNode action = actions.children().getFirst();
        assertThat(action.kind()).isEqualTo(WorkspaceNode.Kind.ACTION);
        assertThat(action.name()).isEqualTo("python-check");
        assertThat(action.description()).isNotBlank();
        assertThat(action.children()).as("an action is one item").isEmpty();
        assertThat(tree.children()).extracting(WorkspaceNode::name).as("folders without workflows are left out")
                .doesNotContain("data", "scripts", "projects");
    }

    @Test
    void foldersComeFirstThenFilesEachByName() throws IOException {
        write("b.yaml", WORKFLOW);
        write("A.yaml", WORKFLOW);
        write("zeta/one.yaml", WORKFLOW);
        write("alpha/two.yml", WORKFLOW);

        WorkspaceNode tree = WorkspaceScanner.scan(root);

        assertThat(tree.children()).extracting(WorkspaceNode::name).containsExactly("alpha", "zeta", "A.yaml", "b.yaml");
        assertThat(tree.workflows()).hasSize(4);
    }

    @Test
    void yamlWithoutStepsHiddenFoldersAndBuildOutputAreLeftOut() throws IOException {
        write("flow.yaml", WORKFLOW);
        write("config.yaml", "key: value\n");
        write("notes.txt", "steps:\n");
        write(".git/hooks.yaml", WORKFLOW);
        write("target/copied.yaml", WORKFLOW);
        write("node_modules/pkg/flow.yaml", WORKFLOW);

        assertThat(WorkspaceScanner.scan(root).workflows()).containsExactly(root.resolve("flow.yaml"));
    }

    @Test
    void anActionWithABrokenFileStillShows() throws IOException {
        write("actions/broken/action.yaml", "name: [unclosed\n");

        WorkspaceNode tree = WorkspaceScanner.scan(root);

        assertThat(tree.actions()).containsExactly(root.resolve("actions/broken"));
    }

    @Test
    void aHugeFolderIsCutOffInsteadOfScannedForever() throws IOException {
        for (int i = 0; i < 50; i++) {
            write("f" + i + ".yaml", WORKFLOW);
        }
        assertThat(WorkspaceScanner.scan(root, 10).workflows()).hasSizeLessThanOrEqualTo(10);
    }

    @Test
    void aMissingFolderIsAnError() {
        assertThatThrownBy(() -> WorkspaceScanner.scan(root.resolve("nope")))
                .isInstanceOf(IOException.class).hasMessageContaining("not a folder");
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
