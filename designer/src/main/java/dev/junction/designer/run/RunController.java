package dev.junction.designer.run;

import dev.junction.designer.console.LogConsoleViewModel;
import dev.junction.designer.console.PulseBatcher;
import dev.junction.designer.document.WorkflowDocument;
import dev.junction.run.Executor;
import dev.junction.run.HistoryQuery;
import dev.junction.run.RunDetail;
import dev.junction.run.RunEvent;
import dev.junction.run.RunHandle;
import dev.junction.run.RunListener;
import dev.junction.run.RunRequest;
import dev.junction.run.RunRequest.RunOptions;
import dev.junction.run.RunSummary;
import dev.junction.workflow.InputSpec;
import dev.junction.workflow.Workflow;
import dev.junction.workflow.inputs.InputValues;
import dev.junction.workflow.inputs.InvalidInputsException;
import dev.junction.workflow.load.LoadResult;
import dev.junction.workflow.source.InvalidDefinitionException;
import dev.junction.workflow.source.Problem;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.ObservableMap;
import javafx.stage.Window;

/**
 * Runs the workflows of open documents through the {@link Executor} port and shows what happens: step
 * statuses for each document's canvas, the timeline, and the logs in one console.
 *
 * <p>Threads: every method is called on the FX thread. Events arrive on engine threads; they are queued and
 * applied once per pulse, so no engine thread touches an observable collection. Store queries and submits
 * run on background threads; the returned futures complete on the FX thread.
 */
public final class RunController {

    static final String TRIGGER = "designer";
    private static final int EVENTS_PER_PULSE = 5_000;

    /** An event with the document it is shown in and the inputs the run was asked with. */
    private record Routed(DocumentRunState state, Map<String, Object> inputs, RunEvent event) {}

    private final Executor executor;
    private final RunInputsMemory memory;
    private final RunInputsForm.Factory forms;
    private final java.util.concurrent.Executor background;
    private final LogConsoleViewModel console = new LogConsoleViewModel();
    private final Map<WorkflowDocument, DocumentRunState> states = new WeakHashMap<>();
    private final Map<String, RunTrace> live = new HashMap<>();
    private final PulseBatcher<Routed> events = new PulseBatcher<>(EVENTS_PER_PULSE, this::apply);
    private final ReadOnlyLongWrapper finishedRuns = new ReadOnlyLongWrapper(this, "finishedRuns");

    /** A controller with the built-in run-inputs form and virtual threads for store calls. */
    public RunController(Executor executor, RunInputsMemory memory) {
        this(executor, memory, InputSpecForm::new, Executors.newVirtualThreadPerTaskExecutor());
    }

    /**
     * @param forms      makes the form inside the run dialog (e.g. one generated from the input schema)
     * @param background runs submits and store queries off the FX thread
     */
    public RunController(Executor executor, RunInputsMemory memory, RunInputsForm.Factory forms,
                         java.util.concurrent.Executor background) {
        this.executor = Objects.requireNonNull(executor);
        this.memory = Objects.requireNonNull(memory);
        this.forms = Objects.requireNonNull(forms);
        this.background = Objects.requireNonNull(background);
    }

    public Executor executor() {
        return executor;
    }

    /** The console that shows the logs of the latest run started or opened. */
    public LogConsoleViewModel console() {
        return console;
    }

    /** The run state of a document, created on first use. */
    public DocumentRunState state(WorkflowDocument document) {
        return states.computeIfAbsent(Objects.requireNonNull(document), d -> new DocumentRunState());
    }

    /** Step id → what its card shows, for the document's canvas (see {@link DocumentRunState#statuses()}). */
    public ObservableMap<String, StepStatusView> statuses(WorkflowDocument document) {
        return state(document).statuses();
    }

    /** Increases each time a run started here finishes (the runs panel refreshes on it). */
    public ReadOnlyLongProperty finishedRunsProperty() {
        return finishedRuns.getReadOnlyProperty();
    }

    /** Forgets a closed document; its live run, if any, goes on. */
    public void forget(WorkflowDocument document) {
        states.remove(document);
    }

    // ---- starting runs ---------------------------------------------------------------------------

    /**
     * Runs the whole workflow. A workflow with inputs first asks for them in a dialog generated from its input
     * schema, filled with the values used last time; the values are checked with the engine's validator
     * before the run starts. The definition is validated first: with errors, nothing runs.
     *
     * @param owner the window the dialog belongs to, or null
     */
    public CompletableFuture<RunStart> runWorkflow(WorkflowDocument document, Window owner) {
        return prepare(document, workflow -> {
            if (workflow.inputs().isEmpty()) {
                return start(document, workflow, Map.of(), full());
            }
            CompletableFuture<RunStart> result = new CompletableFuture<>();
            RunDialog dialog = new RunDialog(workflow, initialInputs(document), forms);
            if (owner != null) {
                dialog.initOwner(owner);
            }
            dialog.setOnHidden(e -> {
                Map<String, Object> values = dialog.getResult();
                if (values == null) {
                    result.complete(new RunStart.Dismissed());
                } else {
                    start(document, workflow, values, full()).thenAccept(result::complete);
                }
            });
            dialog.show();
            return result;
        });
    }

