package dev.junction.app.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings file's content, as written to JSON. Unknown fields are ignored (a newer version may have
 * written them); missing ones take defaults, so an old or hand-edited file still loads.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
record SettingsData(int version, Theme theme, List<String> recentWorkspaces, String editorMode, WindowPlacement window,
                    PanelState panels, Map<String, Map<String, Object>> runInputs) {

    static final int VERSION = 1;

    SettingsData {
        theme = theme == null ? Theme.SYSTEM : theme;
        recentWorkspaces = recentWorkspaces == null ? List.of() : List.copyOf(recentWorkspaces);
        editorMode = editorMode == null ? "SPLIT" : editorMode;
        panels = panels == null ? PanelState.DEFAULT : panels;
        runInputs = runInputs == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(runInputs));
    }

    static SettingsData defaults() {
        return new SettingsData(VERSION, Theme.SYSTEM, List.of(), "SPLIT", null, PanelState.DEFAULT, Map.of());
    }

    /** Which side panels were shown. */
    record PanelState(boolean explorer, boolean inspector, boolean bottom) {
        static final PanelState DEFAULT = new PanelState(true, true, true);
    }
}
