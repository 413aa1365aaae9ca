package dev.junction.workflow;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * A reusable action: a folder with an {@code action.yaml} declaring typed inputs, outputs, and what it runs.
 *
 * @param reference the {@code uses:} text that named it
 * @param directory the action's folder; its {@code run}/{@code script} steps run with this as
 *                  {@code action.path}
 * @param outputs   output name to template (or null for values written to {@code $JUNCTION_OUTPUT})
 * @param runs      what it does, as a step spec of another kind
 * @param revision  the git commit the action was pinned to, or empty for local folders
 */
public record ActionDefinition(String reference, String name, String description, Path directory,
                               Map<String, InputSpec> inputs, Map<String, String> outputs, StepSpec runs,
                               String revision) {
    public ActionDefinition {
        Objects.requireNonNull(reference);
        Objects.requireNonNull(runs);
        description = description == null ? "" : description;
        inputs = Workflow.ordered(inputs);
        outputs = Workflow.ordered(outputs);
        revision = revision == null ? "" : revision;
    }
}
