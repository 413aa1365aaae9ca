package dev.junction.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.app.settings.SettingsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting and stopping the real app: what it remembers, and what it does with bad settings. */
class AppLifecycleTest {

    @TempDir
    Path home;

    @Test
    void theNextStartReopensTheLastWorkspaceNotTheSamples() throws Exception {
        Path other = Files.createDirectories(home.resolve("team-flows"));
        Files.writeString(other.resolve("deploy.yaml"), "name: deploy\nsteps:\n  go:\n    run: echo go\n");
        try (RunningApp first = RunningApp.start(home, other, false)) {
            assertThat(first.fx(() -> first.window().workspaceProperty().get())).isEqualTo(other);
        }
        Path samples = home.resolve("samples");
        RunningApp.copyTree(RunningApp.SAMPLES, samples);
        try (RunningApp second = RunningApp.start(home, samples, true)) {
            assertThat(second.fx(() -> second.window().workspaceProperty().get())).isEqualTo(other);
            assertThat(second.fx(() -> second.window().settings().recentWorkspaces())).containsExactly(other);
        }
    }

    @Test
    void aBrokenSettingsFileIsReportedInTheStatusBarAndTheAppStillStarts() throws Exception {
        Path config = Files.createDirectories(home.resolve("config"));
        Files.writeString(config.resolve(SettingsStore.FILE_NAME), "{ not json");
        try (RunningApp app = RunningApp.start(home)) {
            app.waitFor(() -> app.window().statusMessage().contains("settings.json.broken"));
            assertThat(app.fx(() -> app.window().workspaceProperty().get())).isEqualTo(app.workspace);
        }
    }

    @Test
    void anEngineThatCannotStartLeavesEditingWorkingAndSaysWhy() throws Exception {
        Files.writeString(home.resolve("data"), "not a folder");
        try (RunningApp app = RunningApp.start(home)) {
            app.waitFor(() -> app.window().statusMessage().contains("The local engine could not start"));
            assertThat(app.fx(() -> app.window().openWorkflow(app.workspace.resolve("hello.yaml")))
                    .get(20, java.util.concurrent.TimeUnit.SECONDS).document().text()).contains("name: hello");
        }
    }

    @Test
    void windowPlaceAndPanelsAreRememberedOnClose() throws Exception {
        try (RunningApp app = RunningApp.start(home)) {
            app.fx(() -> {
                app.stage.setWidth(900);
                app.stage.setHeight(640);
            });
        }
        assertThat(home.resolve("config").resolve(SettingsStore.FILE_NAME)).content()
                .contains("\"width\" : 900.0").contains("\"height\" : 640.0");
    }
}
