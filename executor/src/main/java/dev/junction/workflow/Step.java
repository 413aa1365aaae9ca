package dev.junction.workflow;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One step of a workflow as written. What it does is in {@link #spec()}; everything else says when and how.
 *
 * @param condition   the {@code if} expression, or null (run when all needs succeeded)
 * @param outputs     declared outputs: name to template, or to null for values the step writes to
 *                    {@code $JUNCTION_OUTPUT}
 * @param timeout     null when none was given (the workflow's defaults apply)
 * @param retry       null when none was given (the workflow's defaults apply)
 * @param maxParallel limit for the instances of a foreach/matrix step; null means no extra limit
 */
public record Step(
        String id,
        String name,
        List<String> needs,
        String condition,
        StepSpec spec,
        Map<String, String> env,
        String workingDirectory,
        Duration timeout,
        RetryPolicy retry,
        boolean continueOnError,
        Foreach foreach,
        Matrix matrix,
        Integer maxParallel,
        Map<String, String> outputs,
        List<String> runsOn) {

    public Step {
        Objects.requireNonNull(id);
        Objects.requireNonNull(spec);
        name = name == null ? "" : name;
        needs = List.copyOf(needs);
        env = Workflow.ordered(env);
        outputs = Workflow.ordered(outputs);
        runsOn = List.copyOf(runsOn);
    }

    /** A minimal step of the given kind, for programmatic construction (tests, benchmarks, the designer). */
    public static Step of(String id, List<String> needs, StepSpec spec) {
        return new Step(id, "", needs, null, spec, Map.of(), null, null, null, false, null, null, null, Map.of(), List.of());
    }

    public String kind() {
        return spec.kind();
    }

    public Step withNeeds(List<String> newNeeds) {
        return new Step(id, name, newNeeds, condition, spec, env, workingDirectory, timeout, retry, continueOnError,
                foreach, matrix, maxParallel, outputs, runsOn);
    }
}
