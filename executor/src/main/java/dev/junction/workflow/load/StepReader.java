package dev.junction.workflow.load;

import dev.junction.steps.ParseContext;
import dev.junction.steps.StepKind;
import dev.junction.steps.StepKinds;
import dev.junction.workflow.Foreach;
import dev.junction.workflow.Matrix;
import dev.junction.workflow.RetryPolicy;
import dev.junction.workflow.Step;
import dev.junction.workflow.StepSpec;
import dev.junction.workflow.source.MappingReader;
import dev.junction.workflow.source.Problems;
import dev.junction.workflow.source.YamlNode;
import dev.junction.workflow.source.YamlValues;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads one step mapping into a {@link Step}, reporting every problem with its location. */
final class StepReader {

    static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    static final List<String> COMMON_KEYS = List.of("name", "needs", "if", "env", "working-directory", "timeout",
            "retry", "continue-on-error", "foreach", "matrix", "max-parallel", "outputs", "runs-on");
    private static final Set<String> RETRY_KEYS = MappingReader.keys("attempts", "delay", "backoff", "max-delay");

    /** Kind of a step whose own definition has errors; such a workflow is never returned by the loader. */
    static final String INVALID_KIND = "<invalid>";

    private final StepKinds kinds;
    private final ParseContext context;
    private final Problems problems;
    private final Set<String> allowedKeys = new LinkedHashSet<>(COMMON_KEYS);

    StepReader(StepKinds kinds, ParseContext context, Problems problems) {
        this.kinds = kinds;
        this.context = context;
        this.problems = problems;
        for (StepKind<?> kind : kinds.all()) {
            allowedKeys.add(kind.key());
            allowedKeys.addAll(kind.siblingKeys());
        }
    }

    Optional<Step> read(YamlNode.Scalar idNode, YamlNode node) {
        String id = idNode.value();
        if (!ID.matcher(id).matches()) {
            problems.error(idNode, "step id '" + id + "' is not valid",
                    "use letters, digits, '_' and '-', starting with a letter or '_'");
        }
        String where = "step '" + id + "'";
        Optional<MappingReader> maybe = MappingReader.of(node, where, allowedKeys, problems);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        MappingReader r = maybe.get();
        StepSpec spec = readSpec(r, idNode);
        String name = r.string("name");
        List<String> needs = r.stringList("needs");
        String condition = r.string("if");
        Map<String, String> env = r.stringMap("env");
        String workingDirectory = r.string("working-directory");
        Duration timeout = r.duration("timeout");
        RetryPolicy retry = r.node("retry").map(n -> readRetry(n, where)).orElse(null);
        Boolean continueOnError = r.bool("continue-on-error");
        Foreach foreach = r.node("foreach").map(n -> readForeach(n, where)).orElse(null);
        Matrix matrix = r.node("matrix").map(n -> readMatrix(n, where)).orElse(null);
        if (foreach != null && matrix != null) {
            problems.error(r.node("matrix").orElseThrow(), where + " has both 'foreach' and 'matrix'",
                    "use one; a matrix can have a single axis to loop over a list");
        }
        Integer maxParallel = r.integer("max-parallel", 1, 10_000);
        Map<String, String> outputs = r.node("outputs").map(n -> readOutputs(n, where)).orElse(Map.of());
        List<String> runsOn = r.stringList("runs-on");
        r.finish();
        if (spec == null) {
            // keep the step (with a placeholder) so needs and templates naming it do not cascade into more errors
            spec = new StepSpec(INVALID_KIND, INVALID_KIND);
        }
        return Optional.of(new Step(id, name, needs, condition, spec, env, workingDirectory, timeout, retry,
                Boolean.TRUE.equals(continueOnError), foreach, matrix, maxParallel, outputs, runsOn));
    }

