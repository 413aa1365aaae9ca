package dev.junction.designer.layout;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A hand-arranged diagram as kept beside a workflow: the flow direction of its last tidy, and card positions by
 * step id. Never part of the workflow's YAML.
 */
public record SavedLayout(Direction direction, Map<String, Position> positions) {

    public SavedLayout {
        Objects.requireNonNull(direction);
        positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
    }

    public static SavedLayout empty() {
        return new SavedLayout(Direction.TOP_TO_BOTTOM, Map.of());
    }
}