    /** Runs the whole workflow with these raw input values, without a dialog. */
    public CompletableFuture<RunStart> runWorkflow(WorkflowDocument document, Map<String, Object> inputs) {
        return prepare(document, workflow -> start(document, workflow, inputs, full()));
    }

    /**
     * Runs only the given steps; every other step's result, and so the upstream outputs, come from the last
     * run of this workflow (this session's, else the newest in history). Uses the last run's input values.
     */
    public CompletableFuture<RunStart> runSteps(WorkflowDocument document, Set<String> stepIds) {
        return prepare(document, workflow -> {
            RunStart unknown = unknownSteps(workflow, stepIds);
            if (unknown != null) {
                return CompletableFuture.completedFuture(unknown);
            }
            String base = state(document).lastRunId();
            if (base != null) {
                return start(document, workflow, initialInputs(document), full().rerun(base, stepIds, false));
            }
            return CompletableFuture.supplyAsync(() -> newestRun(workflow.name()), background).handleAsync((run, error) -> {
                if (error != null || run == null) {
                    return CompletableFuture.<RunStart>completedFuture(new RunStart.Refused(error != null
                            ? "Cannot read the run history: " + rootMessage(error)
                            : "Run the whole workflow once first: a single step takes its upstream outputs from the last run."));
                }
                Map<String, Object> remembered = memory.load(document.file());
                Map<String, Object> inputs = remembered.isEmpty() ? withoutSecrets(workflow, run.inputs()) : remembered;
                return start(document, workflow, inputs, full().rerun(run.runId(), stepIds, false));
            }, Platform::runLater).thenCompose(Function.identity());
        });
    }

    /** Re-runs the failed (or cancelled) steps of the run on display and everything downstream of them. */
    public CompletableFuture<RunStart> rerunFailed(WorkflowDocument document) {
        RunTrace shown = state(document).traceProperty().get();
        if (shown == null) {
            return CompletableFuture.completedFuture(new RunStart.Refused("There is no run to re-run: run the workflow first."));
        }
        if (shown.isLive()) {
            return CompletableFuture.completedFuture(new RunStart.Refused("Run " + shown.runId() + " is still going."));
        }
        Set<String> failed = shown.unsuccessfulSteps();
        if (failed.isEmpty()) {
            return CompletableFuture.completedFuture(new RunStart.Refused("Nothing failed in run " + shown.runId() + "."));
        }
        return rerunFrom(document, shown.runId(), failed, shown.inputs());
    }

    /**
     * Re-runs {@code stepIds} and everything downstream of them, reusing the other steps' results of
     * {@code runId}.
     */
    public CompletableFuture<RunStart> rerunFrom(WorkflowDocument document, String runId, Set<String> stepIds,
                                                 Map<String, Object> inputs) {
        return prepare(document, workflow -> {
            RunStart unknown = unknownSteps(workflow, stepIds);
            if (unknown != null) {
                return CompletableFuture.completedFuture(unknown);
            }
            Map<String, Object> values = state(document).lastInputs() != null && Objects.equals(runId, state(document).lastRunId())
                    ? state(document).lastInputs() : withoutSecrets(workflow, inputs);
            return start(document, workflow, values, full().rerun(runId, stepIds, true));
        });
    }

    /** Asks the document's live run to stop; completes with false when none was going. */
    public CompletableFuture<Boolean> stop(WorkflowDocument document) {
        String runId = state(document).activeRunIdProperty().get();
        if (runId == null) {
            return CompletableFuture.completedFuture(false);
        }
        return CompletableFuture.supplyAsync(() -> executor.cancel(runId), background)
                .thenApplyAsync(Function.identity(), Platform::runLater);
    }

    // ---- showing old runs ------------------------------------------------------------------------

    /** Shows a stored run's statuses and timeline on the document's canvas ("open on canvas"). */
    public void show(WorkflowDocument document, RunDetail run) {
        RunTrace trace = live.get(run.summary().runId());
        state(document).display(trace != null ? trace : RunTrace.of(run));
    }

    /** Loads a run's stored logs into the console (off the FX thread); no-op when it already shows that run. */
    public void showLogs(String runId) {
        if (runId.equals(console.runIdProperty().get())) {
            return;
        }
        background.execute(() -> {
            var lines = executor.logs(runId, null, -1);
            console.beginRun(runId);
            console.offerAll(lines);
        });
    }

    // ---- internals -------------------------------------------------------------------------------

    private CompletableFuture<RunStart> prepare(WorkflowDocument document,
                                                Function<Workflow, CompletableFuture<RunStart>> then) {
        DocumentRunState state = state(document);
        if (state.isBusy()) {
            return CompletableFuture.completedFuture(new RunStart.Refused(
                    "A run of this workflow is going on: stop it first."));
        }
        LoadResult loaded = document.validateNow();
        if (loaded.hasErrors() || loaded.workflow().isEmpty()) {
            List<Problem> errors = loaded.problems().stream().filter(Problem::isError).toList();
            return CompletableFuture.completedFuture(new RunStart.InvalidWorkflow(errors));
        }
        return then.apply(loaded.workflow().get());
    }

