package dev.junction.steps;

import dev.junction.workflow.source.MappingReader;
import dev.junction.workflow.source.YamlNode;
import java.util.Map;

/** {@code log: message} writes one (templated) line to the run's log, in-process. */
public final class LogKind implements StepKind<LogKind.Config> {

    public record Config(String message) {}

    @Override
    public String key() {
        return "log";
    }

    @Override
    public java.util.Set<String> builtinOutputs() {
        return java.util.Set.of("message");
    }

    @Override
    public Config parse(YamlNode node, MappingReader step, ParseContext context) {
        if (node instanceof YamlNode.Scalar s && !s.isNull()) {
            return new Config(s.value());
        }
        step.problems().error(node, "'log' needs the message to write, not " + node.describe(),
                "for example: log: \"deployed {{ inputs.version }}\"");
        return null;
    }

    @Override
    public String summary(Config config) {
        return config.message();
    }

    @Override
    public StepResult execute(Config config, StepContext context) {
        String line = context.render(config.message());
        line.lines().forEach(context.log()::out);
        return StepResult.ok(Map.of("message", line));
    }
}
