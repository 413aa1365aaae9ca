package dev.junction.designer.canvas;

import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;

/**
 * The dotted background grid, drawn on a {@code Canvas} in screen space (thousands of dots as nodes would cost
 * more than the whole diagram). Dots follow zoom and pan; when they would crowd, every other one is left out.
 * Colour from CSS: {@code -junction-dot-color}.
 */
final class GridLayer extends CanvasLayer {

    static final double SPACING = 24;

    private static final CssPaint<GridLayer> DOT = new CssPaint<>("-junction-dot-color", CssPaint.gray(0.35), g -> g.dotColor);
    private static final List<CssMetaData<? extends Styleable, ?>> META = CssPaint.withRegionMetaData(List.of(DOT));

    private final StyleableObjectProperty<Paint> dotColor = DOT.property(this, "dotColor", this::redraw);
    private double scale = 1;
    private double tx;
    private double ty;

    GridLayer() {
        super("canvas-grid");
    }

    void show(double scale, double tx, double ty) {
        if (scale != this.scale || tx != this.tx || ty != this.ty) {
            this.scale = scale;
            this.tx = tx;
            this.ty = ty;
            redraw();
        }
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        double spacing = SPACING * scale;
        while (spacing < 12) {
            spacing *= 2;
        }
        double r = Math.max(0.8, Math.min(1.6, 1.2 * scale));
        g.setFill(dotColor.get());
        double startX = ((tx % spacing) + spacing) % spacing;
        double startY = ((ty % spacing) + spacing) % spacing;
        for (double x = startX; x < w; x += spacing) {
            for (double y = startY; y < h; y += spacing) {
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return META;
    }
}
