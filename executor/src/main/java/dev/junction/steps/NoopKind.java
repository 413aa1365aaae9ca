package dev.junction.steps;

import dev.junction.workflow.source.MappingReader;
import dev.junction.workflow.source.YamlNode;
import java.util.Map;

/** {@code noop:} does nothing, in-process: for structure (join points) and for measuring the engine. */
public final class NoopKind implements StepKind<NoopKind.Config> {

    /** Nothing to configure. */
    public record Config() {}

    private static final Config CONFIG = new Config();

    @Override
    public String key() {
        return "noop";
    }

    @Override
    public Config parse(YamlNode node, MappingReader step, ParseContext context) {
        if (!MappingReader.isNull(node) && !(node instanceof YamlNode.Mapping m && m.entries().isEmpty())
                && !(node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.BOOLEAN)) {
            step.problems().error(node, "'noop' takes no settings", "write 'noop: {}' or 'noop: true'");
        }
        return CONFIG;
    }

    @Override
    public String summary(Config config) {
        return "no operation";
    }

    @Override
    public StepResult execute(Config config, StepContext context) {
        return StepResult.ok(Map.of());
    }
}
