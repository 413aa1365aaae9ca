package dev.junction.designer.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceWatcherTest {

    @TempDir
    Path root;

    @Test
    void changesAnywhereBelowTheRootAreReportedIncludingInNewFolders() throws Exception {
        Semaphore changes = new Semaphore(0);
        try (WorkspaceWatcher watcher = WorkspaceWatcher.start(root, Duration.ofMillis(50), changes::release)) {
            Path folder = Files.createDirectories(root.resolve("team"));
            assertThat(changes.tryAcquire(10, TimeUnit.SECONDS)).as("new folder").isTrue();
            changes.drainPermits();

            Files.writeString(folder.resolve("flow.yaml"), "steps: {}\n");
            assertThat(changes.tryAcquire(10, TimeUnit.SECONDS)).as("file in the new folder").isTrue();
        }
    }

    @Test
    void hiddenFoldersAreNotWatched() throws Exception {
        Semaphore changes = new Semaphore(0);
        Path git = Files.createDirectories(root.resolve(".git"));
        try (WorkspaceWatcher watcher = WorkspaceWatcher.start(root, Duration.ofMillis(50), changes::release)) {
            Files.writeString(git.resolve("index"), "x");
            assertThat(changes.tryAcquire(1, TimeUnit.SECONDS)).as("a write in .git is not reported").isFalse();
            Files.writeString(root.resolve("seen.yaml"), "steps: {}\n");
            assertThat(changes.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        }
    }
}
