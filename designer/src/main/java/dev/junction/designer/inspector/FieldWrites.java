package dev.junction.designer.inspector;

import dev.junction.workflow.edit.StepSection;
import dev.junction.workflow.edit.WorkflowEdit;
import dev.junction.workflow.edit.WorkflowText;
import dev.junction.workflow.source.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The edit-layer operations that make a field of a step, the workflow or an input hold a value from a form,
 * touching as little text as possible: maps are changed entry by entry, needs one id at a time, an empty field
 * removes its key, a scalar shorthand ({@code retry: 3}) stays one until a second field is set.
 */
final class FieldWrites {

    private FieldWrites() {}

    /**
     * @param path      the field inside the step, e.g. {@code [timeout]}, {@code [http, url]}, {@code [env]}
     * @param value     the new value, null to remove the field
     * @param shorthand when the field's parent may be written as a scalar standing for one of its fields
     *                  ({@code attempts} for {@code retry}), that field's name, else ""
     */
    static List<Function<WorkflowText, WorkflowEdit>> step(WorkflowText text, String id, List<String> path, Object value,
                                                           String shorthand) {
        StepSection section = text.sectionOf(id).orElse(StepSection.STEPS);
        List<String> stepPath = List.of(section.key(), id);
        List<Function<WorkflowText, WorkflowEdit>> ops = new ArrayList<>();
        if (path.equals(List.of("needs"))) {
            List<String> before = text.needs(id);
            List<String> after = value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
            before.stream().filter(n -> !after.contains(n)).forEach(n -> ops.add(t -> t.removeNeed(id, n)));
            after.stream().filter(n -> !before.contains(n)).distinct().forEach(n -> ops.add(t -> t.addNeed(id, n)));
            return ops;
        }
        if (path.size() >= 2 && !shorthand.isEmpty()) {
            List<String> parentPath = path.subList(0, path.size() - 1);
            Optional<YamlNode> parent = text.node(concat(stepPath, parentPath));
            if (parent.orElse(null) instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
                Object scalarValue = text.value(concat(stepPath, parentPath)).orElse(null);
                if (path.getLast().equals(shorthand)) {
                    ops.add(value == null ? t -> t.removeStepNestedField(id, parentPath)
                            : t -> t.setStepNestedField(id, parentPath, value));
                } else if (value != null) {
                    Map<String, Object> expanded = new LinkedHashMap<>();
                    expanded.put(shorthand, scalarValue);
                    expanded.put(path.getLast(), value);
                    ops.add(t -> t.setStepNestedField(id, parentPath, expanded));
                }
                return ops;
            }
        }
        Optional<Object> current = text.value(concat(stepPath, path));
        if (value == null) {
            if (current.isPresent()) {
                ops.add(t -> t.removeStepNestedField(id, path));
            }
            return ops;
        }
        if (value instanceof Map<?, ?> newMap && current.orElse(null) instanceof Map<?, ?> oldMap) {
            oldMap.keySet().stream().map(String::valueOf).filter(k -> !newMap.containsKey(k))
                    .forEach(k -> ops.add(t -> t.removeStepNestedField(id, concat(path, List.of(k)))));
            newMap.forEach((k, v) -> {
                String key = String.valueOf(k);
                if (!oldMap.containsKey(key) || !sameScalarText(oldMap.get(key), v)) {
                    ops.add(t -> t.setStepNestedField(id, concat(path, List.of(key)), v));
                }
            });
            return ops;
        }
        ops.add(t -> t.setStepNestedField(id, path, value));
        return ops;
    }

    /** A top-level workflow field ({@code name}, {@code description}, {@code max-parallel}). */
    static List<Function<WorkflowText, WorkflowEdit>> workflow(WorkflowText text, String key, Object value) {
        if (value == null) {
            return text.value(List.of(key)).isPresent() ? List.of(t -> t.removeWorkflowField(key)) : List.of();
        }
        return List.of(t -> t.setWorkflowField(key, value));
    }

    /** One key of an input's definition; a bare type ({@code who: string}) becomes a map first. */
    static List<Function<WorkflowText, WorkflowEdit>> input(WorkflowText text, String name, String key, Object value) {
        if (text.node(List.of("inputs", name)).orElse(null) instanceof YamlNode.Scalar scalar) {
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("type", scalar.value());
            if (value != null) {
                spec.put(key, value);
            }
            return List.of(t -> t.setInput(name, spec));
        }
        if (value == null) {
            return text.value(List.of("inputs", name, key)).isPresent()
                    ? List.of(t -> t.removeInputField(name, key)) : List.of();
        }
        return List.of(t -> t.setInputField(name, key, value));
    }

    /** Values inside maps compare by their text: {@code N: 1} and "1" from a form are the same env value. */
    private static boolean sameScalarText(Object a, Object b) {
        if (a instanceof Map<?, ?> || a instanceof List<?> || b instanceof Map<?, ?> || b instanceof List<?>) {
            return Objects.equals(a, b);
        }
        return Objects.equals(a == null ? null : String.valueOf(a), b == null ? null : String.valueOf(b));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
