// placeholder until feat/runui lands (mirrors the methods of its RunController that the shell calls)
package dev.junction.designer.run;

import dev.junction.designer.console.LogConsoleViewModel;
import dev.junction.designer.document.WorkflowDocument;
import dev.junction.run.Executor;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import javafx.collections.ObservableMap;
import javafx.stage.Window;

/** Placeholder for the run controller: refuses runs until feat/runui lands. */
public final class RunController {

    private static final RunStart NOT_YET = new RunStart.Refused("Running from the designer arrives with feat/runui");

    private final Executor executor;
    private final RunInputsMemory memory;
    private final LogConsoleViewModel console = new LogConsoleViewModel();
    private final Map<WorkflowDocument, DocumentRunState> states = new WeakHashMap<>();

    public RunController(Executor executor, RunInputsMemory memory) {
        this.executor = executor;
        this.memory = memory;
    }

    public Executor executor() {
        return executor;
    }

    public LogConsoleViewModel console() {
        return console;
    }

    public DocumentRunState state(WorkflowDocument document) {
        return states.computeIfAbsent(document, d -> new DocumentRunState());
    }

    public ObservableMap<String, StepStatusView> statuses(WorkflowDocument document) {
        return state(document).statuses();
    }

    public void forget(WorkflowDocument document) {
        states.remove(document);
    }

    public CompletableFuture<RunStart> runWorkflow(WorkflowDocument document, Window owner) {
        return CompletableFuture.completedFuture(NOT_YET);
    }

    public CompletableFuture<RunStart> runSteps(WorkflowDocument document, Set<String> stepIds) {
        return CompletableFuture.completedFuture(NOT_YET);
    }

    public CompletableFuture<RunStart> rerunFailed(WorkflowDocument document) {
        return CompletableFuture.completedFuture(NOT_YET);
    }

    public CompletableFuture<Boolean> stop(WorkflowDocument document) {
        return CompletableFuture.completedFuture(false);
    }
}