    private StepSpec readSpec(MappingReader r, YamlNode.Scalar idNode) {
        List<StepKind<?>> present = kinds.all().stream().filter(k -> r.has(k.key())).toList();
        String where = r.where();
        if (present.isEmpty()) {
            boolean unknownKeys = r.mapping().entries().stream().anyMatch(e -> !allowedKeys.contains(e.key().value()));
            if (!unknownKeys) { // otherwise the unknown key (a misspelt kind, most likely) is the one problem to report
                problems.error(idNode, where + " does not say what it does",
                        "add one of: " + String.join(", ", kinds.keys()));
            }
            return null;
        }
        for (StepKind<?> extra : present.subList(1, present.size())) {
            problems.error(r.entry(extra.key()).orElseThrow().key(), where + " has both '" + present.getFirst().key()
                    + "' and '" + extra.key() + "'", "a step does one thing; split it into two steps with 'needs'");
        }
        StepKind<?> kind = present.getFirst();
        for (StepKind<?> other : kinds.all()) {
            if (other != kind) {
                for (String sibling : other.siblingKeys()) {
                    if (!kind.siblingKeys().contains(sibling) && r.has(sibling)) {
                        problems.error(r.entry(sibling).orElseThrow().key(), "'" + sibling + "' only applies to '"
                                + other.key() + "' steps, not to '" + kind.key() + "' steps", "remove it");
                    }
                }
            }
        }
        YamlNode node = r.node(kind.key()).orElseThrow();
        Object config = kind.parse(node, r, context);
        return config == null ? null : new StepSpec(kind.key(), config);
    }

