package dev.junction.steps;

import java.util.Map;

/**
 * What one attempt of a step produced.
 *
 * @param exitCode      the process exit code, or null for steps that are not processes
 * @param outputs       outputs the step produced itself ({@code $JUNCTION_OUTPUT}, built-in outputs)
 * @param outputContext extra variables for the step's {@code outputs:} templates ({@code stdout},
 *                      {@code exit_code}, {@code response}, …)
 * @param error         why it failed, or empty
 */
public record StepResult(boolean success, Integer exitCode, Map<String, Object> outputs,
                         Map<String, Object> outputContext, String error) {

    public StepResult {
        outputs = outputs == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outputs));
        outputContext = outputContext == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outputContext));
        error = error == null ? "" : error;
    }

    public static StepResult ok(Map<String, Object> outputs) {
        return new StepResult(true, null, outputs, Map.of(), "");
    }

    public static StepResult failed(String error) {
        return new StepResult(false, null, Map.of(), Map.of(), error);
    }
}
