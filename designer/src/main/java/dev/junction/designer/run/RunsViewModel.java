package dev.junction.designer.run;

import dev.junction.designer.document.WorkflowDocument;
import dev.junction.designer.timeline.TimelineData;
import dev.junction.run.HistoryQuery;
import dev.junction.run.RunDetail;
import dev.junction.run.RunSummary;
import dev.junction.run.StepRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The runs panel's model: run history from the {@link dev.junction.run.Executor} (newest first, this
 * workflow's or all), the selected run with its steps, and "open on canvas". History and run details are
 * read on a background thread; results are applied on the FX thread, stale ones dropped. Selecting a run loads
 * its logs into the console. FX thread only.
 */
public final class RunsViewModel {

    static final int HISTORY_LIMIT = 200;

    private final RunController controller;
    private final java.util.concurrent.Executor background;
    private final ObservableList<RunSummary> runs = FXCollections.observableArrayList();
    private final ObservableList<StepRun> steps = FXCollections.observableArrayList();
    private final BooleanProperty onlyThisWorkflow = new SimpleBooleanProperty(this, "onlyThisWorkflow", true);
    private final ReadOnlyStringWrapper workflowName = new ReadOnlyStringWrapper(this, "workflowName");
    private final ObjectProperty<RunSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<StepRun> selectedStep = new SimpleObjectProperty<>(this, "selectedStep");
    private final ReadOnlyObjectWrapper<RunDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ReadOnlyObjectWrapper<TimelineData> timeline = new ReadOnlyObjectWrapper<>(this, "timeline");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper canOpenOnCanvas = new ReadOnlyBooleanWrapper(this, "canOpenOnCanvas");
    private final ChangeListener<Object> targetRunListener = (obs, old, now) -> refresh();
    private WorkflowDocument target;
    private long historyGeneration;
    private long detailGeneration;

    public RunsViewModel(RunController controller) {
        this(controller, Executors.newVirtualThreadPerTaskExecutor());
    }

    public RunsViewModel(RunController controller, java.util.concurrent.Executor background) {
        this.controller = Objects.requireNonNull(controller);
        this.background = Objects.requireNonNull(background);
        onlyThisWorkflow.addListener((obs, old, now) -> refresh());
        selected.addListener((obs, old, now) -> loadDetail(now));
        detail.addListener((obs, old, now) -> updateCanOpen());
        controller.finishedRunsProperty().addListener((obs, old, now) -> refresh());
    }

    // ---- state -----------------------------------------------------------------------------------

    /** Runs, newest first. */
    public ObservableList<RunSummary> runs() {
        return runs;
    }

    /** The selected run's steps and instances: each step followed by its instances. */
    public ObservableList<StepRun> steps() {
        return steps;
    }

    /** Show only the runs of the active document's workflow (true) or of every workflow. */
    public BooleanProperty onlyThisWorkflowProperty() {
        return onlyThisWorkflow;
    }

    /** The active document's workflow name, or null. */
    public ReadOnlyStringProperty workflowNameProperty() {
        return workflowName.getReadOnlyProperty();
    }

    public ObjectProperty<RunSummary> selectedProperty() {
        return selected;
    }

    public ObjectProperty<StepRun> selectedStepProperty() {
        return selectedStep;
    }

    /** The selected run with its steps, once loaded; null otherwise. */
    public ReadOnlyObjectProperty<RunDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The selected run's Gantt. */
    public ReadOnlyObjectProperty<TimelineData> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why the history could not be read, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True when a run is selected and the active document is its workflow. */
    public ReadOnlyBooleanProperty canOpenOnCanvasProperty() {
        return canOpenOnCanvas.getReadOnlyProperty();
    }

    // ---- commands --------------------------------------------------------------------------------

    /** Follows the active document (null: none); the history is filtered to its workflow. */
    public void setTarget(WorkflowDocument document) {
        if (target != null) {
            controller.state(target).activeRunIdProperty().removeListener(targetRunListener);
        }
        target = document;
        workflowName.set(document == null ? null : nameOf(document));
        if (document != null) {
            // a run starting from this document shows up at once
            controller.state(document).activeRunIdProperty().addListener(targetRunListener);
        }
        updateCanOpen();
        refresh();
    }

