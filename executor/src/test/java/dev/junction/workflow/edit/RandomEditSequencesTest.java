package dev.junction.workflow.edit;

import static dev.junction.workflow.edit.EditChecks.checked;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.workflow.edit.EditChecks.Variant;
import dev.junction.workflow.source.YamlValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random sequences of operations (fixed seeds) on real files. After every operation the text re-parses, undo
 * restores the previous text, the tree equals a model updated alongside by the operations' documented meaning,
 * and the comments outside steps are all still there.
 */
class RandomEditSequencesTest {

    private static final int OPERATIONS = 150;
    private static final String EMPTY = "(a file with only a comment)";

    static Stream<Arguments> runs() {
        List<Arguments> runs = new ArrayList<>();
        Map<String, List<String>> keptComments = Map.of(
                "commented.yaml", List.of("# Release pipeline — kept by the platform team.",
                        "# Every comment in this file must survive edits made elsewhere.", "# unique in the workspace",
                        "# templated", "# end of file"),
                "block-scalars.yaml", List.of(),
                "sketch.yaml", List.of("# unique in the workspace; file name is <name>.yaml", "# workflow-wide environment, templated",
                        "# HMAC-SHA256 checked", "# new commits"),
                "compact.yaml", List.of(),
                "flow-steps.yaml", List.of(),
                "single-step.yaml", List.of("# one step only"),
                EMPTY, List.of("# nothing here yet"));
        long seed = 20_240_601L;
        for (String fixture : keptComments.keySet().stream().sorted().toList()) {
            for (Variant variant : List.of(Variant.LF, Variant.CRLF_NO_FINAL_NEWLINE)) {
                for (int i = 0; i < 3; i++) {
                    runs.add(Arguments.of(fixture, variant, seed++, keptComments.get(fixture)));
                }
            }
        }
        return runs.stream();
    }

    @ParameterizedTest(name = "{0} {1} seed {2}")
    @MethodSource("runs")
    void randomOperationsKeepTheTextAndTheModelInStep(String fixture, Variant variant, long seed, List<String> comments) {
        WorkflowText doc = WorkflowText.parse(variant.of(fixture.equals(EMPTY) ? "# nothing here yet\n" : EditChecks.fixture(fixture)));
        Model model = new Model(doc.root().map(r -> asMap(YamlValues.toJava(r))).orElseGet(LinkedHashMap::new));
        Random random = new Random(seed);
        List<String> log = new ArrayList<>();
        for (int n = 0; n < OPERATIONS; n++) {
            Operation op = model.randomOperation(random);
            log.add(op.description());
            try {
                doc = checked(op.edit().apply(doc));
                assertThat(same(doc.root().map(YamlValues::toJava).orElseGet(LinkedHashMap::new), model.tree))
                        .as("tree equals model").isTrue();
                for (StepSection section : StepSection.values()) {
                    assertThat(doc.stepIds(section)).as("step order").isEqualTo(model.ids(section));
                }
                for (String comment : comments) {
                    assertThat(doc.text()).as("comment kept").contains(comment);
                }
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("after " + String.join("; ", log) + "\n--- text:\n" + doc.text()
                        + "\n--- model:\n" + model.tree, e);
            }
        }
    }

    /** An operation on the document and the change to the model it stands for (already applied). */
    record Operation(String description, java.util.function.Function<WorkflowText, WorkflowEdit> edit) {}

    /** The expected tree: plain maps and lists, as {@link YamlValues#toJava} gives. */
    static final class Model {
        final Map<String, Object> tree;
        private int counter;

        Model(Map<String, Object> tree) {
            this.tree = tree;
        }

        List<String> ids(StepSection section) {
            return tree.get(section.key()) instanceof Map<?, ?> m ? m.keySet().stream().map(String::valueOf).toList() : List.of();
        }

        private Map<String, Object> steps(StepSection section) {
            return asMap(tree.get(section.key()));
        }

        private StepSection sectionOf(String id) {
            return ids(StepSection.STEPS).contains(id) ? StepSection.STEPS : StepSection.ON_FAILURE;
        }

        private Map<String, Object> step(String id) {
            return asMap(steps(sectionOf(id)).get(id));
        }

