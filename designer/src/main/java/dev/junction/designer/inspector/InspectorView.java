// placeholder until feat/text lands
package dev.junction.designer.inspector;

import dev.junction.designer.document.EditorSelection;
import dev.junction.designer.document.WorkflowDocument;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** Placeholder for the inspector: names the selected step. The real view comes from feat/text. */
public class InspectorView extends StackPane {

    private final Label label = new Label("Nothing selected");
    private final SetChangeListener<String> onSelection = c -> show(c.getSet().size() == 1 ? c.getSet().iterator().next() : null);
    private EditorSelection selection;

    public InspectorView() {
        label.getStyleClass().add("text-muted");
        setAlignment(Pos.TOP_CENTER);
        getChildren().add(label);
    }

    /** Shows the selection of {@code document}; null for nothing. */
    public void setTarget(WorkflowDocument document, EditorSelection selection) {
        if (this.selection != null) {
            this.selection.steps().removeListener(onSelection);
        }
        this.selection = selection;
        if (selection != null) {
            selection.steps().addListener(onSelection);
            show(selection.single());
        } else {
            show(null);
        }
    }

    private void show(String step) {
        label.setText(step == null ? "Nothing selected" : "Step " + step + " — inspector arrives with feat/text");
    }
}
