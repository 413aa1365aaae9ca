package dev.junction.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a step once per combination of axis values, as GitHub Actions does: the cartesian product of
 * {@code axes}, minus combinations matching an {@code exclude} entry, plus each {@code include} entry.
 */
public record Matrix(Map<String, List<Object>> axes, List<Map<String, Object>> include,
                     List<Map<String, Object>> exclude) {

    public Matrix {
        axes = Workflow.ordered(axes);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    /** Every combination, in a stable order (axes in file order, values in list order). */
    public List<Map<String, Object>> combinations() {
        List<Map<String, Object>> result = new ArrayList<>();
        result.add(new LinkedHashMap<>());
        for (var axis : axes.entrySet()) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> partial : result) {
                for (Object value : axis.getValue()) {
                    Map<String, Object> combo = new LinkedHashMap<>(partial);
                    combo.put(axis.getKey(), value);
                    next.add(combo);
                }
            }
            result = next;
        }
        if (axes.isEmpty()) {
            result.clear();
        }
        result.removeIf(combo -> exclude.stream().anyMatch(ex -> matches(combo, ex)));
        for (Map<String, Object> extra : include) {
            result.add(new LinkedHashMap<>(extra));
        }
        return result.stream().map(Map::copyOf).map(m -> orderedLike(m)).toList();
    }

    private Map<String, Object> orderedLike(Map<String, Object> combo) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        axes.keySet().forEach(k -> {
            if (combo.containsKey(k)) {
                ordered.put(k, combo.get(k));
            }
        });
        combo.forEach(ordered::putIfAbsent);
        return java.util.Collections.unmodifiableMap(ordered);
    }

    private static boolean matches(Map<String, Object> combo, Map<String, Object> pattern) {
        return pattern.entrySet().stream()
                .allMatch(e -> String.valueOf(combo.get(e.getKey())).equals(String.valueOf(e.getValue())));
    }
}