        private List<String> allIds() {
            List<String> all = new ArrayList<>(ids(StepSection.STEPS));
            all.addAll(ids(StepSection.ON_FAILURE));
            return all;
        }

        Operation randomOperation(Random r) {
            List<String> ids = allIds();
            int pick = r.nextInt(100);
            if (ids.isEmpty() || pick < 10) {
                return addStep(r);
            }
            String id = ids.get(r.nextInt(ids.size()));
            if (pick < 16) {
                return removeStep(id);
            }
            if (pick < 24) {
                return renameStep(id, freshId(r));
            }
            if (pick < 28) {
                return duplicateStep(id, freshId(r));
            }
            if (pick < 43) {
                String key = List.of("run", "timeout", "if", "shell", "with", "outputs", "retry", "runs-on",
                        "continue-on-error", "custom-x", "env").get(r.nextInt(11));
                Object value = key.equals("env") || key.equals("with") ? randomMap(r, 0) : randomValue(r, 0);
                step(id).put(key, value);
                return new Operation("set " + id + "." + key + "=" + value, d -> d.setStepField(id, key, value));
            }
            if (pick < 49) {
                List<String> keys = new ArrayList<>(step(id).keySet());
                String key = keys.isEmpty() ? "run" : keys.get(r.nextInt(keys.size()));
                step(id).remove(key);
                return new Operation("remove " + id + "." + key, d -> d.removeStepField(id, key));
            }
            if (pick < 57) {
                return setNested(r, id);
            }
            if (pick < 61) {
                return removeNested(r, id);
            }
            if (pick < 71) {
                List<String> others = ids(sectionOf(id)).stream().filter(o -> !o.equals(id)).toList();
                if (!others.isEmpty()) {
                    return addNeed(id, others.get(r.nextInt(others.size())));
                }
                return addStep(r);
            }
            if (pick < 79) {
                List<String> needs = needs(step(id));
                String target = needs.isEmpty() ? ids.get(r.nextInt(ids.size())) : needs.get(r.nextInt(needs.size()));
                removeNeedFrom(step(id), target);
                return new Operation("removeNeed " + id + " " + target, d -> d.removeNeed(id, target));
            }
            if (pick < 85) {
                Object value = randomValue(r, 0);
                tree.put("description", value);
                return new Operation("description=" + value, d -> d.setWorkflowField("description", value));
            }
            return inputOperation(r);
        }

        private Operation addStep(Random r) {
            String id = freshId(r);
            StepSection section = r.nextInt(5) == 0 ? StepSection.ON_FAILURE : StepSection.STEPS;
            Map<String, Object> fields = new LinkedHashMap<>();
            List<String> ids = ids(section);
            if (!ids.isEmpty() && r.nextBoolean()) {
                fields.put("needs", List.of(ids.get(r.nextInt(ids.size()))));
            }
            fields.put(r.nextBoolean() ? "run" : "log", randomValue(r, 1));
            if (r.nextBoolean()) {
                fields.put("env", randomMap(r, 1));
            }
            Map<String, Object> steps = tree.get(section.key()) instanceof Map<?, ?> ? steps(section) : new LinkedHashMap<>();
            steps.put(id, fields);
            tree.put(section.key(), steps);
            return new Operation("add " + section + " " + id + "=" + fields, d -> d.addStep(section, id, fields));
        }

        private Operation removeStep(String id) {
            StepSection section = sectionOf(id);
            steps(section).remove(id);
            if (section == StepSection.ON_FAILURE && steps(section).isEmpty()) {
                tree.remove(section.key());
            }
            for (StepSection s : StepSection.values()) {
                if (tree.get(s.key()) instanceof Map<?, ?>) {
                    steps(s).values().forEach(step -> {
                        if (step instanceof Map<?, ?>) {
                            removeNeedFrom(asMap(step), id);
                        }
                    });
                }
            }
            return new Operation("removeStep " + id, d -> d.removeStep(id));
        }

