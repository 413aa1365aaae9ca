package dev.junction.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.app.settings.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchOptionsTest {

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty(LaunchOptions.SAMPLE_PROPERTY);
    }

    @Test
    void theFolderArgumentWinsThenTheLastWorkspaceThenTheSamples() throws Exception {
        Path samples = Files.createDirectories(dir.resolve("samples"));
        Path last = Files.createDirectories(dir.resolve("last"));
        Path named = Files.createDirectories(dir.resolve("named"));
        System.setProperty(LaunchOptions.SAMPLE_PROPERTY, samples.toString());
        Settings settings = Settings.inMemory();

        assertThat(LaunchOptions.of(List.of()).initialWorkspace(settings)).contains(samples);
        settings.addRecentWorkspace(last);
        assertThat(LaunchOptions.of(List.of()).initialWorkspace(settings)).contains(last);
        assertThat(LaunchOptions.of(List.of(named.toString())).initialWorkspace(settings)).contains(named);
    }

    @Test
    void blankArgumentsAreIgnoredAndMissingSamplesMeanNoWorkspace() {
        System.setProperty(LaunchOptions.SAMPLE_PROPERTY, dir.resolve("gone").toString());
        LaunchOptions options = LaunchOptions.of(List.of("", "  "));
        assertThat(options.workspace()).isNull();
        assertThat(options.initialWorkspace(Settings.inMemory())).isEmpty();
    }
}
