package dev.junction.engine;

import dev.junction.expr.TemplateException;
import dev.junction.run.LogLine;
import dev.junction.run.RunDetail;
import dev.junction.run.RunEvent;
import dev.junction.run.RunRequest.RunOptions;
import dev.junction.run.RunStatus;
import dev.junction.run.StepRun;
import dev.junction.run.StepStatus;
import dev.junction.steps.Cancellation;
import dev.junction.workflow.Step;
import dev.junction.workflow.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs one workflow run to its end. A single coordinator thread owns all scheduling state: it decides which
 * steps are ready, skips or reuses them, expands foreach/matrix steps into instances, and starts instances
 * on virtual threads within the parallelism limits. Instances report back through a queue, so the
 * coordinator never shares mutable state with step threads.
 */
final class RunExecution {

    private static final Pattern STATUS_FUNCTIONS = Pattern.compile("\\b(always|failure|success|cancelled)\\s*\\(");

    private final RunContext run;
    private final RunEvents events;
    private final InstanceRunner runner;
    private final Optional<RunDetail> base;
    private final Set<String> rerun;
    private final CompletableFuture<RunStatus> completion;

    /** What templates see as {@code steps.<id>}; written by the coordinator, read by step threads. */
    private final Map<String, Map<String, Object>> stepsView = new ConcurrentHashMap<>();
    private final LinkedBlockingQueue<InstanceResult> completions = new LinkedBlockingQueue<>();
    private final Set<Cancellation> active = ConcurrentHashMap.newKeySet();
    private volatile boolean cancelled;
    private final List<String> failedSteps = new ArrayList<>();

    RunExecution(RunContext run, RunEvents events, InstanceRunner runner, Optional<RunDetail> base,
                 CompletableFuture<RunStatus> completion) {
        this.run = run;
        this.events = events;
        this.runner = runner;
        this.base = base;
        this.rerun = base.isPresent() ? rerunSet(run.workflow(), run.options()) : Set.of();
        this.completion = completion;
    }

    /** Stops the run: nothing new starts, and every running attempt is cancelled (processes killed). */
    void cancel() {
        cancelled = true;
        active.forEach(c -> c.cancel("run cancelled"));
        completions.add(InstanceResult.WAKE_UP);
    }

    boolean isCancelled() {
        return cancelled;
    }

    void run() {
        Instant started = Instant.now();
        RunStatus status;
        String error = "";
        try {
            SectionOutcome main = execute(run.workflow().steps());
            status = cancelled ? RunStatus.CANCELLED : main.failed() ? RunStatus.FAILURE : RunStatus.SUCCESS;
            error = main.error();
            if (status == RunStatus.FAILURE && !run.workflow().onFailure().isEmpty()) {
                run.setFailedSteps(List.copyOf(failedSteps));
                execute(run.workflow().onFailure());
            }
        } catch (RuntimeException | Error e) {
            status = RunStatus.FAILURE;
            error = "internal error: " + e;
            events.log("", LogLine.Stream.SYSTEM, error);
        } finally {
            deleteQuietly(run.tempDirectory());
        }
        Instant finished = Instant.now();
        events.emit(new RunEvent.RunFinished(run.id(), finished, status, Duration.between(started, finished),
                run.masker().mask(error)));
        completion.complete(status);
    }

    private record SectionOutcome(boolean failed, String error) {}

    /** Per-step scheduling state, owned by the coordinator. */
    private static final class StepState {
        final Step step;
        StepStatus status;
        /** What status functions see of it once finished; see {@link RunExecution#outcome}. */
        String outcome;
        int total;
        int finished;
        int running;
        Instant startedAt;
        final List<InstanceResult> results = new ArrayList<>();

        StepState(Step step) {
            this.step = step;
        }
    }

