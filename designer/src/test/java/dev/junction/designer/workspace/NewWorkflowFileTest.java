package dev.junction.designer.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.workflow.load.LoadResult;
import dev.junction.workflow.load.WorkflowLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewWorkflowFileTest {

    @TempDir
    Path folder;

    @Test
    void aNewWorkflowIsAValidWorkflowNamedLikeItsFile() throws IOException {
        Path file = NewWorkflowFile.create(folder, "nightly-backup");

        assertThat(file).isEqualTo(folder.resolve("nightly-backup.yaml"));
        LoadResult loaded = WorkflowLoader.standard().load(file);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.orThrow().name()).isEqualTo("nightly-backup");
        assertThat(WorkspaceScanner.isWorkflowFile(file)).as("the explorer lists it").isTrue();
    }

    @Test
    void aTypedExtensionIsNotDoubled() throws IOException {
        assertThat(NewWorkflowFile.create(folder, " deploy.yaml ")).isEqualTo(folder.resolve("deploy.yaml"));
        assertThat(NewWorkflowFile.create(folder, "build.YML")).isEqualTo(folder.resolve("build.yaml"));
    }

    @Test
    void badNamesAreExplained() throws IOException {
        Files.writeString(folder.resolve("taken.yml"), "steps: {}\n");
        assertThat(NewWorkflowFile.problem(folder, "")).contains("Enter a name");
        assertThat(NewWorkflowFile.problem(folder, "sub/flow")).contains("not a path");
        assertThat(NewWorkflowFile.problem(folder, "my flow")).contains("letters, digits");
        assertThat(NewWorkflowFile.problem(folder, "1st")).contains("starting with a letter");
        assertThat(NewWorkflowFile.problem(folder, "taken")).contains("already exists");
        assertThat(NewWorkflowFile.problem(folder, "fine_name-2")).isEmpty();
    }

    @Test
    void creatingWithABadNameWritesNothing() {
        assertThatThrownBy(() -> NewWorkflowFile.create(folder, "a b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("letters, digits");
        assertThat(folder.toFile().list()).isEmpty();
    }
}
