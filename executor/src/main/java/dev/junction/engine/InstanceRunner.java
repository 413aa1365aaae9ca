package dev.junction.engine;

import dev.junction.expr.TemplateException;
import dev.junction.expr.Templates;
import dev.junction.run.LogLine;
import dev.junction.run.RunEvent;
import dev.junction.run.StepStatus;
import dev.junction.steps.Cancellation;
import dev.junction.steps.StepKind;
import dev.junction.steps.StepKinds;
import dev.junction.steps.StepLog;
import dev.junction.steps.StepResult;
import dev.junction.workflow.RetryPolicy;
import dev.junction.workflow.Step;
import dev.junction.workflow.source.Durations;
import java.nio.file.Files;
import java.util.function.Supplier;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * Runs one instance on its own (virtual) thread: evaluates its condition, builds its variables and
 * environment, runs attempts with timeout and retry, renders declared outputs, and emits the instance's
 * events. Stateless apart from the run it belongs to; one per run.
 */
final class InstanceRunner {

    private static final Map<String, String> OS_ENV = System.getenv();
    private static final Pattern UNSAFE_IN_LABEL = Pattern.compile("[\\[\\]\\r\\n]");
    private static final Pattern UNSAFE_IN_FILE_NAME = Pattern.compile("[^A-Za-z0-9_.-]");

    private final RunContext run;
    private final RunEvents events;
    private final StepKinds kinds;
    private final Templates templates;
    private final ScheduledExecutorService timers;

    InstanceRunner(RunContext run, RunEvents events, StepKinds kinds, Templates templates, ScheduledExecutorService timers) {
        this.run = run;
        this.events = events;
        this.kinds = kinds;
        this.templates = templates;
        this.timers = timers;
    }

    /** A one-line description of what the step would do, for dry runs. */
    @SuppressWarnings("unchecked")
    String describe(Step step) {
        StepKind<Object> kind = (StepKind<Object>) kinds.get(step.kind()).orElseThrow();
        StringBuilder text = new StringBuilder(step.kind()).append(": ").append(kind.summary(step.spec().config()));
        if (!step.needs().isEmpty()) {
            text.append("  (after ").append(String.join(", ", step.needs())).append(')');
        }
        if (step.condition() != null) {
            text.append("  if ").append(step.condition());
        }
        if (step.foreach() != null) {
            text.append("  foreach ").append(step.foreach().items() != null ? step.foreach().items() : step.foreach().template());
        }
        if (step.matrix() != null) {
            text.append("  matrix ").append(step.matrix().combinations().size()).append(" combinations");
        }
        return text.toString();
    }

