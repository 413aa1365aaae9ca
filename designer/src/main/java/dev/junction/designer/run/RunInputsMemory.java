// placeholder until feat/runui lands (same contract as its RunInputsMemory)
package dev.junction.designer.run;

import java.nio.file.Path;
import java.util.Map;

/** Placeholder: remembers the input values last used to run each workflow; the app implements it. */
public interface RunInputsMemory {

    /** The values last saved for this workflow file, or an empty map. Never null. */
    Map<String, Object> load(Path workflowFile);

    void save(Path workflowFile, Map<String, Object> values);
}
