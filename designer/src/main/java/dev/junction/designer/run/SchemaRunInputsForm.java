package dev.junction.designer.run;

import dev.junction.designer.forms.SchemaForm;
import dev.junction.workflow.InputSpec;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;

/**
 * The run dialog's form generated from the workflow's input schema by {@link SchemaForm}: the same editors
 * the inspector uses (enums as choices, secrets masked, arrays and maps as lists and tables), checked by the
 * engine's own validator as the user types.
 */
public final class SchemaRunInputsForm implements RunInputsForm {

    private final SchemaForm form;

    private SchemaRunInputsForm(Map<String, InputSpec> inputs, Map<String, Object> initial) {
        this.form = SchemaForm.forInputs(inputs);
        form.setValues(initial);
    }

    /** The factory to hand to {@link RunController}. */
    public static RunInputsForm.Factory factory() {
        return SchemaRunInputsForm::new;
    }

    @Override
    public Node node() {
        return form;
    }

    @Override
    public Map<String, Object> values() {
        return form.values();
    }

    @Override
    public void showErrors(Map<String, List<String>> errorsByInput) {
        form.showErrors(errorsByInput);
    }
}