        private Operation renameStep(String id, String newId) {
            StepSection section = sectionOf(id);
            Map<String, Object> renamed = new LinkedHashMap<>();
            steps(section).forEach((k, v) -> renamed.put(k.equals(id) ? newId : k, v));
            tree.put(section.key(), renamed);
            for (StepSection s : StepSection.values()) {
                if (tree.get(s.key()) instanceof Map<?, ?>) {
                    steps(s).values().forEach(step -> {
                        if (step instanceof Map<?, ?> && asMap(step).get("needs") != null) {
                            Object needs = asMap(step).get("needs");
                            asMap(step).put("needs", needs instanceof List<?> l
                                    ? l.stream().map(n -> id.equals(n) ? newId : n).toList() : id.equals(needs) ? newId : needs);
                        }
                    });
                }
            }
            renameReferences(tree, id, newId);
            return new Operation("rename " + id + " " + newId, d -> d.renameStep(id, newId));
        }

        private Operation duplicateStep(String id, String newId) {
            StepSection section = sectionOf(id);
            Map<String, Object> copy = new LinkedHashMap<>();
            steps(section).forEach((k, v) -> {
                copy.put(k, v);
                if (k.equals(id)) {
                    copy.put(newId, deepCopy(v));
                }
            });
            tree.put(section.key(), copy);
            return new Operation("duplicate " + id + " " + newId, d -> d.duplicateStep(id, newId));
        }

        private Operation addNeed(String id, String target) {
            Map<String, Object> step = step(id);
            Object needs = step.get("needs");
            List<Object> list = needs instanceof List<?> l ? new ArrayList<>(l) : needs == null ? new ArrayList<>() : new ArrayList<>(List.of(needs));
            if (!list.contains(target)) {
                list.add(target);
            }
            step.put("needs", list.size() == 1 && target.equals(needs) ? needs : list);
            return new Operation("addNeed " + id + " " + target, d -> d.addNeed(id, target));
        }

        private Operation setNested(Random r, String id) {
            String container = r.nextBoolean() ? "env" : "with";
            String odd = String.valueOf(randomScalar(r));
            String key = r.nextInt(4) == 0 && !odd.isEmpty() ? odd : "K" + r.nextInt(5);
            Object value = randomValue(r, 1);
            Map<String, Object> step = step(id);
            if (!(step.get(container) instanceof Map<?, ?>)) {
                step.put(container, new LinkedHashMap<>());
            }
            asMap(step.get(container)).put(key, value);
            return new Operation("set " + id + "." + container + "." + key + "=" + value,
                    d -> d.setStepNestedField(id, List.of(container, key), value));
        }

        private Operation removeNested(Random r, String id) {
            String container = r.nextBoolean() ? "env" : "with";
            Map<String, Object> step = step(id);
            String key = step.get(container) instanceof Map<?, ?> m && !m.isEmpty()
                    ? List.copyOf(asMap(m).keySet()).get(r.nextInt(m.size())) : "K0";
            if (step.get(container) instanceof Map<?, ?> m && m.containsKey(key)) {
                asMap(m).remove(key);
                if (m.isEmpty()) {
                    step.remove(container);
                }
            }
            return new Operation("remove " + id + "." + container + "." + key, d -> d.removeStepNestedField(id, List.of(container, key)));
        }

        private Operation inputOperation(Random r) {
            String name = "in" + r.nextInt(4);
            Map<String, Object> inputs = tree.get("inputs") instanceof Map<?, ?> m ? asMap(m) : null;
            int pick = r.nextInt(3);
            if (pick == 0 && inputs != null && inputs.containsKey(name)) {
                inputs.remove(name);
                if (inputs.isEmpty()) {
                    tree.remove("inputs");
                }
                return new Operation("removeInput " + name, d -> d.removeInput(name));
            }
            if (pick == 1 && inputs != null && inputs.get(name) instanceof Map<?, ?> spec) {
                Object value = randomValue(r, 1);
                asMap(spec).put("default", value);
                return new Operation("input " + name + ".default=" + value, d -> d.setInputField(name, "default", value));
            }
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("type", "string");
            spec.put("default", randomScalar(r));
            if (inputs == null) {
                inputs = new LinkedHashMap<>();
                tree.put("inputs", inputs);
            }
            inputs.put(name, spec);
            return new Operation("setInput " + name + "=" + spec, d -> d.setInput(name, spec));
        }

        private String freshId(Random r) {
            String id;
            do {
                id = List.of("s", "step-", "x_", "Build").get(r.nextInt(4)) + (counter++);
            } while (allIds().contains(id));
            return id;
        }

