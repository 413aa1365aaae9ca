package dev.junction.designer.layout;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Card positions, and for each edge the route the layout chose: the points of a piecewise cubic Bézier curve
 * (start, then two control points and an end point per segment; {@code 3k + 1} points). Edges without a route are
 * drawn as one plain curve between their ports.
 */
public record LayoutResult(Map<String, Position> positions, Map<LayoutGraph.Edge, List<Position>> routes) {

    public LayoutResult {
        positions = Collections.unmodifiableMap(new HashMap<>(positions));
        Map<LayoutGraph.Edge, List<Position>> copy = new HashMap<>();
        routes.forEach((edge, points) -> {
            if (points.size() >= 4 && (points.size() - 1) % 3 == 0) {
                copy.put(edge, List.copyOf(points));
            }
        });
        routes = Collections.unmodifiableMap(copy);
    }

    public static LayoutResult of(Map<String, Position> positions) {
        return new LayoutResult(positions, Map.of());
    }
}
