package dev.junction.designer.run;

import dev.junction.designer.timeline.TimelineData;
import dev.junction.designer.timeline.TimelineSpan;
import dev.junction.run.RunDetail;
import dev.junction.run.RunEvent;
import dev.junction.run.RunStatus;
import dev.junction.run.StepRun;
import dev.junction.run.StepStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One run as the designer shows it: every step and instance with its status and times, folded from the run's
 * events while it goes, or read from the stored run afterwards. The step cards' statuses and the timeline are
 * both views of it. Not thread-safe: the {@link RunController} applies events on the FX thread.
 */
public final class RunTrace {

    /**
     * One step or instance.
     *
     * @param startedAt null when it never ran (skipped, reused, queued)
     * @param duration  null until it finishes
     */
    public record Span(String stepKey, String stepId, StepStatus status, Instant startedAt, Instant finishedAt,
                       Duration duration, int attempt, String error, boolean reused, Map<String, Object> outputs) {
        public Span {
            error = error == null ? "" : error;
            outputs = outputs == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
        }

        public boolean isInstance() {
            return !stepKey.equals(stepId);
        }
    }

    private final String runId;
    private final String workflow;
    private final Instant startedAt;
    private final List<String> plan;
    private final Map<String, Object> inputs;
    private final Map<String, Span> spans = new LinkedHashMap<>();
    private Instant finishedAt;
    private RunStatus status;
    private String error = "";

    private RunTrace(String runId, String workflow, Instant startedAt, List<String> plan, Map<String, Object> inputs,
                     RunStatus status) {
        this.runId = Objects.requireNonNull(runId);
        this.workflow = workflow == null ? "" : workflow;
        this.startedAt = startedAt;
        this.plan = List.copyOf(plan);
        this.inputs = inputs == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        this.status = status;
    }

    /** A live run, from its first event: every planned step queued. */
    public static RunTrace started(RunEvent.RunStarted event) {
        return new RunTrace(event.runId(), event.workflow(), event.time(), event.steps(), event.inputs(), RunStatus.RUNNING);
    }

    /** A stored run (finished or not). */
    public static RunTrace of(RunDetail detail) {
        List<StepRun> steps = detail.steps();
        Set<String> plan = new LinkedHashSet<>();
        for (StepRun step : steps) {
            plan.add(step.stepId());
        }
        RunTrace trace = new RunTrace(detail.summary().runId(), detail.summary().workflow(), detail.summary().startedAt(),
                List.copyOf(plan), detail.summary().inputs(), detail.summary().status());
        trace.finishedAt = detail.summary().finishedAt();
        trace.error = detail.summary().error();
        for (StepRun step : steps) {
            int attempt = step.attempts().stream().mapToInt(StepRun.Attempt::number).max().orElse(0);
            trace.spans.put(step.stepKey(), new Span(step.stepKey(), step.stepId(), step.status(), step.startedAt(),
                    step.finishedAt(), step.duration(), attempt, step.error(), step.reused(), step.outputs()));
        }
        return trace;
    }

    /** Folds one event of this run in; events of other runs are ignored. */
    public void apply(RunEvent event) {
        if (!event.runId().equals(runId)) {
            return;
        }
        switch (event) {
            case RunEvent.RunStarted started -> { }
            case RunEvent.StepStarted s -> {
                Span before = spans.get(s.stepKey());
                Instant start = before != null && before.startedAt() != null ? before.startedAt() : s.time();
                spans.put(s.stepKey(), new Span(s.stepKey(), s.stepId(), StepStatus.RUNNING, start, null, null,
                        s.attempt(), "", false, Map.of()));
            }
            case RunEvent.StepRetrying r -> {
                Span before = spans.get(r.stepKey());
                if (before != null) {
                    spans.put(r.stepKey(), new Span(before.stepKey(), before.stepId(), StepStatus.RUNNING, before.startedAt(),
                            null, null, r.attempt(), "attempt " + r.attempt() + " failed: " + r.error() + "; retrying",
                            false, Map.of()));
                }
            }
            case RunEvent.StepFinished f -> {
                Span before = spans.get(f.stepKey());
                Instant start = before == null ? null : before.startedAt();
                int attempt = Math.max(f.attempts(), before == null ? 0 : before.attempt());
                spans.put(f.stepKey(), new Span(f.stepKey(), f.stepId(), f.status(), start, f.time(), f.duration(), attempt,
                        f.error(), f.reused(), f.outputs()));
            }
            case RunEvent.RunFinished f -> {
                finishedAt = f.time();
                status = f.status();
                error = f.error();
            }
            case RunEvent.StepLog log -> { }
        }
    }

