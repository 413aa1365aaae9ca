package dev.junction.designer.run;

import dev.junction.workflow.InputSpec;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;

/**
 * The form inside the run dialog: one field per workflow input. Kept behind this interface so the dialog can
 * use the schema-generated form of the {@code forms} package, or the built-in {@link InputSpecForm}.
 * FX thread only.
 */
public interface RunInputsForm {

    /** The form's root node. */
    Node node();

    /**
     * The values as entered, keyed by input name; inputs left empty are absent (their default applies).
     * Text is not converted: the engine's validator converts it by the input's schema.
     */
    Map<String, Object> values();

    /** Shows the validator's messages next to their inputs; an empty map clears them. */
    void showErrors(Map<String, List<String>> errorsByInput);

    /** Makes a form for a workflow's inputs, filled with {@code initial} values. */
    @FunctionalInterface
    interface Factory {
        RunInputsForm create(Map<String, InputSpec> inputs, Map<String, Object> initial);
    }
}
