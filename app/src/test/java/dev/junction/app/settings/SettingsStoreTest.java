package dev.junction.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.designer.editor.EditorMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path config;

    @Test
    void noFileMeansDefaultsAndNoWarning() {
        try (SettingsStore store = new SettingsStore(config)) {
            SettingsStore.Loaded loaded = store.load();
            assertThat(loaded.warning()).isEmpty();
            assertThat(loaded.settings().themeProperty().get()).isEqualTo(Theme.SYSTEM);
            assertThat(loaded.settings().editorModeProperty().get()).isEqualTo(EditorMode.SPLIT);
            assertThat(loaded.settings().recentWorkspaces()).isEmpty();
            assertThat(loaded.settings().explorerShown()).isTrue();
        }
        assertThat(config.resolve(SettingsStore.FILE_NAME)).as("nothing changed, nothing written").doesNotExist();
    }

    @Test
    void everyChangeIsSavedAndReadBack() throws Exception {
        Path a = Files.createDirectories(config.resolve("a"));
        Path b = Files.createDirectories(config.resolve("b"));
        Path workflow = a.resolve("hello.yaml");
        try (SettingsStore store = new SettingsStore(config)) {
            Settings settings = store.load().settings();
            settings.themeProperty().set(Theme.DARK);
            settings.editorModeProperty().set(EditorMode.YAML);
            settings.addRecentWorkspace(a);
            settings.addRecentWorkspace(b);
            settings.addRecentWorkspace(a);
            settings.rememberRunInputs(workflow, Map.of("who", "Ada", "count", 3, "dry", true, "tags", List.of("x", "y")));
            settings.setWindow(10, 20, 1200, 700, false);
            settings.setPanels(false, true, false);
        }
        try (SettingsStore store = new SettingsStore(config)) {
            SettingsStore.Loaded loaded = store.load();
            Settings settings = loaded.settings();
            assertThat(loaded.warning()).isEmpty();
            assertThat(settings.themeProperty().get()).isEqualTo(Theme.DARK);
            assertThat(settings.editorModeProperty().get()).isEqualTo(EditorMode.YAML);
            assertThat(settings.recentWorkspaces()).containsExactly(a, b);
            assertThat(settings.lastWorkspace()).contains(a);
            assertThat(settings.lastRunInputs(workflow))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("who", "Ada", "count", 3, "dry", true, "tags", List.of("x", "y")));
            assertThat(settings.lastRunInputs(a.resolve("other.yaml"))).isEmpty();
            assertThat(settings.window()).contains(new WindowPlacement(10, 20, 1200, 700, false));
            assertThat(settings.explorerShown()).isFalse();
            assertThat(settings.inspectorShown()).isTrue();
            assertThat(settings.bottomPanelShown()).isFalse();
        }
    }

    @Test
    void recentWorkspacesAreCappedAndAFolderThatIsGoneIsNotReopened() throws Exception {
        try (SettingsStore store = new SettingsStore(config)) {
            Settings settings = store.load().settings();
            for (int i = 0; i < Settings.MAX_RECENT + 3; i++) {
                settings.addRecentWorkspace(Files.createDirectories(config.resolve("w" + i)));
            }
            assertThat(settings.recentWorkspaces()).hasSize(Settings.MAX_RECENT).first().isEqualTo(config.resolve("w12"));
            Files.delete(config.resolve("w12"));
            assertThat(settings.lastWorkspace()).contains(config.resolve("w11"));
        }
    }

    @Test
    void aBrokenFileGivesDefaultsAWarningWithTheLineAndIsKeptAside() throws Exception {
        Path file = config.resolve(SettingsStore.FILE_NAME);
        Files.writeString(file, "{\n  \"theme\": \"DARK\",\n  oops\n}\n");
        try (SettingsStore store = new SettingsStore(config)) {
            SettingsStore.Loaded loaded = store.load();
            assertThat(loaded.settings().themeProperty().get()).isEqualTo(Theme.SYSTEM);
            assertThat(loaded.warning()).contains(file.toString()).contains("line 3").contains("settings.json.broken");
        }
        assertThat(config.resolve("settings.json.broken")).content().contains("oops");
        assertThat(file).doesNotExist();
    }

    @Test
    void aWrongValueIsAWarningToo() throws Exception {
        Files.writeString(config.resolve(SettingsStore.FILE_NAME), "{ \"theme\": \"PURPLE\" }");
        try (SettingsStore store = new SettingsStore(config)) {
            SettingsStore.Loaded loaded = store.load();
            assertThat(loaded.warning()).contains("PURPLE");
            assertThat(loaded.settings().themeProperty().get()).isEqualTo(Theme.SYSTEM);
        }
    }

    @Test
    void fieldsFromANewerVersionAreIgnoredAndMissingOnesDefault() throws Exception {
        Files.writeString(config.resolve(SettingsStore.FILE_NAME), "{ \"theme\": \"LIGHT\", \"futureThing\": [1, 2] }");
        try (SettingsStore store = new SettingsStore(config)) {
            SettingsStore.Loaded loaded = store.load();
            assertThat(loaded.warning()).isEmpty();
            assertThat(loaded.settings().themeProperty().get()).isEqualTo(Theme.LIGHT);
            assertThat(loaded.settings().editorModeProperty().get()).isEqualTo(EditorMode.SPLIT);
        }
    }

    @Test
    void aFolderThatCannotBeWrittenIsReportedNotThrown() throws Exception {
        Path notAFolder = Files.writeString(config.resolve("plain-file"), "x");
        List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (SettingsStore store = new SettingsStore(notAFolder)) {
            store.setOnWriteError(errors::add);
            store.load().settings().themeProperty().set(Theme.DARK);
        }
        assertThat(errors).singleElement().asString().startsWith("Cannot save settings to " + notAFolder);
    }
}