    RetryPolicy readRetry(YamlNode node, String where) {
        if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.INTEGER) {
            Object v = YamlValues.scalarValue(s);
            if (v instanceof Long attempts && attempts >= 1 && attempts <= 100) {
                return new RetryPolicy(attempts.intValue(), Duration.ZERO, RetryPolicy.Backoff.CONSTANT, null);
            }
        }
        Optional<MappingReader> maybe = node instanceof YamlNode.Scalar ? Optional.empty()
                : MappingReader.of(node, "'retry' of " + where, RETRY_KEYS, problems);
        if (maybe.isEmpty()) {
            if (node instanceof YamlNode.Scalar) {
                problems.error(node, "'retry' of " + where + " must be a number of attempts (1-100) or a map",
                        "for example: retry: { attempts: 3, delay: 5s, backoff: exponential }");
            }
            return null;
        }
        MappingReader r = maybe.get();
        Integer attempts = r.integer("attempts", 1, 100);
        Duration delay = r.duration("delay");
        Duration maxDelay = r.duration("max-delay");
        RetryPolicy.Backoff backoff = RetryPolicy.Backoff.CONSTANT;
        String backoffText = r.string("backoff");
        if (backoffText != null) {
            switch (backoffText) {
                case "constant" -> backoff = RetryPolicy.Backoff.CONSTANT;
                case "exponential" -> backoff = RetryPolicy.Backoff.EXPONENTIAL;
                default -> problems.error(r.node("backoff").orElseThrow(), "unknown backoff '" + backoffText + "'",
                        "use constant or exponential");
            }
        }
        r.finish();
        if (attempts == null && !r.has("attempts")) {
            problems.error(node, "'retry' of " + where + " is missing 'attempts'", "for example: attempts: 3");
        }
        return attempts == null ? null : new RetryPolicy(attempts, delay, backoff, maxDelay);
    }

    private Foreach readForeach(YamlNode node, String where) {
        if (node instanceof YamlNode.Sequence s) {
            List<Object> items = new ArrayList<>();
            s.items().forEach(i -> items.add(YamlValues.toJava(i)));
            return new Foreach(items, null);
        }
        if (node instanceof YamlNode.Scalar s && !s.isNull() && s.type() == YamlNode.ScalarType.STRING) {
            return new Foreach(null, s.value());
        }
        problems.error(node, "'foreach' of " + where + " must be a list or a template, not " + node.describe(),
                "for example: foreach: [eu-west, us-east]  or  foreach: \"{{ steps.list.outputs.files }}\"");
        return null;
    }

    private Matrix readMatrix(YamlNode node, String where) {
        if (!(node instanceof YamlNode.Mapping m)) {
            problems.error(node, "'matrix' of " + where + " must be a map of axis names to lists, not " + node.describe(),
                    "for example: matrix: { jdk: [21, 25], os: [linux] }");
            return null;
        }
        Map<String, List<Object>> axes = new LinkedHashMap<>();
        List<Map<String, Object>> include = List.of();
        List<Map<String, Object>> exclude = List.of();
        for (YamlNode.Entry e : m.entries()) {
            String key = e.key().value();
            if (key.equals("include") || key.equals("exclude")) {
                List<Map<String, Object>> combos = readCombinations(e.value(), key, where);
                if (key.equals("include")) {
                    include = combos;
                } else {
                    exclude = combos;
                }
            } else if (!InputsReader.NAME.matcher(key).matches()) {
                problems.error(e.key(), "matrix axis '" + key + "' is not a valid name",
                        "use letters, digits and underscores (templates read matrix.<name>)");
            } else if (e.value() instanceof YamlNode.Sequence seq && !seq.items().isEmpty()) {
                List<Object> values = new ArrayList<>();
                seq.items().forEach(i -> values.add(YamlValues.toJava(i)));
                axes.put(key, values);
            } else {
                problems.error(e.value(), "matrix axis '" + key + "' must be a non-empty list, not " + e.value().describe(),
                        "for example: " + key + ": [a, b]");
            }
        }
        if (axes.isEmpty() && include.isEmpty()) {
            problems.error(node, "'matrix' of " + where + " has no axes", "add an axis such as jdk: [21, 25]");
            return null;
        }
        return new Matrix(axes, include, exclude);
    }

    private List<Map<String, Object>> readCombinations(YamlNode node, String key, String where) {
        List<Map<String, Object>> result = new ArrayList<>();
        if (!(node instanceof YamlNode.Sequence seq)) {
            problems.error(node, "matrix '" + key + "' of " + where + " must be a list of maps", "for example: - { jdk: 17, os: linux }");
            return result;
        }
        for (YamlNode item : seq.items()) {
            if (YamlValues.toJava(item) instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> combo = (Map<String, Object>) map;
                result.add(combo);
            } else {
                problems.error(item, "each matrix '" + key + "' entry must be a map, not " + item.describe(), "");
            }
        }
        return result;
    }

    private Map<String, String> readOutputs(YamlNode node, String where) {
        Map<String, String> outputs = new LinkedHashMap<>();
        if (node instanceof YamlNode.Sequence seq) {
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Scalar s && !s.isNull() && InputsReader.NAME.matcher(s.value()).matches()) {
                    outputs.put(s.value(), null);
                } else {
                    problems.error(item, "each entry of 'outputs' of " + where + " must be an output name", "");
                }
            }
            return outputs;
        }
        if (!(node instanceof YamlNode.Mapping m)) {
            problems.error(node, "'outputs' of " + where + " must be a map of names to templates, not " + node.describe(),
                    "for example: outputs: { version: \"{{ stdout | trim }}\" }");
            return outputs;
        }
        for (YamlNode.Entry e : m.entries()) {
            String name = e.key().value();
            if (!InputsReader.NAME.matcher(name).matches()) {
                problems.error(e.key(), "output name '" + name + "' is not valid", "use letters, digits and underscores");
            } else if (e.value() instanceof YamlNode.Scalar s) {
                outputs.put(name, s.isNull() || s.value().isEmpty() ? null : s.value());
            } else {
                problems.error(e.value(), "output '" + name + "' of " + where + " must be a template or empty, not "
                        + e.value().describe(), "leave it empty (~) when the step writes it to $JUNCTION_OUTPUT");
            }
        }
        return outputs;
    }
}
