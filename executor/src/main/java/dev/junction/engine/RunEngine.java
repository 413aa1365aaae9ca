package dev.junction.engine;

import dev.junction.expr.TemplateException;
import dev.junction.expr.Templates;
import dev.junction.run.LogLine;
import dev.junction.run.RunDetail;
import dev.junction.run.RunEvent;
import dev.junction.run.RunListener;
import dev.junction.run.RunRequest;
import dev.junction.run.RunStatus;
import dev.junction.steps.StepKinds;
import dev.junction.workflow.InputSpec;
import dev.junction.workflow.Workflow;
import dev.junction.workflow.inputs.InputValues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Starts workflow runs in this process. Each run gets its own coordinator (a virtual thread) and its steps
 * run on virtual threads; the engine itself holds no run state beyond the timer used for step timeouts.
 *
 * <p>Thread-safe. Close it to stop the timer thread (runs in flight keep going).
 */
public final class RunEngine implements AutoCloseable {

    private final StepKinds kinds;
    private final Secrets secrets;
    private final Templates templates = new Templates();
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "junction-timeouts");
        t.setDaemon(true);
        return t;
    });

    private final java.util.function.Function<Workflow, String> revisions;

    public RunEngine(StepKinds kinds, Secrets secrets) {
        this(kinds, secrets, workflow -> "");
    }

    /** @param revisions names the version of a definition a run records (its git commit), or "" */
    public RunEngine(StepKinds kinds, Secrets secrets, java.util.function.Function<Workflow, String> revisions) {
        this.kinds = kinds;
        this.secrets = secrets;
        this.revisions = revisions;
    }

    /** A run in flight. */
    public interface ActiveRun {
        String id();

        CompletableFuture<RunStatus> completion();

        void cancel();

        AutoCloseable subscribe(RunListener listener);
    }

    /**
     * Validates the inputs and starts the run.
     *
     * @param runId     the id to use (the caller may have recorded it already)
     * @param listeners receive every event from RunStarted on, in order
     * @param base      the earlier run whose results are reused for a partial re-run, if the request asks
     * @throws dev.junction.workflow.inputs.InvalidInputsException before anything starts, naming each bad input
     */
    public ActiveRun start(String runId, RunRequest request, List<RunListener> listeners, Optional<RunDetail> base) {
        return start(runId, request, listeners, base, () -> { });
    }

    /**
     * As {@link #start(String, RunRequest, List, Optional)}, running {@code beforeSteps} on the calling thread after
     * RunStarted was delivered and before any step starts (the local executor makes the run durable there, so
     * a crash can never lose a run that did anything).
     */
    public ActiveRun start(String runId, RunRequest request, List<RunListener> listeners, Optional<RunDetail> base,
                           Runnable beforeSteps) {
        Workflow workflow = request.workflow();
        Map<String, Object> inputs = InputValues.resolve(workflow.inputs(), request.inputs());
        List<String> secretValues = new ArrayList<>(secrets.values().values());
        for (InputSpec spec : workflow.inputs().values()) {
            if (spec.secret() && inputs.get(spec.name()) != null) {
                secretValues.add(String.valueOf(inputs.get(spec.name())));
            }
        }
        SecretMasker masker = new SecretMasker(secretValues);
        int parallel = request.options().maxParallel() != null ? request.options().maxParallel()
                : workflow.maxParallel() != null ? workflow.maxParallel() : Runtime.getRuntime().availableProcessors();
        Path temp;
        try {
            temp = Files.createTempDirectory("junction-run-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the run", e);
        }
        Instant startedAt = Instant.now();
        RunContext context = new RunContext(runId, workflow, inputs, request.options(), secrets.values(), masker,
                startedAt, temp, Math.max(1, parallel));
        RunEvents events = new RunEvents(runId, masker, listeners);
        CompletableFuture<RunStatus> completion = new CompletableFuture<>();
        InstanceRunner runner = new InstanceRunner(context, events, kinds, templates, timers);
        RunExecution execution = new RunExecution(context, events, runner, base, completion);
        events.emit(new RunEvent.RunStarted(runId, startedAt, workflow.name(), masker.maskMap(inputs),
                List.copyOf(workflow.steps().keySet()), request.options().trigger(), request.options().dryRun(),
                revisions.apply(workflow)));
        beforeSteps.run();
        Thread.ofVirtual().name("junction-run-" + runId).start(() -> {
            if (renderWorkflowEnv(context, runner, events)) {
                execution.run();
            } else {
                Instant now = Instant.now();
                events.emit(new RunEvent.RunFinished(runId, now, RunStatus.FAILURE, Duration.between(startedAt, now),
                        "the workflow's env could not be rendered"));
                completion.complete(RunStatus.FAILURE);
            }
        });
        return new ActiveRun() {
            @Override
            public String id() {
                return runId;
            }

            @Override
            public CompletableFuture<RunStatus> completion() {
                return completion;
            }

            @Override
            public void cancel() {
                execution.cancel();
            }

            @Override
            public AutoCloseable subscribe(RunListener listener) {
                return events.subscribe(listener);
            }
        };
    }

    private boolean renderWorkflowEnv(RunContext context, InstanceRunner runner, RunEvents events) {
        Map<String, String> env = new LinkedHashMap<>();
        Map<String, Object> variables = new HashMap<>(runner.baseVariables(Map.of(), List.of()));
        try {
            for (var e : context.workflow().env().entrySet()) {
                String value = templates.render(e.getValue(), variables);
                env.put(e.getKey(), value);
                @SuppressWarnings("unchecked")
                Map<String, Object> envView = new HashMap<>((Map<String, Object>) variables.get("env"));
                envView.put(e.getKey(), value);
                variables.put("env", envView); // later entries may read earlier ones
            }
        } catch (TemplateException e) {
            events.log("", LogLine.Stream.SYSTEM, "workflow env: " + e.getMessage());
            return false;
        }
        context.setWorkflowEnv(env);
        return true;
    }

    @Override
    public void close() {
        timers.shutdownNow();
    }
}
