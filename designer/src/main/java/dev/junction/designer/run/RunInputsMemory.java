package dev.junction.designer.run;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the input values last used to run each workflow, so the run dialog opens with them. The app
 * implements it over its settings file; {@link #inMemory()} serves tests and previews.
 *
 * <p>Secret inputs are never handed to {@link #save}: the controller drops them first. Values are the raw
 * form values (mostly strings), as the dialog shows them. Implementations are called on the FX thread and
 * should return quickly.
 */
public interface RunInputsMemory {

    /** The values last saved for this workflow file, or an empty map. Never null. */
    Map<String, Object> load(Path workflowFile);

    void save(Path workflowFile, Map<String, Object> values);

    /** A memory that lasts as long as the object (thread-safe). */
    static RunInputsMemory inMemory() {
        Map<Path, Map<String, Object>> values = new ConcurrentHashMap<>();
        return new RunInputsMemory() {
            @Override
            public Map<String, Object> load(Path workflowFile) {
                return values.getOrDefault(key(workflowFile), Map.of());
            }

            @Override
            public void save(Path workflowFile, Map<String, Object> newValues) {
                values.put(key(workflowFile), Collections.unmodifiableMap(new LinkedHashMap<>(newValues)));
            }

            private Path key(Path file) {
                return file.toAbsolutePath().normalize();
            }
        };
    }
}