    private SectionOutcome execute(Map<String, Step> steps) {
        Map<String, StepState> states = new LinkedHashMap<>();
        steps.values().forEach(s -> states.put(s.id(), new StepState(s)));
        // dependency counting keeps scheduling linear in steps + edges (10,000-step runs stay cheap)
        Map<String, Integer> pendingNeeds = new HashMap<>();
        Map<String, List<String>> dependents = new HashMap<>();
        Deque<String> resolvable = new ArrayDeque<>();
        for (Step step : steps.values()) {
            int count = 0;
            for (String need : step.needs()) {
                if (states.containsKey(need)) {
                    count++;
                    dependents.computeIfAbsent(need, k -> new ArrayList<>()).add(step.id());
                }
            }
            pendingNeeds.put(step.id(), count);
            if (count == 0) {
                resolvable.add(step.id());
            }
        }
        Deque<StepInstance> ready = new ArrayDeque<>();
        int running = 0;
        Map<String, Object> stepsReadOnly = java.util.Collections.unmodifiableMap(stepsView);
        while (true) {
            while (!resolvable.isEmpty()) {
                StepState state = states.get(resolvable.poll());
                schedule(state, states, ready);
                if (state.status != null) {
                    release(state, states, dependents, pendingNeeds, resolvable);
                }
            }
            while (!ready.isEmpty() && running < run.maxParallel()) {
                StepInstance next = pollLaunchable(ready, states);
                if (next == null) {
                    break;
                }
                StepState state = states.get(next.step().id());
                if (cancelled) {
                    if (finishInstance(state, InstanceResult.cancelled(next))) {
                        release(state, states, dependents, pendingNeeds, resolvable);
                    }
                    continue;
                }
                state.running++;
                running++;
                if (state.startedAt == null) {
                    state.startedAt = Instant.now();
                }
                // steps only read finished upstream steps, whose entries never change: no copy needed
                List<String> needsStatus = needsStatus(state.step, states);
                if (running == 1 && ready.isEmpty() && resolvable.isEmpty()) {
                    // the only thing that can happen now is this step: run it here and save two thread hand-offs
                    // (a chain of short steps is dominated by them); cancellation still reaches it directly
                    completions.add(runner.run(next, stepsReadOnly, needsStatus, active, () -> cancelled));
                } else {
                    Thread.ofVirtual().name("junction-step-" + next.key()).start(() ->
                            completions.add(runner.run(next, stepsReadOnly, needsStatus, active, () -> cancelled)));
                }
            }
            if (running == 0 && ready.isEmpty() && resolvable.isEmpty()) {
                break;
            }
            InstanceResult result = take();
            if (result == InstanceResult.WAKE_UP) {
                if (cancelled) {
                    for (StepInstance queued : List.copyOf(ready)) {
                        StepState state = states.get(queued.step().id());
                        if (finishInstance(state, InstanceResult.cancelled(queued))) {
                            release(state, states, dependents, pendingNeeds, resolvable);
                        }
                    }
                    ready.clear();
                }
                continue;
            }
            running--;
            StepState state = states.get(result.instance().step().id());
            state.running--;
            if (finishInstance(state, result)) {
                release(state, states, dependents, pendingNeeds, resolvable);
            }
        }
        boolean failed = false;
        String firstError = "";
        for (StepState state : states.values()) {
            if (state.status == StepStatus.FAILURE && !state.step.continueOnError()) {
                failed = true;
                failedSteps.add(state.step.id());
                if (firstError.isEmpty()) {
                    firstError = "step '" + state.step.id() + "' failed";
                }
            }
        }
        return new SectionOutcome(failed, firstError);
    }

    /** A step reached its final status: its dependents have one need fewer to wait for. */
    private static void release(StepState state, Map<String, StepState> states, Map<String, List<String>> dependents,
                                Map<String, Integer> pendingNeeds, Deque<String> resolvable) {
        state.outcome = outcome(state, states); // its needs were released before it, so theirs are known

        for (String dependent : dependents.getOrDefault(state.step.id(), List.of())) {
            if (pendingNeeds.merge(dependent, -1, Integer::sum) == 0) {
                resolvable.add(dependent);
            }
        }
    }

    private InstanceResult take() {
        try {
            return completions.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
            return InstanceResult.WAKE_UP;
        }
    }

    /** The first ready instance whose step is under its own max-parallel, keeping file order otherwise. */
    private static StepInstance pollLaunchable(Deque<StepInstance> ready, Map<String, StepState> states) {
        for (var it = ready.iterator(); it.hasNext(); ) {
            StepInstance candidate = it.next();
            StepState state = states.get(candidate.step().id());
            Integer limit = candidate.step().maxParallel();
            if (limit == null || state.running < limit) {
                it.remove();
                return candidate;
            }
        }
        return null;
    }

