package dev.junction.store;

import dev.junction.run.LogLine;
import dev.junction.run.RunEvent;
import dev.junction.run.RunStatus;
import dev.junction.run.StepStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the events of one run, with times that advance by a millisecond per event, as an engine would send them. */
final class Events {

    private final String runId;
    private Instant clock;
    private long seq;

    Events(String runId, Instant start) {
        this.runId = runId;
        this.clock = start;
    }

    Instant now() {
        return clock;
    }

    private Instant tick() {
        clock = clock.plusMillis(1);
        return clock;
    }

    RunEvent.RunStarted started(String workflow, Map<String, Object> inputs) {
        return new RunEvent.RunStarted(runId, tick(), workflow, inputs, List.of(), "cli", false, "abc123");
    }

    RunEvent.StepStarted stepStarted(String stepKey, int attempt) {
        return new RunEvent.StepStarted(runId, tick(), stepKey, stepId(stepKey), attempt);
    }

    RunEvent.StepRetrying retrying(String stepKey, int attempt, Integer exitCode, String error) {
        return new RunEvent.StepRetrying(runId, tick(), stepKey, attempt, exitCode, error, Duration.ofSeconds(1));
    }

    RunEvent.StepLog log(String stepKey, LogLine.Stream stream, String text) {
        Instant time = tick();
        return new RunEvent.StepLog(runId, time, new LogLine(runId, stepKey, seq++, time, stream, text));
    }

    RunEvent.StepFinished stepFinished(String stepKey, StepStatus status, int attempts, Integer exitCode,
                                       Map<String, Object> outputs, String error) {
        return new RunEvent.StepFinished(runId, tick(), stepKey, stepId(stepKey), status, attempts, exitCode, outputs,
                Duration.ofMillis(5), error, false);
    }

    RunEvent.StepFinished reused(String stepKey, Map<String, Object> outputs) {
        return new RunEvent.StepFinished(runId, tick(), stepKey, stepId(stepKey), StepStatus.SUCCESS, 0, null, outputs,
                Duration.ZERO, "", true);
    }

    RunEvent.RunFinished finished(RunStatus status, String error) {
        return new RunEvent.RunFinished(runId, tick(), status, Duration.ofMillis(100), error);
    }

    /** A whole successful run of {@code steps} noop steps, each with one log line: 3 events per step + 2. */
    List<RunEvent> noopRun(String workflow, int steps) {
        List<RunEvent> events = new ArrayList<>();
        events.add(started(workflow, Map.of()));
        for (int i = 0; i < steps; i++) {
            String key = "step" + i;
            events.add(stepStarted(key, 1));
            events.add(log(key, LogLine.Stream.SYSTEM, "noop " + i));
            events.add(stepFinished(key, StepStatus.SUCCESS, 1, null, Map.of(), ""));
        }
        events.add(finished(RunStatus.SUCCESS, ""));
        return events;
    }

    static String stepId(String stepKey) {
        int bracket = stepKey.indexOf('[');
        return bracket < 0 ? stepKey : stepKey.substring(0, bracket);
    }
}
