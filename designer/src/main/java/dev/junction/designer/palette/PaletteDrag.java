package dev.junction.designer.palette;

import java.util.Optional;
import javafx.scene.Node;

/**
 * How a palette item travels to a canvas. The drag is a JavaFX "full press-drag-release" gesture inside the
 * window (see docs/decisions/0009-canvas-drag-gestures.md), not a platform drag-and-drop: the node under the pointer
 * receives {@code MouseDragEvent}s whose gesture source is the palette entry, which carries its item.
 */
public final class PaletteDrag {

    private static final Object KEY = PaletteItem.class;

    private PaletteDrag() {}

    /** Marks a node as a draggable palette entry for {@code item}. */
    public static void attach(Node node, PaletteItem item) {
        node.getProperties().put(KEY, item);
    }

    /** The item a drag gesture carries, when its source is a palette entry. */
    public static Optional<PaletteItem> itemOf(Object gestureSource) {
        return gestureSource instanceof Node node && node.getProperties().get(KEY) instanceof PaletteItem item
                ? Optional.of(item) : Optional.empty();
    }
}
