package dev.junction.designer.canvas;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The diagram of one revision of a workflow: its steps in file order and the dependencies between steps that
 * exist (a {@code needs} naming an unknown step has no edge; the problems panel reports it). Immutable.
 */
public record CanvasGraph(Map<String, StepNode> steps, List<EdgeKey> edges) {

    public static final CanvasGraph EMPTY = new CanvasGraph(Map.of(), List.of());

    public CanvasGraph {
        steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
        edges = List.copyOf(edges);
    }

    /** The edges, computed from the steps' needs: only between existing steps of the same section. */
    static CanvasGraph of(Map<String, StepNode> steps) {
        Set<EdgeKey> edges = new LinkedHashSet<>();
        for (StepNode step : steps.values()) {
            for (String need : step.needs()) {
                StepNode from = steps.get(need);
                if (from != null && from != step && from.section() == step.section()) {
                    edges.add(new EdgeKey(need, step.id()));
                }
            }
        }
        return new CanvasGraph(steps, List.copyOf(edges));
    }

    /** What changed from {@code before} to this graph, by step id and edge. */
    public Diff diff(CanvasGraph before) {
        Set<String> added = new LinkedHashSet<>();
        Set<String> changed = new LinkedHashSet<>();
        steps.forEach((id, node) -> {
            StepNode old = before.steps.get(id);
            if (old == null) {
                added.add(id);
            } else if (!old.equals(node)) {
                changed.add(id);
            }
        });
        Set<String> removed = new LinkedHashSet<>(before.steps.keySet());
        removed.removeAll(steps.keySet());
        Set<EdgeKey> oldEdges = new HashSet<>(before.edges);
        Set<EdgeKey> newEdges = new HashSet<>(edges);
        Set<EdgeKey> edgesAdded = new LinkedHashSet<>();
        edges.forEach(e -> {
            if (!oldEdges.contains(e)) {
                edgesAdded.add(e);
            }
        });
        Set<EdgeKey> edgesRemoved = new LinkedHashSet<>();
        before.edges.forEach(e -> {
            if (!newEdges.contains(e)) {
                edgesRemoved.add(e);
            }
        });
        return new Diff(added, removed, changed, edgesAdded, edgesRemoved);
    }

    /** Changes between two graphs; empty sets when nothing changed. */
    public record Diff(Set<String> added, Set<String> removed, Set<String> changed, Set<EdgeKey> edgesAdded,
                       Set<EdgeKey> edgesRemoved) {
        public Diff {
            added = Collections.unmodifiableSet(new LinkedHashSet<>(added));
            removed = Collections.unmodifiableSet(new LinkedHashSet<>(removed));
            changed = Collections.unmodifiableSet(new LinkedHashSet<>(changed));
            edgesAdded = Collections.unmodifiableSet(new LinkedHashSet<>(edgesAdded));
            edgesRemoved = Collections.unmodifiableSet(new LinkedHashSet<>(edgesRemoved));
        }

        public boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && edgesAdded.isEmpty()
                    && edgesRemoved.isEmpty();
        }

        /** Whether steps or edges came or went (a layout question), not only a card's text. */
        public boolean structural() {
            return !added.isEmpty() || !removed.isEmpty() || !edgesAdded.isEmpty() || !edgesRemoved.isEmpty();
        }
    }
}
