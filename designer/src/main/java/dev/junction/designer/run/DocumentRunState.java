// placeholder until feat/runui lands
package dev.junction.designer.run;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/** Placeholder: the run state of one open document. */
public final class DocumentRunState {

    private final ObservableMap<String, StepStatusView> statuses = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");

    public ObservableMap<String, StepStatusView> statuses() {
        return statuses;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
