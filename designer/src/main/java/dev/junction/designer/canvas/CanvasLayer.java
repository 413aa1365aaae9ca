package dev.junction.designer.canvas;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * A layer of the canvas drawn on one {@code Canvas} the size of the layer (many small shapes as nodes would cost
 * more than drawing them): resized with the layer, cleared and painted again when asked. Lets the mouse through.
 */
abstract class CanvasLayer extends Region {

    private final Canvas canvas = new Canvas();

    CanvasLayer(String styleClass) {
        getStyleClass().add(styleClass);
        getChildren().add(canvas);
        setMouseTransparent(true);
    }

    /** Draws the layer on the cleared canvas, {@code width} × {@code height} pixels. */
    protected abstract void paint(GraphicsContext g, double width, double height);

    protected final void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        paint(g, canvas.getWidth(), canvas.getHeight());
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            redraw();
        }
    }
}