    /** A step whose needs are all done: skip it, reuse it, or expand it into ready instances. */
    private void schedule(StepState state, Map<String, StepState> states, Deque<StepInstance> ready) {
        Step step = state.step;
        if (cancelled) {
            finishStep(state, StepStatus.CANCELLED, "run cancelled", Map.of(), null, false);
            return;
        }
        if (run.options().dryRun()) {
            events.log(step.id(), LogLine.Stream.SYSTEM, "plan: " + runner.describe(step));
            finishStep(state, StepStatus.SKIPPED, "dry run", Map.of(), null, false);
            return;
        }
        Optional<StepRun> reusable = reusable(step);
        if (reusable.isPresent()) {
            StepRun previous = reusable.get();
            finishStep(state, previous.status(), "", previous.outputs(), previous.exitCode(), true);
            return;
        }
        List<String> blockers = step.needs().stream()
                .filter(n -> states.containsKey(n) && blocks(states.get(n)))
                .toList();
        boolean usesStatusFunctions = step.condition() != null && STATUS_FUNCTIONS.matcher(step.condition()).find();
        if (!blockers.isEmpty() && !usesStatusFunctions) {
            String blocker = blockers.getFirst();
            finishStep(state, StepStatus.SKIPPED, "needs '" + blocker + "', which " + pastTense(states.get(blocker).status),
                    Map.of(), null, false);
            return;
        }
        List<StepInstance> instances;
        try {
            instances = runner.expand(step, java.util.Collections.unmodifiableMap(stepsView));
        } catch (TemplateException e) {
            finishStep(state, StepStatus.FAILURE, "foreach: " + e.getMessage(), Map.of(), null, false);
            return;
        }
        if (instances.isEmpty()) {
            events.log(step.id(), LogLine.Stream.SYSTEM, "nothing to do: foreach has no items");
            finishStep(state, StepStatus.SUCCESS, "", Map.of(), null, false);
            return;
        }
        state.total = instances.size();
        ready.addAll(instances);
    }

    private static String pastTense(StepStatus status) {
        return switch (status) {
            case FAILURE -> "failed";
            case SKIPPED -> "was skipped";
            case CANCELLED -> "was cancelled";
            default -> "did not succeed";
        };
    }

    private static boolean blocks(StepState need) {
        return switch (need.status) {
            case FAILURE -> !need.step.continueOnError();
            case SKIPPED, CANCELLED, INTERRUPTED -> true;
            default -> false;
        };
    }

    /** What the status functions of a step's condition see of its needs: their {@link #outcome}s. */
    private static List<String> needsStatus(Step step, Map<String, StepState> states) {
        List<String> statuses = new ArrayList<>();
        for (String need : step.needs()) {
            StepState s = states.get(need);
            if (s != null && s.outcome != null) {
                statuses.add(s.outcome);
            }
        }
        return statuses;
    }

    /**
     * A finished step as {@code success()}, {@code failure()} and {@code cancelled()} see it. A failure allowed by
     * {@code continue-on-error} counts as success. A skipped step carries what happened upstream: skipped because
     * a need failed, or because its own condition was false after a failure upstream, it counts as that failure
     * (so a step after it that asks for {@code success()} does not run as if all went well); skipped by its own
     * choice with nothing wrong upstream (a canary outside production) it stays "skipped", which success() allows.
     */
    private static String outcome(StepState state, Map<String, StepState> states) {
        return switch (state.status) {
            case SUCCESS -> "success";
            case FAILURE -> state.step.continueOnError() ? "success" : "failure";
            case CANCELLED, INTERRUPTED -> "cancelled";
            case SKIPPED -> {
                List<String> upstream = needsStatus(state.step, states);
                yield upstream.contains("failure") ? "failure" : upstream.contains("cancelled") ? "cancelled" : "skipped";
            }
            default -> state.status.label();
        };
    }

    private Optional<StepRun> reusable(Step step) {
        if (base.isEmpty() || rerun.contains(step.id())) {
            return Optional.empty();
        }
        return base.get().steps().stream()
                .filter(s -> s.stepKey().equals(step.id()))
                .filter(s -> s.status() == StepStatus.SUCCESS || s.status() == StepStatus.SKIPPED)
                .findFirst();
    }