        private Object randomValue(Random r, int depth) {
            int pick = r.nextInt(10);
            if (depth < 2 && pick == 0) {
                return randomMap(r, depth + 1);
            }
            if (depth < 2 && pick == 1) {
                List<Object> list = new ArrayList<>();
                for (int i = r.nextInt(4); i > 0; i--) {
                    list.add(randomValue(r, depth + 1));
                }
                return list;
            }
            if (pick == 2 && !allIds().isEmpty()) {
                String ref = allIds().get(r.nextInt(allIds().size()));
                return r.nextBoolean() ? "echo {{ steps." + ref + ".outputs.v }}" : "{{ steps['" + ref + "'].status }}";
            }
            return randomScalar(r);
        }

        private Map<String, Object> randomMap(Random r, int depth) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = r.nextInt(3) + 1; i > 0; i--) {
                map.put("k" + r.nextInt(10), randomValue(r, depth + 1));
            }
            return map;
        }

        private static Object randomScalar(Random r) {
            List<Object> pool = List.of("plain", "yes", "1.0", "{{ inputs.x }}", "a: b", "# hash", "it's", "say \"hi\"",
                    "multi\nline\n", "no final\nnewline", "émoji 😀", "", " spaced ", "tab\tin", "- dash", "[x]",
                    "trailing  \nspaces", 42, -7L, 2.5, true, false, "null", "~", "12:30", "2024-01-01", "C:\\dir");
            return pool.get(r.nextInt(pool.size()));
        }
    }

    private static List<String> needs(Map<String, Object> step) {
        return switch (step.get("needs")) {
            case List<?> l -> l.stream().map(String::valueOf).toList();
            case String s -> List.of(s);
            case null, default -> List.of();
        };
    }

    private static void removeNeedFrom(Map<String, Object> step, String target) {
        Object needs = step.get("needs");
        if (target.equals(needs)) {
            step.remove("needs");
        } else if (needs instanceof List<?> list && list.contains(target)) {
            List<?> rest = list.stream().filter(n -> !target.equals(n)).toList();
            if (rest.isEmpty()) {
                step.remove("needs");
            } else {
                step.put("needs", rest);
            }
        }
    }

    private static final String ID_CHARS = "[A-Za-z0-9_-]";

    /** The renaming the format promises, written independently of the editor: steps.old. and steps['old']. */
    @SuppressWarnings("unchecked")
    private static Object renameReferences(Object value, String oldId, String newId) {
        switch (value) {
            case Map<?, ?> map -> {
                for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                    e.setValue(renameReferences(e.getValue(), oldId, newId));
                }
                return map;
            }
            case List<?> list -> {
                return list.stream().map(v -> renameReferences(v, oldId, newId)).toList();
            }
            case String s -> {
                String dot = Pattern.quote(oldId);
                String out = s.replaceAll("(?<![A-Za-z0-9_.])steps\\." + dot + "(?!" + ID_CHARS + ")",
                        Matcher.quoteReplacement("steps." + newId));
                return out.replaceAll("(?<![A-Za-z0-9_.])steps\\[\\s*(['\"])" + dot + "\\1\\s*]",
                        Matcher.quoteReplacement("steps[") + "$1" + Matcher.quoteReplacement(newId) + "$1]");
            }
            case null, default -> {
                return value;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    private static Object deepCopy(Object value) {
        return switch (value) {
            case Map<?, ?> map -> {
                Map<String, Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put((String) k, deepCopy(v)));
                yield copy;
            }
            case List<?> list -> new ArrayList<>(list.stream().map(RandomEditSequencesTest::deepCopy).toList());
            case null, default -> value;
        };
    }

    /** Maps compare by entries regardless of order (new keys go in the format's order), lists by order. */
    private static boolean same(Object a, Object b) {
        return switch (a) {
            case Map<?, ?> x when b instanceof Map<?, ?> y -> x.size() == y.size()
                    && x.entrySet().stream().allMatch(e -> y.containsKey(e.getKey()) && same(e.getValue(), y.get(e.getKey())));
            case List<?> x when b instanceof List<?> y -> x.size() == y.size()
                    && java.util.stream.IntStream.range(0, x.size()).allMatch(i -> same(x.get(i), y.get(i)));
            default -> Values.same(a, b);
        };
    }
}