    /** The instances of a ready step (one for a plain step). @throws TemplateException from a foreach template */
    List<StepInstance> expand(Step step, Map<String, Object> stepsView) {
        if (step.matrix() != null) {
            List<StepInstance> result = new ArrayList<>();
            List<Map<String, Object>> combos = step.matrix().combinations();
            for (int i = 0; i < combos.size(); i++) {
                result.add(new StepInstance(step, instanceKey(step, label(combos.get(i)), i, result), combos.get(i), null, i));
            }
            return result;
        }
        if (step.foreach() != null) {
            List<Object> items = step.foreach().items() != null ? step.foreach().items()
                    : templates.items(step.foreach().template(), baseVariables(stepsView, List.of()));
            List<StepInstance> result = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                Object item = items.get(i);
                String label = item instanceof String || item instanceof Number || item instanceof Boolean
                        ? String.valueOf(item) : String.valueOf(i);
                result.add(new StepInstance(step, instanceKey(step, label, i, result), null, item, i));
            }
            return result;
        }
        return List.of(new StepInstance(step, step.id(), null, null, 0));
    }

    private static String label(Map<String, Object> combo) {
        return String.join(",", combo.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    private static String instanceKey(Step step, String label, int index, List<StepInstance> earlier) {
        String clean = UNSAFE_IN_LABEL.matcher(label).replaceAll("_");
        if (clean.length() > 60) {
            clean = clean.substring(0, 60);
        }
        String key = step.id() + "[" + clean + "]";
        String candidate = key;
        if (earlier.stream().anyMatch(i -> i.key().equals(candidate))) {
            key = step.id() + "[" + clean + "#" + index + "]";
        }
        return key;
    }

    /** Runs the instance to its final status. Never throws; always emits the instance's StepFinished. */
    InstanceResult run(StepInstance instance, Map<String, Object> stepsView, List<String> needsStatus,
                       Set<Cancellation> active, BooleanSupplier runCancelled) {
        Step step = instance.step();
        Instant started = Instant.now();
        Map<String, Object> variables = variables(instance, stepsView, needsStatus);
        if (step.condition() != null) {
            boolean pass;
            try {
                pass = templates.test(step.condition(), variables);
            } catch (TemplateException e) {
                return finish(instance, started, StepStatus.FAILURE, 0, null, Map.of(), "if: " + e.getMessage());
            }
            if (!pass) {
                return finish(instance, started, StepStatus.SKIPPED, 0, null, Map.of(), "condition is false");
            }
        }
        Map<String, String> stepEnv = new LinkedHashMap<>();
        Path workingDirectory;
        try {
            for (var e : step.env().entrySet()) {
                stepEnv.put(e.getKey(), templates.render(e.getValue(), variables));
            }
            workingDirectory = workingDirectory(step, variables);
        } catch (TemplateException | IllegalArgumentException e) {
            return finish(instance, started, StepStatus.FAILURE, 0, null, Map.of(), e.getMessage());
        }
        if (!stepEnv.isEmpty()) {
            Map<String, Object> withEnv = new HashMap<>(variables);
            Map<String, Object> env = new HashMap<>(castEnv(variables.get("env")));
            env.putAll(stepEnv);
            withEnv.put("env", env);
            variables = withEnv;
        }
        RetryPolicy retry = step.retry() != null ? step.retry()
                : run.workflow().defaults().retry() != null ? run.workflow().defaults().retry() : RetryPolicy.NONE;
        Duration timeout = step.timeout() != null ? step.timeout() : run.workflow().defaults().timeout();
        Attempt last = null;
        for (int attempt = 1; attempt <= retry.attempts(); attempt++) {
            if (runCancelled.getAsBoolean()) {
                return finish(instance, started, StepStatus.CANCELLED, attempt - 1, null, Map.of(), "run cancelled");
            }
            last = attempt(instance, attempt, variables, stepEnv, workingDirectory, timeout, active, runCancelled);
            if (last.status != StepStatus.FAILURE || attempt == retry.attempts()) {
                break;
            }
            Duration delay = retry.delayBefore(attempt + 1);
            events.emit(new RunEvent.StepRetrying(run.id(), Instant.now(), instance.key(), attempt, last.exitCode,
                    run.masker().mask(last.error), delay));
            events.log(instance.key(), LogLine.Stream.SYSTEM, "attempt " + attempt + " failed (" + last.error
                    + "); retrying" + (delay.isZero() ? "" : " in " + Durations.format(delay)));
            if (!sleep(delay, active)) {
                return finish(instance, started, StepStatus.CANCELLED, attempt, last.exitCode, Map.of(), "run cancelled");
            }
        }
        return finish(instance, started, last.status, last.number, last.exitCode, last.outputs, last.error);
    }

    private record Attempt(int number, StepStatus status, Integer exitCode, Map<String, Object> outputs, String error) {}

    @SuppressWarnings("unchecked")
    private Attempt attempt(StepInstance instance, int number, Map<String, Object> variables, Map<String, String> stepEnv,
                            Path workingDirectory, Duration timeout, Set<Cancellation> active, BooleanSupplier runCancelled) {
        Step step = instance.step();
        StepKind<Object> kind = (StepKind<Object>) kinds.get(step.kind()).orElseThrow();
        Cancellation cancellation = new Cancellation();
        active.add(cancellation);
        if (runCancelled.getAsBoolean()) {
            cancellation.cancel("run cancelled");
        }
        ScheduledFuture<?> timer = timeout == null ? null : timers.schedule(
                () -> cancellation.cancel("timed out after " + Durations.format(timeout)), timeout.toMillis(), TimeUnit.MILLISECONDS);
        events.emit(new RunEvent.StepStarted(run.id(), Instant.now(), instance.key(), step.id(), number));
        Path outputFile = run.tempDirectory().resolve(safeFileName(instance.key()) + "-" + instance.index() + "-" + number + ".out");
        StepResult result;
        try {
            // built on first use: in-process kinds (noop, log, http) never need the process environment
            var environment = new Lazy<>(() -> environment(instance, number, stepEnv, outputFile, workingDirectory));
            var context = new EngineStepContext(templates, variables, environment, workingDirectory, outputFile,
                    log(instance.key()), cancellation);
            result = kind.execute(step.spec().config(), context);
        } catch (TemplateException e) {
            result = StepResult.failed("template: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result = StepResult.failed("interrupted");
        } catch (Exception e) {
            result = StepResult.failed(e.getMessage() == null ? e.toString() : e.getMessage());
        } finally {
            if (timer != null) {
                timer.cancel(false);
            }
            active.remove(cancellation);
        }
        if (cancellation.isCancelled()) {
            boolean byRun = runCancelled.getAsBoolean();
            return new Attempt(number, byRun ? StepStatus.CANCELLED : StepStatus.FAILURE, result.exitCode(), Map.of(),
                    cancellation.reason());
        }
        if (!result.success()) {
            return new Attempt(number, StepStatus.FAILURE, result.exitCode(), result.outputs(), result.error());
        }
        try {
            return new Attempt(number, StepStatus.SUCCESS, result.exitCode(), outputs(instance, variables, result), "");
        } catch (TemplateException e) {
            return new Attempt(number, StepStatus.FAILURE, result.exitCode(), Map.of(), e.getMessage());
        }
    }

    /** Everything the step wrote, then its declared outputs (templates rendered, others must have been written). */
    private Map<String, Object> outputs(StepInstance instance, Map<String, Object> variables, StepResult result) {
        Map<String, Object> outputs = new LinkedHashMap<>(result.outputs());
        Map<String, String> declared = instance.step().outputs();
        if (declared.isEmpty()) {
            return outputs;
        }
        Map<String, Object> scope = new HashMap<>(variables);
        scope.putAll(result.outputContext());
        for (var e : declared.entrySet()) {
            if (e.getValue() != null) {
                try {
                    outputs.put(e.getKey(), templates.render(e.getValue(), scope));
                } catch (TemplateException ex) {
                    throw new TemplateException("output '" + e.getKey() + "': " + ex.getMessage(), ex);
                }
            } else if (!outputs.containsKey(e.getKey())) {
                outputs.put(e.getKey(), null);
                events.log(instance.key(), LogLine.Stream.SYSTEM, "output '" + e.getKey()
                        + "' is declared but was not written to $JUNCTION_OUTPUT; it is empty");
            }
        }
        return outputs;
    }

    private InstanceResult finish(StepInstance instance, Instant started, StepStatus status, int attempts, Integer exitCode,
                                  Map<String, Object> outputs, String error) {
        Instant now = Instant.now();
        if (status == StepStatus.FAILURE && !error.isEmpty()) {
            events.log(instance.key(), LogLine.Stream.SYSTEM, error);
        }
        events.emit(new RunEvent.StepFinished(run.id(), now, instance.key(), instance.step().id(), status, attempts,
                exitCode, run.masker().maskMap(outputs), Duration.between(started, now), run.masker().mask(error), false));
        return new InstanceResult(instance, status, outputs, exitCode, error, true);
    }

    /** Template variables of one instance. */
    Map<String, Object> variables(StepInstance instance, Map<String, Object> stepsView, List<String> needsStatus) {
        Map<String, Object> variables = baseVariables(stepsView, needsStatus);
        if (instance.matrix() != null) {
            variables.put("matrix", instance.matrix());
        }
        if (instance.step().foreach() != null) {
            variables.put("item", instance.item());
        }
        return variables;
    }

    Map<String, Object> baseVariables(Map<String, Object> stepsView, List<String> needsStatus) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("inputs", run.inputs());
        variables.put("env", run.envView());
        variables.put("secrets", run.secrets());
        variables.put("steps", stepsView);
        variables.put("run", run.runView());
        variables.put("workflow", run.workflowView());
        variables.put(Templates.NEEDS_STATUS, needsStatus);
        return variables;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castEnv(Object env) {
        return env instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private Path workingDirectory(Step step, Map<String, Object> variables) {
        String configured = step.workingDirectory() != null ? step.workingDirectory() : run.workflow().defaults().workingDirectory();
        Path base = run.workflow().baseDirectory();
        if (configured == null) {
            return base;
        }
        Path dir = base.resolve(templates.render(configured, variables)).normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("working directory does not exist: " + dir);
        }
        return dir;
    }

    private Map<String, String> environment(StepInstance instance, int attempt, Map<String, String> stepEnv, Path outputFile,
                                            Path workingDirectory) {
        Map<String, String> env = new HashMap<>(OS_ENV);
        env.putAll(run.workflowEnv());
        env.putAll(stepEnv);
        env.put("JUNCTION_RUN_ID", run.id());
        env.put("JUNCTION_WORKFLOW", run.workflow().name());
        env.put("JUNCTION_STEP", instance.key());
        env.put("JUNCTION_ATTEMPT", String.valueOf(attempt));
        env.put("JUNCTION_OUTPUT", outputFile.toString());
        env.put("JUNCTION_WORKSPACE", run.workflow().baseDirectory().toString());
        env.put("JUNCTION_WORKDIR", workingDirectory.toString());
        return env;
    }

    private StepLog log(String key) {
        return new StepLog() {
            @Override
            public void out(String line) {
                events.log(key, LogLine.Stream.OUT, line);
            }

            @Override
            public void err(String line) {
                events.log(key, LogLine.Stream.ERR, line);
            }

            @Override
            public void system(String line) {
                events.log(key, LogLine.Stream.SYSTEM, line);
            }
        };
    }

    /** Waits between attempts; returns false when the run was cancelled meanwhile. */
    private static boolean sleep(Duration delay, Set<Cancellation> active) {
        if (delay.isZero()) {
            return true;
        }
        Cancellation waiting = new Cancellation();
        Thread sleeper = Thread.currentThread();
        waiting.onCancel(sleeper::interrupt);
        active.add(waiting);
        try {
            Thread.sleep(delay);
            return true;
        } catch (InterruptedException e) {
            return false;
        } finally {
            active.remove(waiting);
            Thread.interrupted(); // clear a late interrupt from a cancel that raced the wake-up
        }
    }

    private static String safeFileName(String key) {
        return UNSAFE_IN_FILE_NAME.matcher(key).replaceAll("_");
    }

    /** A value computed once, on first use, by whichever thread asks first. */
    static final class Lazy<T> implements Supplier<T> {
        private final Supplier<T> source;
        private volatile T value;

        Lazy(Supplier<T> source) {
            this.source = source;
        }

        @Override
        public T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        value = v = source.get();
                    }
                }
            }
            return v;
        }
    }
}
