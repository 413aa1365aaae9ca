package dev.junction.designer.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places steps that have no position yet (added in the text, or new to a hand-arranged diagram) without moving
 * the ones that have one. With nothing placed, it is a plain tidy layout. Otherwise every step is laid out with
 * ELK, and a new step keeps its offset to a placed neighbour (a step it needs, else one that needs it), then
 * slides across the flow until it overlaps no other card.
 *
 * <p>Pure and thread-safe.
 */
public final class Placement {

    private static final double GAP = 36;

    private final GraphLayout layout;

    public Placement(GraphLayout layout) {
        this.layout = layout;
    }

    /**
     * @param fixed positions that must not change; entries for ids not in the graph are ignored
     * @return positions for the graph's nodes that are not in {@code fixed} (nothing when all are placed), with
     *         edge routes when nothing was placed before (a plain tidy layout)
     */
    public LayoutResult place(LayoutGraph graph, Map<String, Position> fixed, Direction direction) {
        List<String> missing = graph.nodes().stream().filter(id -> !fixed.containsKey(id)).toList();
        if (missing.isEmpty()) {
            return LayoutResult.of(Map.of());
        }
        LayoutResult full = layout.layoutWithRoutes(graph, direction);
        if (missing.size() == graph.nodes().size()) {
            return full;
        }
        Map<String, Position> tidy = full.positions();
        Map<String, Position> placed = new HashMap<>();
        for (String id : graph.nodes()) {
            if (fixed.containsKey(id)) {
                placed.put(id, fixed.get(id));
            }
        }
        Map<String, List<String>> needs = new HashMap<>();
        Map<String, List<String>> dependents = new HashMap<>();
        for (LayoutGraph.Edge e : graph.edges()) {
            needs.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e.from());
            dependents.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
        }
        Map<String, Position> result = new LinkedHashMap<>();
        for (String id : missing) {
            Position target = anchored(id, needs, dependents, placed, tidy)
                    .orElseGet(() -> besideEverything(placed, tidy.get(id), graph, direction));
            Position free = firstFree(target, placed, graph, direction);
            placed.put(id, free);
            result.put(id, free);
        }
        return LayoutResult.of(result);
    }

    private static java.util.Optional<Position> anchored(String id, Map<String, List<String>> needs,
            Map<String, List<String>> dependents, Map<String, Position> placed, Map<String, Position> tidy) {
        for (List<String> neighbours : List.of(needs.getOrDefault(id, List.of()), dependents.getOrDefault(id, List.of()))) {
            for (String n : neighbours) {
                Position anchor = placed.get(n);
                if (anchor != null) {
                    Position mine = tidy.get(id);
                    Position theirs = tidy.get(n);
                    return java.util.Optional.of(anchor.plus(mine.x() - theirs.x(), mine.y() - theirs.y()));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** A step with no placed neighbour goes after the diagram, across the flow, at its tidy depth. */
    private static Position besideEverything(Map<String, Position> placed, Position tidy, LayoutGraph graph,
                                             Direction direction) {
        double maxX = placed.values().stream().mapToDouble(Position::x).max().orElse(0) + graph.nodeWidth() + GAP;
        double maxY = placed.values().stream().mapToDouble(Position::y).max().orElse(0) + graph.nodeHeight() + GAP;
        return direction == Direction.TOP_TO_BOTTOM ? new Position(maxX, tidy.y()) : new Position(tidy.x(), maxY);
    }

    private static Position firstFree(Position start, Map<String, Position> placed, LayoutGraph graph,
                                      Direction direction) {
        Position p = start;
        for (int attempt = 0; attempt < 10_000 && overlapsAny(p, placed, graph); attempt++) {
            p = direction == Direction.TOP_TO_BOTTOM ? p.plus(graph.nodeWidth() + GAP, 0)
                    : p.plus(0, graph.nodeHeight() + GAP);
        }
        return p;
    }

    private static boolean overlapsAny(Position p, Map<String, Position> placed, LayoutGraph graph) {
        double w = graph.nodeWidth() + GAP / 2;
        double h = graph.nodeHeight() + GAP / 2;
        for (Position q : placed.values()) {
            if (Math.abs(p.x() - q.x()) < w && Math.abs(p.y() - q.y()) < h) {
                return true;
            }
        }
        return false;
    }
}
