package dev.junction.designer.layout;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A hand-arranged diagram as kept beside a workflow: the flow direction of its last tidy, card positions by step
 * id, and the routes of edges whose cards are still where the last tidy put them. Never part of the workflow's
 * YAML.
 */
public record SavedLayout(Direction direction, Map<String, Position> positions,
                          Map<LayoutGraph.Edge, List<Position>> routes) {

    public SavedLayout {
        Objects.requireNonNull(direction);
        positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
        routes = Collections.unmodifiableMap(new LinkedHashMap<>(routes));
    }

    public SavedLayout(Direction direction, Map<String, Position> positions) {
        this(direction, positions, Map.of());
    }

    public static SavedLayout empty() {
        return new SavedLayout(Direction.TOP_TO_BOTTOM, Map.of());
    }
}
