package dev.junction.steps;

import dev.junction.expr.Templates;
import dev.junction.workflow.ActionDefinition;
import dev.junction.workflow.InputSpec;
import dev.junction.workflow.inputs.InputError;
import dev.junction.workflow.inputs.InputSchemas;
import dev.junction.workflow.inputs.InputValues;
import dev.junction.workflow.inputs.InvalidInputsException;
import dev.junction.workflow.source.MappingReader;
import dev.junction.workflow.source.Suggestions;
import dev.junction.workflow.source.YamlNode;
import dev.junction.workflow.source.YamlValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code uses: ./actions/greet} with {@code with: {…}}: runs an action. The action's inputs are checked
 * at load time (unknown or missing names, literal values against their schema) and again at run time
 * after templates are rendered; inside the action, templates see the action's own {@code inputs}.
 */
public final class UsesKind implements StepKind<UsesKind.Config> {

    /** @param with the {@code with:} values as plain Java values; strings may be templates */
    public record Config(ActionDefinition action, Map<String, Object> with) {
        public Config {
            with = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(with));
        }
    }

    private final Supplier<StepKinds> kinds;

    /** @param kinds the registry that runs the action's body (supplied lazily: it contains this kind) */
    public UsesKind(Supplier<StepKinds> kinds) {
        this.kinds = kinds;
    }

    @Override
    public String key() {
        return "uses";
    }

    @Override
    public Set<String> siblingKeys() {
        return Set.of("with");
    }

    @Override
    public Set<String> outputsOf(Config config) {
        Set<String> outputs = new java.util.LinkedHashSet<>(config.action().outputs().keySet());
        kinds.get().get(config.action().runs().kind()).ifPresent(k -> outputs.addAll(k.builtinOutputs()));
        return outputs;
    }

    @Override
    public Config parse(YamlNode node, MappingReader step, ParseContext context) {
        if (!(node instanceof YamlNode.Scalar ref) || ref.isNull() || ref.value().isBlank()) {
            step.problems().error(node, "'uses' needs the action to run", "for example: uses: ./actions/greet");
            return null;
        }
        var action = context.actions().resolve(ref.value(), context.baseDirectory(), node, step.problems());
        Map<String, Object> with = new LinkedHashMap<>();
        var withNode = step.node("with");
        if (withNode.isPresent() && !MappingReader.isNull(withNode.get())) {
            if (withNode.get() instanceof YamlNode.Mapping m) {
                m.entries().forEach(e -> with.put(e.key().value(), YamlValues.toJava(e.value())));
            } else {
                step.problems().error(withNode.get(), "'with' must be a map of action inputs, not " + withNode.get().describe(), "");
                return null;
            }
        }
        if (action.isEmpty()) {
            return null;
        }
        checkWith(action.get(), withNode.orElse(node), with, step);
        return new Config(action.get(), with);
    }

    private static void checkWith(ActionDefinition action, YamlNode withNode, Map<String, Object> with, MappingReader step) {
        for (String name : with.keySet()) {
            YamlNode at = withNode instanceof YamlNode.Mapping m ? m.entry(name).map(e -> (YamlNode) e.key()).orElse(withNode) : withNode;
            InputSpec spec = action.inputs().get(name);
            if (spec == null) {
                step.problems().error(at, "action '" + action.reference() + "' has no input '" + name + "'",
                        action.inputs().isEmpty() ? "the action takes no inputs" : Suggestions.hint(name, action.inputs().keySet()));
            } else if (!containsTemplate(with.get(name))) {
                Object value = with.get(name);
                for (InputSchemas.SchemaError error : InputSchemas.validate(spec.schema(),
                        new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(value))) {
                    YamlNode valueNode = withNode instanceof YamlNode.Mapping m ? m.get(name).orElse(withNode) : withNode;
                    step.problems().error(valueNode, "input '" + name + "' of action '" + action.reference() + "': "
                            + error.message(), "see the action's inputs in " + action.directory().resolve("action.yaml"));
                }
            }
        }
        for (InputSpec spec : action.inputs().values()) {
            if (spec.required() && !with.containsKey(spec.name())) {
                step.problems().error(withNode, "action '" + action.reference() + "' needs input '" + spec.name() + "'",
                        "add it under 'with:'" + (spec.description().isEmpty() ? "" : " (" + spec.description() + ")"));
            }
        }
    }

    private static boolean containsTemplate(Object value) {
        return switch (value) {
            case String s -> Templates.isTemplate(s);
            case Map<?, ?> m -> m.values().stream().anyMatch(UsesKind::containsTemplate);
            case List<?> l -> l.stream().anyMatch(UsesKind::containsTemplate);
            case null, default -> false;
        };
    }

    @Override
    public String summary(Config config) {
        return "uses " + config.action().reference();
    }

    @Override
    @SuppressWarnings("unchecked")
    public StepResult execute(Config config, StepContext context) throws Exception {
        ActionDefinition action = config.action();
        Map<String, Object> rendered = new LinkedHashMap<>();
        config.with().forEach((k, v) -> rendered.put(k, renderDeep(v, context)));
        Map<String, Object> inputs;
        try {
            inputs = InputValues.resolve(action.inputs(), rendered);
        } catch (InvalidInputsException e) {
            return StepResult.failed("invalid inputs for action " + action.reference() + ": "
                    + String.join("; ", e.errors().stream().map(InputError::toString).toList()));
        }
        Map<String, Object> scope = new LinkedHashMap<>(context.variables());
        scope.put("inputs", inputs);
        scope.put("action", Map.of("path", action.directory().toString(), "name", action.name()));
        StepContext inner = context.withVariables(scope);
        StepKind<Object> kind = (StepKind<Object>) kinds.get().get(action.runs().kind())
                .orElseThrow(() -> new IllegalStateException("unknown kind " + action.runs().kind()));
        StepResult result = kind.execute(action.runs().config(), inner);
        if (!result.success() || action.outputs().isEmpty()) {
            return result;
        }
        Map<String, Object> outputScope = new LinkedHashMap<>(scope);
        outputScope.putAll(result.outputContext());
        StepContext outputContext = context.withVariables(outputScope);
        Map<String, Object> outputs = new LinkedHashMap<>(result.outputs());
        action.outputs().forEach((name, template) -> {
            if (template != null) {
                outputs.put(name, outputContext.render(template));
            }
        });
        return new StepResult(true, result.exitCode(), outputs, result.outputContext(), result.error());
    }

    private static Object renderDeep(Object value, StepContext context) {
        return switch (value) {
            case String s -> context.render(s);
            case Map<?, ?> m -> {
                Map<String, Object> out = new LinkedHashMap<>();
                m.forEach((k, v) -> out.put(String.valueOf(k), renderDeep(v, context)));
                yield out;
            }
            case List<?> l -> l.stream().map(v -> renderDeep(v, context)).toList();
            case null, default -> value;
        };
    }
}
