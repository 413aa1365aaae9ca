// placeholder until feat/runui lands
package dev.junction.designer.run;

import dev.junction.designer.document.EditorSelection;
import dev.junction.designer.document.WorkflowDocument;
import dev.junction.run.Executor;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/** Placeholder for the run controller: no runs yet. The real one comes from feat/runui. */
public class RunController {

    private final Executor executor;
    private final Map<WorkflowDocument, ObservableMap<String, StepStatusView>> statuses = new WeakHashMap<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");

    public RunController(Executor executor) {
        this.executor = executor;
    }

    public ObservableMap<String, StepStatusView> statuses(WorkflowDocument document) {
        return statuses.computeIfAbsent(document, d -> FXCollections.observableHashMap());
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public void runWorkflow(WorkflowDocument document) {}

    public void runSelectedStep(WorkflowDocument document, EditorSelection selection) {}

    public void rerunFromFailed(WorkflowDocument document) {}

    public void stop() {}
}
