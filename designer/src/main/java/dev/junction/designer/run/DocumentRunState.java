package dev.junction.designer.run;

import dev.junction.designer.timeline.TimelineData;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The run side of one open workflow: the run on display (a live one, or an old one opened from the runs
 * panel), the step statuses its canvas shows, its timeline, and whether a run started from it is going.
 * Changed by the {@link RunController} once per pulse at most. FX thread only.
 */
public final class DocumentRunState {

    private final ObservableMap<String, StepStatusView> statuses = FXCollections.observableMap(new LinkedHashMap<>());
    private final ReadOnlyObjectWrapper<RunTrace> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final ReadOnlyObjectWrapper<TimelineData> timeline = new ReadOnlyObjectWrapper<>(this, "timeline");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper activeRunId = new ReadOnlyStringWrapper(this, "activeRunId");
    private boolean starting;
    private String lastEndedRunId;
    private String lastRunId;
    private Map<String, Object> lastInputs;

    /** Step id → what its card shows, for the run on display; empty when none is. */
    public ObservableMap<String, StepStatusView> statuses() {
        return statuses;
    }

    /** The run on display, or null. Its content changes while it runs; {@link #timelineProperty()} tells when. */
    public ReadOnlyObjectProperty<RunTrace> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    /** The Gantt of the run on display, replaced each time it changes (once per pulse at most), or null. */
    public ReadOnlyObjectProperty<TimelineData> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    /** True from the moment a run is asked for until it ends. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The id of the run going on from this document, or null. */
    public ReadOnlyStringProperty activeRunIdProperty() {
        return activeRunId.getReadOnlyProperty();
    }

    /** The most recent run started from this document in this session, or null. */
    public String lastRunId() {
        return lastRunId;
    }

    // ---- controller side -------------------------------------------------------------------------

    Map<String, Object> lastInputs() {
        return lastInputs;
    }

    boolean isBusy() {
        return starting || running.get();
    }

    void starting(boolean value) {
        starting = value;
        running.set(value || activeRunId.get() != null);
    }

    /** The executor accepted the run; its first event may not have arrived yet, or it may be over already. */
    void submitted(String runId, Map<String, Object> inputs) {
        starting = false;
        lastInputs = inputs;
        lastRunId = runId;
        if (!runId.equals(lastEndedRunId)) {
            activeRunId.set(runId);
        }
        running.set(activeRunId.get() != null);
    }

    void runStarted(RunTrace live, Map<String, Object> inputs) {
        starting = false;
        activeRunId.set(live.runId());
        running.set(true);
        lastRunId = live.runId();
        if (inputs != null) {
            lastInputs = inputs;
        }
        display(live);
    }

    void runEnded(String runId) {
        lastEndedRunId = runId;
        if (runId.equals(activeRunId.get())) {
            activeRunId.set(null);
            running.set(starting);
        }
    }

    void display(RunTrace shown) {
        trace.set(shown);
        refresh();
    }

    /** Brings statuses and timeline up to date with the displayed trace: only changed entries are written. */
    void refresh() {
        RunTrace shown = trace.get();
        Map<String, StepStatusView> next = shown == null ? Map.of() : shown.statuses();
        statuses.keySet().retainAll(next.keySet());
        next.forEach((id, view) -> {
            if (!view.equals(statuses.get(id))) {
                statuses.put(id, view);
            }
        });
        timeline.set(shown == null ? null : shown.timeline());
    }
}
