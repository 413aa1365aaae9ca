package dev.junction.engine;

import dev.junction.expr.Templates;
import dev.junction.steps.Cancellation;
import dev.junction.steps.StepContext;
import dev.junction.steps.StepLog;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/** The engine's {@link StepContext}: fixed per attempt, cheap to derive for actions. */
record EngineStepContext(Templates templates, Map<String, Object> variables, Supplier<Map<String, String>> lazyEnvironment,
                         Path workingDirectory, Path outputFile, StepLog log, Cancellation cancellation)
        implements StepContext {

    @Override
    public Map<String, String> environment() {
        return lazyEnvironment.get();
    }

    @Override
    public String render(String template) {
        return templates.render(template, variables);
    }

    @Override
    public StepContext withVariables(Map<String, Object> newVariables) {
        return new EngineStepContext(templates, newVariables, lazyEnvironment, workingDirectory, outputFile, log, cancellation);
    }
}
