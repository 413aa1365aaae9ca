package dev.junction.run;

import dev.junction.workflow.Workflow;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Asks an {@link Executor} to run a workflow.
 *
 * @param inputs raw input values (strings from a command line are converted by the input schema)
 */
public record RunRequest(Workflow workflow, Map<String, Object> inputs, RunOptions options) {
    public RunRequest {
        Objects.requireNonNull(workflow);
        inputs = inputs == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputs));
        options = options == null ? RunOptions.DEFAULT : options;
    }

    public static RunRequest of(Workflow workflow, Map<String, Object> inputs) {
        return new RunRequest(workflow, inputs, RunOptions.DEFAULT);
    }

    /**
     * @param maxParallel overrides the workflow's limit; null keeps it
     * @param trigger     who or what started the run ("cli", "designer", "cron", ...)
     * @param baseRunId   an earlier run of the same workflow whose step results are reused for every step
     *                    not selected by {@code steps}; null for a full run
     * @param steps       with a base run: the step ids to run again
     * @param downstream  with a base run: also run everything that depends on {@code steps}
     */
    public record RunOptions(boolean dryRun, Integer maxParallel, String trigger, String baseRunId, Set<String> steps,
                             boolean downstream) {
        public static final RunOptions DEFAULT = new RunOptions(false, null, "api", null, Set.of(), false);

        public RunOptions {
            trigger = trigger == null ? "api" : trigger;
            steps = steps == null ? Set.of() : Set.copyOf(steps);
        }

        public RunOptions withDryRun(boolean value) {
            return new RunOptions(value, maxParallel, trigger, baseRunId, steps, downstream);
        }

        public RunOptions withMaxParallel(Integer value) {
            return new RunOptions(dryRun, value, trigger, baseRunId, steps, downstream);
        }

        public RunOptions withTrigger(String value) {
            return new RunOptions(dryRun, maxParallel, value, baseRunId, steps, downstream);
        }

        /** Re-run {@code stepIds} (and, if {@code downstream}, what depends on them) reusing the rest of a run. */
        public RunOptions rerun(String runId, Set<String> stepIds, boolean withDownstream) {
            return new RunOptions(dryRun, maxParallel, trigger, runId, stepIds, withDownstream);
        }
    }
}
