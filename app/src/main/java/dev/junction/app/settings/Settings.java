package dev.junction.app.settings;

import dev.junction.designer.editor.EditorMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The user's settings: theme, recent workspaces, editor layout, window place, and the last run inputs per
 * workflow. Every change is saved at once (in the background) by the {@link SettingsStore} that loaded
 * them. FX thread only.
 */
public final class Settings {

    /** How many recent workspaces are remembered. */
    public static final int MAX_RECENT = 10;

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final ObjectProperty<EditorMode> editorMode = new SimpleObjectProperty<>(this, "editorMode");
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final Map<String, Map<String, Object>> runInputs = new LinkedHashMap<>();
    private final Consumer<SettingsData> sink;
    private WindowPlacement window;
    private SettingsData.PanelState panels;

    Settings(SettingsData data, Consumer<SettingsData> sink) {
        this.sink = sink;
        theme.set(data.theme());
        editorMode.set(parseMode(data.editorMode()));
        data.recentWorkspaces().stream().map(Path::of).distinct().limit(MAX_RECENT).forEach(recent::add);
        runInputs.putAll(data.runInputs());
        window = data.window();
        panels = data.panels();
        theme.addListener((obs, old, now) -> save());
        editorMode.addListener((obs, old, now) -> save());
    }

    /** Settings that are not saved anywhere (defaults; for tests and when no config folder exists). */
    public static Settings inMemory() {
        return new Settings(SettingsData.defaults(), d -> { });
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The mode new editor tabs open in; the last one the user chose. */
    public ObjectProperty<EditorMode> editorModeProperty() {
        return editorMode;
    }

    /** Recently opened workspace folders, most recent first (read-only; see {@link #addRecentWorkspace}). */
    public ObservableList<Path> recentWorkspaces() {
        return FXCollections.unmodifiableObservableList(recent);
    }

    /** Moves {@code folder} to the top of the recent workspaces. */
    public void addRecentWorkspace(Path folder) {
        Path normalized = folder.toAbsolutePath().normalize();
        List<Path> updated = new ArrayList<>(recent);
        updated.remove(normalized);
        updated.addFirst(normalized);
        recent.setAll(updated.subList(0, Math.min(updated.size(), MAX_RECENT)));
        save();
    }

    public void clearRecentWorkspaces() {
        recent.clear();
        save();
    }

    /** The workspace opened last, if it still exists as a folder. */
    public Optional<Path> lastWorkspace() {
        return recent.stream().filter(java.nio.file.Files::isDirectory).findFirst();
    }

    /**
     * The inputs last used to run {@code workflow} (by its absolute path), for the run dialog to start
     * from; empty when it never ran. Values are what the dialog stored: text, numbers, booleans, lists.
     */
    public Map<String, Object> lastRunInputs(Path workflow) {
        return runInputs.getOrDefault(key(workflow), Map.of());
    }

    /** Remembers the inputs of a run of {@code workflow}. */
    public void rememberRunInputs(Path workflow, Map<String, Object> inputs) {
        runInputs.put(key(workflow), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs)));
        save();
    }

    public Optional<WindowPlacement> window() {
        return Optional.ofNullable(window);
    }

    public void setWindow(double x, double y, double width, double height, boolean maximized) {
        window = new WindowPlacement(x, y, width, height, maximized);
        save();
    }

    public boolean explorerShown() {
        return panels.explorer();
    }

    public boolean inspectorShown() {
        return panels.inspector();
    }

    public boolean bottomPanelShown() {
        return panels.bottom();
    }

    public void setPanels(boolean explorer, boolean inspector, boolean bottom) {
        panels = new SettingsData.PanelState(explorer, inspector, bottom);
        save();
    }

    SettingsData data() {
        return new SettingsData(SettingsData.VERSION, theme.get(), recent.stream().map(Path::toString).toList(),
                editorMode.get().name(), window, panels, runInputs);
    }

    private void save() {
        sink.accept(data());
    }

    private static String key(Path workflow) {
        return workflow.toAbsolutePath().normalize().toString();
    }

    private static EditorMode parseMode(String name) {
        try {
            return EditorMode.valueOf(name);
        } catch (IllegalArgumentException e) {
            return EditorMode.SPLIT;
        }
    }
}
