package dev.junction.designer.canvas;

import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * Marks drawn on the canvas without touching the workflow: a CSS style class (and a tooltip line) per step card, a
 * style class per dependency edge. A view that shows something about the diagram, such as the graph diff of two
 * versions, fills these maps; the cards and edges pick the classes up when they are made and whenever the maps
 * change (applied once per pulse, like every other change), so the caller's stylesheet decides how they look.
 * The drawn overview at far zoom does not show them. FX thread only.
 */
public final class CanvasDecorations {

    /**
     * What a step card gets.
     *
     * @param styleClass added to the card's {@code .step-card} node
     * @param note       a line added to the card's tooltip, or ""
     */
    public record Mark(String styleClass, String note) {
        public Mark {
            Objects.requireNonNull(styleClass, "styleClass");
            note = note == null ? "" : note;
        }
    }

    private final ObservableMap<String, Mark> steps = FXCollections.observableHashMap();
    private final ObservableMap<EdgeKey, String> edges = FXCollections.observableHashMap();

    /** Marks by step id; ids the diagram does not have are kept and used if such a step appears. */
    public ObservableMap<String, Mark> steps() {
        return steps;
    }

    /** Style classes by edge (added to the edge's {@code .edge} group). */
    public ObservableMap<EdgeKey, String> edges() {
        return edges;
    }

    /** Removes every mark. */
    public void clear() {
        steps.clear();
        edges.clear();
    }
}
