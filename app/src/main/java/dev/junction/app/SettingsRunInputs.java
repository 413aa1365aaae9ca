package dev.junction.app;

import dev.junction.app.settings.Settings;
import dev.junction.designer.run.RunInputsMemory;
import java.nio.file.Path;
import java.util.Map;

/** The run dialog's memory of input values, kept in the user's settings file (per workflow file). */
final class SettingsRunInputs implements RunInputsMemory {

    private final Settings settings;

    SettingsRunInputs(Settings settings) {
        this.settings = settings;
    }

    @Override
    public Map<String, Object> load(Path workflowFile) {
        return settings.lastRunInputs(workflowFile);
    }

    @Override
    public void save(Path workflowFile, Map<String, Object> values) {
        settings.rememberRunInputs(workflowFile, values);
    }
}
