package dev.junction.run;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything a run does, as it happens. The CLI, the designer, the store and the node's WebSocket all
 * consume these same records, so a local run and a remote one look the same. Values are already masked.
 */
public sealed interface RunEvent {

    String runId();

    Instant time();

    /**
     * @param inputs the validated inputs with defaults applied (secret inputs masked)
     * @param steps  the step ids in plan order
     * @param definitionRevision the git commit of the definition ({@code +dirty} when changed), or empty
     */
    record RunStarted(String runId, Instant time, String workflow, Map<String, Object> inputs, List<String> steps,
                      String trigger, boolean dryRun, String definitionRevision) implements RunEvent {
        public RunStarted {
            inputs = copy(inputs);
            steps = List.copyOf(steps);
            definitionRevision = definitionRevision == null ? "" : definitionRevision;
        }
    }

    /**
     * A step (or one instance of it) starts an attempt.
     *
     * @param stepKey the step id, with {@code [label]} for foreach/matrix instances, e.g. {@code test[jdk=21]}
     */
    record StepStarted(String runId, Instant time, String stepKey, String stepId, int attempt) implements RunEvent {}

    record StepLog(String runId, Instant time, LogLine line) implements RunEvent {}

    /** An attempt failed and another will follow after {@code delay}. */
    record StepRetrying(String runId, Instant time, String stepKey, int attempt, Integer exitCode, String error,
                        Duration delay) implements RunEvent {}

    /**
     * A step reached its final status (after all attempts), or was skipped or reused.
     *
     * @param exitCode the process exit code, or null for steps that are not processes
     * @param error    why it failed or was skipped, or empty
     * @param reused   true when outputs were taken from an earlier run instead of running the step
     */
    record StepFinished(String runId, Instant time, String stepKey, String stepId, StepStatus status, int attempts,
                        Integer exitCode, Map<String, Object> outputs, Duration duration, String error,
                        boolean reused) implements RunEvent {
        public StepFinished {
            outputs = copy(outputs);
            error = error == null ? "" : error;
        }
    }

    record RunFinished(String runId, Instant time, RunStatus status, Duration duration, String error)
            implements RunEvent {
        public RunFinished {
            error = error == null ? "" : error;
        }
    }

    /** Map.copyOf refuses null values, which outputs and inputs may hold; keep order for display. */
    private static Map<String, Object> copy(Map<String, Object> map) {
        return map == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
    }
}
