package dev.junction.designer.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutStoreTest {

    @TempDir
    Path workspace;

    @Test
    void layoutFileMirrorsTheWorkflowsPathUnderDotJunction() {
        assertThat(LayoutStore.of(workspace, workspace.resolve("ci.yaml")).file())
                .isEqualTo(workspace.resolve(".junction/layout/ci.json"));
        assertThat(LayoutStore.of(workspace, workspace.resolve("team/deploy.yml")).file())
                .isEqualTo(workspace.resolve(".junction/layout/team/deploy.json"));
    }

    @Test
    void workspaceIsFoundAboveTheWorkflowByItsDotFolders() throws IOException {
        Files.createDirectories(workspace.resolve(".git"));
        Path file = Files.createDirectories(workspace.resolve("a/b")).resolve("flow.yaml");
        assertThat(LayoutStore.near(file).file()).isEqualTo(workspace.resolve(".junction/layout/a/b/flow.json"));
    }

    @Test
    void writesAndReadsBackPositionsAndDirection() throws IOException {
        LayoutStore store = LayoutStore.of(workspace, workspace.resolve("ci.yaml"));
        assertThat(store.read()).isEmpty();
        List<Position> curve = List.of(new Position(0, 0), new Position(0, 10), new Position(5, 20), new Position(5, 30));
        store.write(new SavedLayout(Direction.LEFT_TO_RIGHT, Map.of("build", new Position(12.25, -40), "test",
                new Position(300, 0)), Map.of(new LayoutGraph.Edge("build", "test"), curve)));
        SavedLayout read = store.read().orElseThrow();
        assertThat(read.routes()).containsEntry(new LayoutGraph.Edge("build", "test"), curve);
        assertThat(read.direction()).isEqualTo(Direction.LEFT_TO_RIGHT);
        assertThat(read.positions()).containsEntry("build", new Position(12.3, -40)).containsEntry("test", new Position(300, 0));
        try (var files = Files.list(store.file().getParent())) {
            assertThat(files).containsExactly(store.file()); // no temporary file left behind
        }
    }

    @Test
    void badFilesAreReportedWithTheirReason() throws IOException {
        LayoutStore store = LayoutStore.of(workspace, workspace.resolve("ci.yaml"));
        Files.createDirectories(store.file().getParent());
        Files.writeString(store.file(), "[1, 2]");
        assertThatThrownBy(store::read).isInstanceOf(IOException.class).hasMessageContaining("'positions'");
        Files.writeString(store.file(), "{\"positions\": {\"a\": {\"x\": \"left\", \"y\": 1}}}");
        assertThatThrownBy(store::read).hasMessageContaining("position of 'a' needs numbers x and y");
        Files.writeString(store.file(), "{\"direction\": \"UPWARDS\", \"positions\": {}}");
        assertThatThrownBy(store::read).hasMessageContaining("unknown direction 'UPWARDS'");
    }
}