    /** @return true when this was the step's last instance, so the step is now final */
    private boolean finishInstance(StepState state, InstanceResult result) {
        state.finished++;
        state.results.add(result);
        if (!result.emitted()) {
            // never reached a step thread (cancelled while queued): close it here
            events.emit(new RunEvent.StepFinished(run.id(), Instant.now(), result.instance().key(),
                    state.step.id(), result.status(), 0, null, Map.of(), Duration.ZERO, result.error(), false));
        }
        if (state.finished < state.total) {
            return false;
        }
        if (!state.results.getFirst().instance().expanded()) {
            InstanceResult only = state.results.getFirst();
            state.status = only.status();
            publishView(state.step, only.status(), only.outputs(), only.exitCode(), List.of());
            return true;
        }
        state.results.sort(Comparator.comparingInt(r -> r.instance().index()));
        StepStatus status = aggregate(state.results);
        Map<String, Object> outputs = state.results.stream()
                .filter(r -> r.status() == StepStatus.SUCCESS)
                .reduce((a, b) -> b).map(InstanceResult::outputs).orElse(Map.of());
        List<Map<String, Object>> results = state.results.stream().map(InstanceResult::asView).toList();
        Map<String, Object> withResults = new LinkedHashMap<>(outputs);
        Instant now = Instant.now();
        Duration duration = Duration.between(state.startedAt == null ? now : state.startedAt, now);
        String error = state.results.stream().filter(r -> r.status() == StepStatus.FAILURE).findFirst()
                .map(r -> r.instance().key() + ": " + r.error()).orElse("");
        state.status = status;
        publishView(state.step, status, outputs, null, results);
        events.emit(new RunEvent.StepFinished(run.id(), now, state.step.id(), state.step.id(), status, 0, null,
                run.masker().maskMap(withResults), duration, run.masker().mask(error), false));
        return true;
    }

    private static StepStatus aggregate(List<InstanceResult> results) {
        if (results.stream().anyMatch(r -> r.status() == StepStatus.FAILURE)) {
            return StepStatus.FAILURE;
        }
        if (results.stream().anyMatch(r -> r.status() == StepStatus.CANCELLED)) {
            return StepStatus.CANCELLED;
        }
        if (results.stream().allMatch(r -> r.status() == StepStatus.SKIPPED)) {
            return StepStatus.SKIPPED;
        }
        return StepStatus.SUCCESS;
    }

    /** Closes a step without running it (skipped, cancelled, reused, dry run, expansion error). */
    private void finishStep(StepState state, StepStatus status, String error, Map<String, Object> outputs,
                            Integer exitCode, boolean reused) {
        state.status = status;
        publishView(state.step, status, outputs, exitCode, List.of());
        if (!error.isEmpty() && status != StepStatus.SKIPPED) {
            events.log(state.step.id(), LogLine.Stream.SYSTEM, error);
        }
        events.emit(new RunEvent.StepFinished(run.id(), Instant.now(), state.step.id(), state.step.id(), status, 0,
                exitCode, run.masker().maskMap(outputs), Duration.ZERO, run.masker().mask(error), reused));
    }

    private void publishView(Step step, StepStatus status, Map<String, Object> outputs, Integer exitCode,
                             List<Map<String, Object>> results) {
        Map<String, Object> view = new HashMap<>();
        view.put("status", status.label());
        view.put("outputs", outputs);
        view.put("exit_code", exitCode);
        view.put("results", results);
        stepsView.put(step.id(), java.util.Collections.unmodifiableMap(view));
    }

    /** The selected steps, plus everything downstream of them when asked. */
    private static Set<String> rerunSet(Workflow workflow, RunOptions options) {
        Set<String> selected = new LinkedHashSet<>(options.steps());
        if (options.downstream()) {
            boolean grew = true;
            while (grew) {
                grew = false;
                for (Step step : workflow.steps().values()) {
                    if (!selected.contains(step.id()) && step.needs().stream().anyMatch(selected::contains)) {
                        selected.add(step.id());
                        grew = true;
                    }
                }
            }
        }
        return selected;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a leftover temp file is harmless; the OS cleans its temp folder
                }
            });
        } catch (IOException e) {
            // same
        }
    }
}