    private CompletableFuture<RunStart> start(WorkflowDocument document, Workflow workflow, Map<String, Object> inputs,
                                              RunOptions options) {
        DocumentRunState state = state(document);
        if (state.isBusy()) {
            return CompletableFuture.completedFuture(new RunStart.Refused("A run of this workflow is going on: stop it first."));
        }
        try {
            InputValues.resolve(workflow.inputs(), inputs);
        } catch (InvalidInputsException e) {
            return CompletableFuture.completedFuture(new RunStart.InvalidInputs(e.errors()));
        }
        if (options.baseRunId() == null && !workflow.inputs().isEmpty()) {
            memory.save(document.file(), withoutSecrets(workflow, inputs));
        }
        state.starting(true);
        RunRequest request = new RunRequest(workflow, inputs, options);
        RunListener listener = listener(state, inputs);
        CompletableFuture<RunStart> result = new CompletableFuture<>();
        background.execute(() -> {
            RunStart outcome;
            try {
                RunHandle handle = executor.submit(request, listener);
                outcome = new RunStart.Started(handle.runId(), handle.completion());
            } catch (InvalidInputsException e) {
                outcome = new RunStart.InvalidInputs(e.errors());
            } catch (InvalidDefinitionException e) {
                outcome = new RunStart.InvalidWorkflow(e.problems());
            } catch (RuntimeException e) {
                outcome = new RunStart.Refused("The run could not start: " + rootMessage(e));
            }
            RunStart done = outcome;
            Platform.runLater(() -> {
                if (done instanceof RunStart.Started started) {
                    state.submitted(started.runId(), inputs);
                } else {
                    state.starting(false);
                }
                result.complete(done);
            });
        });
        return result;
    }

    /** Engine threads: logs go straight to the console's queue, the rest to this controller's. */
    private RunListener listener(DocumentRunState state, Map<String, Object> inputs) {
        return event -> {
            switch (event) {
                case RunEvent.StepLog log -> console.offer(log.line());
                case RunEvent.RunStarted started -> {
                    console.beginRun(started.runId());
                    events.offer(new Routed(state, inputs, event));
                }
                default -> events.offer(new Routed(state, inputs, event));
            }
        };
    }

    /** FX thread, once per pulse: folds the events in and refreshes each touched document once. */
    private void apply(List<Routed> batch) {
        Set<DocumentRunState> touched = new LinkedHashSet<>();
        long finished = 0;
        for (Routed routed : batch) {
            RunEvent event = routed.event();
            if (event instanceof RunEvent.RunStarted started) {
                RunTrace trace = RunTrace.started(started);
                live.put(started.runId(), trace);
                routed.state().runStarted(trace, routed.inputs());
            } else {
                RunTrace trace = live.get(event.runId());
                if (trace == null) {
                    continue;
                }
                trace.apply(event);
                if (event instanceof RunEvent.RunFinished) {
                    live.remove(event.runId());
                    routed.state().runEnded(event.runId());
                    finished++;
                }
            }
            touched.add(routed.state());
        }
        touched.forEach(DocumentRunState::refresh);
        if (finished > 0) {
            finishedRuns.set(finishedRuns.get() + finished);
        }
    }

    private RunSummary newestRun(String workflow) {
        List<RunSummary> runs = executor.history(new HistoryQuery(workflow, 1));
        return runs.isEmpty() ? null : runs.getFirst();
    }

    private Map<String, Object> initialInputs(WorkflowDocument document) {
        Map<String, Object> last = state(document).lastInputs();
        return last != null ? last : memory.load(document.file());
    }

    private static RunOptions full() {
        return RunOptions.DEFAULT.withTrigger(TRIGGER);
    }

    private static RunStart unknownSteps(Workflow workflow, Set<String> stepIds) {
        if (stepIds.isEmpty()) {
            return new RunStart.Refused("Select a step to run.");
        }
        for (String id : stepIds) {
            if (!workflow.steps().containsKey(id) && !workflow.onFailure().containsKey(id)) {
                return new RunStart.Refused("There is no step '" + id + "' in " + workflow.name() + ".");
            }
        }
        return null;
    }

    /** Secret values are neither remembered on disk nor reused from a stored (masked) run. */
    static Map<String, Object> withoutSecrets(Workflow workflow, Map<String, Object> values) {
        Map<String, Object> kept = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            InputSpec spec = workflow.inputs().get(name);
            if (spec != null && !spec.secret()) {
                kept.put(name, value);
            }
        });
        return kept;
    }

    private static String rootMessage(Throwable error) {
        Throwable t = error;
        while ((t instanceof java.util.concurrent.CompletionException || t instanceof java.util.concurrent.ExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