    public String runId() {
        return runId;
    }

    public String workflow() {
        return workflow;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** Null while the run goes. */
    public Instant finishedAt() {
        return finishedAt;
    }

    public RunStatus status() {
        return status;
    }

    public String error() {
        return error;
    }

    public boolean isLive() {
        return !status.isTerminal();
    }

    /** The step ids in plan order. */
    public List<String> plan() {
        return plan;
    }

    public Map<String, Object> inputs() {
        return inputs;
    }

    /** Every step and instance seen so far, in the order they first appeared. */
    public List<Span> spans() {
        return List.copyOf(spans.values());
    }

    /**
     * What each step card shows, by step id, in plan order: planned steps not reached yet are queued, and a
     * foreach/matrix step sums up its instances (running while any runs, then the step's final status).
     */
    public Map<String, StepStatusView> statuses() {
        Map<String, List<Span>> byStep = new LinkedHashMap<>();
        for (String id : plan) {
            byStep.put(id, new ArrayList<>());
        }
        for (Span span : spans.values()) {
            byStep.computeIfAbsent(span.stepId(), k -> new ArrayList<>()).add(span);
        }
        Map<String, StepStatusView> result = new LinkedHashMap<>();
        byStep.forEach((id, list) -> result.put(id, summarize(id, list)));
        return result;
    }

    /** The steps that did not succeed (failed, cancelled, interrupted), in plan order: where a re-run starts. */
    public Set<String> unsuccessfulSteps() {
        Set<String> failed = new LinkedHashSet<>();
        statuses().forEach((id, view) -> {
            if (view.status() == StepStatus.FAILURE || view.status() == StepStatus.CANCELLED
                    || view.status() == StepStatus.INTERRUPTED) {
                failed.add(id);
            }
        });
        return failed;
    }

    /** The run as the Gantt shows it. */
    public TimelineData timeline() {
        List<TimelineSpan> timeline = spans.values().stream()
                .map(s -> new TimelineSpan(s.stepKey(), s.stepId(), s.status(), s.startedAt(),
                        s.startedAt() == null ? null : s.finishedAt(), s.attempt(), s.error()))
                .toList();
        return TimelineData.of(runId, workflow, startedAt, finishedAt, plan, timeline);
    }

    private StepStatusView summarize(String stepId, List<Span> list) {
        Span own = list.stream().filter(s -> !s.isInstance()).findFirst().orElse(null);
        List<Span> instances = list.stream().filter(Span::isInstance).toList();
        if (instances.isEmpty()) {
            return own == null ? new StepStatusView(queuedOrCancelled(), null, null, 0, "")
                    : new StepStatusView(own.status(), own.startedAt(), own.duration(), own.attempt(), own.error());
        }
        Instant start = instances.stream().map(Span::startedAt).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        int attempt = instances.stream().mapToInt(Span::attempt).max().orElse(0);
        if (own != null && own.status().isTerminal()) {
            return new StepStatusView(own.status(), start, own.duration(), attempt, own.error());
        }
        return new StepStatusView(StepStatus.RUNNING, start, null, attempt, "");
    }

    /** A planned step that never got an event: queued while the run goes, cancelled once it ended. */
    private StepStatus queuedOrCancelled() {
        return status.isTerminal() ? StepStatus.CANCELLED : StepStatus.QUEUED;
    }
}
