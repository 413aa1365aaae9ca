// placeholder until feat/text lands
package dev.junction.designer.problems;

import dev.junction.designer.document.EditorSelection;
import dev.junction.designer.document.WorkflowDocument;
import dev.junction.workflow.load.LoadResult;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;

/** Placeholder for the problems list: one line per validation problem. The real view comes from feat/text. */
public class ProblemsView extends BorderPane {

    private final ListView<String> list = new ListView<>();
    private final ChangeListener<LoadResult> onValidation = (obs, old, now) -> show(now);
    private WorkflowDocument document;

    public ProblemsView() {
        list.getStyleClass().add("dense");
        list.setPlaceholder(new javafx.scene.control.Label("No problems"));
        setCenter(list);
    }

    public void setTarget(WorkflowDocument document, EditorSelection selection) {
        if (this.document != null) {
            this.document.validationProperty().removeListener(onValidation);
        }
        this.document = document;
        if (document != null) {
            document.validationProperty().addListener(onValidation);
            show(document.validationProperty().get());
        } else {
            show(null);
        }
    }

    private void show(LoadResult result) {
        list.getItems().setAll(result == null ? java.util.List.of()
                : result.problems().stream().map(p -> p.format()).toList());
    }
}