    /** Reads the history again (off the FX thread); the selection is kept when the run is still listed. */
    public CompletableFuture<Void> refresh() {
        if (target != null) {
            workflowName.set(nameOf(target));
        }
        String filter = onlyThisWorkflow.get() ? workflowName.get() : null;
        long generation = ++historyGeneration;
        loading.set(true);
        return CompletableFuture.supplyAsync(() -> controller.executor().history(new HistoryQuery(filter, HISTORY_LIMIT)),
                background).handleAsync((list, failure) -> {
                    if (generation != historyGeneration) {
                        return null;
                    }
                    loading.set(false);
                    if (failure != null) {
                        error.set("Cannot read the run history: " + rootMessage(failure));
                        return null;
                    }
                    error.set("");
                    String keep = selected.get() == null ? null : selected.get().runId();
                    runs.setAll(list);
                    RunSummary again = keep == null ? null
                            : list.stream().filter(r -> r.runId().equals(keep)).findFirst().orElse(null);
                    if (again != null && !again.equals(selected.get())) {
                        selected.set(again); // status or duration changed: reload its detail
                    } else if (again == null) {
                        selected.set(null);
                    }
                    return null;
                }, Platform::runLater);
    }

    /** Shows the selected run's statuses and timeline on the active document's canvas. */
    public boolean openOnCanvas() {
        RunDetail run = detail.get();
        if (run == null || target == null || !canOpenOnCanvas.get()) {
            return false;
        }
        controller.show(target, run);
        return true;
    }

    // ---- internals -------------------------------------------------------------------------------

    private void loadDetail(RunSummary run) {
        long generation = ++detailGeneration;
        if (run == null) {
            detail.set(null);
            steps.clear();
            selectedStep.set(null);
            timeline.set(null);
            return;
        }
        controller.showLogs(run.runId());
        CompletableFuture.supplyAsync(() -> controller.executor().run(run.runId()), background)
                .handleAsync((found, failure) -> {
                    if (generation != detailGeneration) {
                        return null;
                    }
                    if (failure != null || found == null || found.isEmpty()) {
                        error.set(failure != null ? "Cannot read run " + run.runId() + ": " + rootMessage(failure)
                                : "Run " + run.runId() + " is no longer stored.");
                        detail.set(null);
                        steps.clear();
                        timeline.set(null);
                        return null;
                    }
                    show(found.get());
                    return null;
                }, Platform::runLater);
    }

    private void show(RunDetail run) {
        String keepStep = selectedStep.get() == null ? null : selectedStep.get().stepKey();
        detail.set(run);
        steps.setAll(grouped(run.steps()));
        selectedStep.set(steps.stream().filter(s -> s.stepKey().equals(keepStep)).findFirst().orElse(null));
        timeline.set(RunTrace.of(run).timeline());
    }

    /** Each step followed by its instances, steps in the order they first appear. */
    static List<StepRun> grouped(List<StepRun> stored) {
        Map<String, List<StepRun>> byStep = new LinkedHashMap<>();
        for (StepRun step : stored) {
            byStep.computeIfAbsent(step.stepId(), k -> new ArrayList<>()).add(step);
        }
        List<StepRun> result = new ArrayList<>();
        byStep.values().forEach(list -> {
            list.stream().filter(s -> s.stepKey().equals(s.stepId())).forEach(result::add);
            list.stream().filter(s -> !s.stepKey().equals(s.stepId())).forEach(result::add);
        });
        return result;
    }

    private void updateCanOpen() {
        RunDetail run = detail.get();
        canOpenOnCanvas.set(run != null && target != null
                && Objects.equals(run.summary().workflow(), nameOf(target)));
    }

    private static String nameOf(WorkflowDocument document) {
        Optional<Object> name = document.model() == null ? Optional.empty() : document.model().value(List.of("name"));
        return name.map(Object::toString).orElse(null);
    }

    private static String rootMessage(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && (t instanceof java.util.concurrent.CompletionException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
