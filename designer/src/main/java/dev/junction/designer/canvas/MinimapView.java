package dev.junction.designer.canvas;

import dev.junction.designer.layout.Position;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;

/**
 * The overview in a corner: every card as a small block, the visible part as a frame. Click or drag in it to
 * move the view there. Hidden while the whole diagram is in view. Drawn on a {@code Canvas}; colours from CSS ({@code -junction-card-color},
 * {@code -junction-selected-color}, {@code -junction-frame-color}).
 */
final class MinimapView extends Region {

    static final double WIDTH = 200;
    static final double HEIGHT = 130;
    private static final double PAD = 8;

    private static final CssPaint<MinimapView> CARD = new CssPaint<>("-junction-card-color", CssPaint.gray(0.5), m -> m.card);
    private static final CssPaint<MinimapView> SELECTED = new CssPaint<>("-junction-selected-color", CssPaint.gray(0.9), m -> m.selected);
    private static final CssPaint<MinimapView> FRAME = new CssPaint<>("-junction-frame-color", CssPaint.gray(0.9), m -> m.frame);
    private static final List<CssMetaData<? extends Styleable, ?>> META =
            CssPaint.withRegionMetaData(List.of(CARD, SELECTED, FRAME));

    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private final StyleableObjectProperty<Paint> card = CARD.property(this, "card", this::redraw);
    private final StyleableObjectProperty<Paint> selected = SELECTED.property(this, "selected", this::redraw);
    private final StyleableObjectProperty<Paint> frame = FRAME.property(this, "frame", this::redraw);
    private Map<String, Position> positions = Map.of();
    private Set<String> selection = Set.of();
    private double[] view = {0, 0, 1, 1};
    /** Diagram → minimap: x' = ox + k·x. */
    private double k = 1;
    private double ox;
    private double oy;

    /** @param centerOn called with a diagram point when the user clicks or drags in the minimap */
    MinimapView(BiConsumer<Double, Double> centerOn) {
        getStyleClass().add("canvas-minimap");
        getChildren().add(canvas);
        setMinSize(WIDTH, HEIGHT);
        setPrefSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        canvas.setOnMousePressed(e -> {
            centerOn.accept((e.getX() - ox) / k, (e.getY() - oy) / k);
            e.consume();
        });
        canvas.setOnMouseDragged(e -> {
            centerOn.accept((e.getX() - ox) / k, (e.getY() - oy) / k);
            e.consume();
        });
    }

    /**
     * @param visible the visible diagram rectangle {minX, minY, maxX, maxY}
     */
    void show(Map<String, Position> positions, Set<String> selection, double[] visible) {
        this.positions = positions;
        this.selection = selection;
        this.view = visible.clone();
        // only worth its corner (and the cards it would cover) when part of the diagram is out of view
        setVisible(positions.values().stream().anyMatch(p -> p.x() < view[0] || p.y() < view[1]
                || p.x() + CanvasViewModel.CARD_WIDTH > view[2] || p.y() + CanvasViewModel.CARD_HEIGHT > view[3]));
        redraw();
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        if (positions.isEmpty()) {
            return;
        }
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Position p : positions.values()) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x() + CanvasViewModel.CARD_WIDTH);
            maxY = Math.max(maxY, p.y() + CanvasViewModel.CARD_HEIGHT);
        }
        double w = maxX - minX;
        double h = maxY - minY;
        k = Math.min((WIDTH - 2 * PAD) / w, (HEIGHT - 2 * PAD) / h);
        ox = (WIDTH - w * k) / 2 - minX * k;
        oy = (HEIGHT - h * k) / 2 - minY * k;
        double cw = Math.max(1.5, CanvasViewModel.CARD_WIDTH * k);
        double ch = Math.max(1.5, CanvasViewModel.CARD_HEIGHT * k);
        double arc = Math.min(4, ch);
        positions.forEach((id, p) -> {
            g.setFill(selection.contains(id) ? selected.get() : card.get());
            g.fillRoundRect(ox + p.x() * k, oy + p.y() * k, cw, ch, arc, arc);
        });
        g.setStroke(frame.get());
        g.setLineWidth(1.5);
        double x1 = Math.max(1, ox + view[0] * k);
        double y1 = Math.max(1, oy + view[1] * k);
        double x2 = Math.min(WIDTH - 1, ox + view[2] * k);
        double y2 = Math.min(HEIGHT - 1, oy + view[3] * k);
        if (x2 > x1 && y2 > y1) {
            g.strokeRoundRect(x1, y1, x2 - x1, y2 - y1, 4, 4);
        }
    }

    @Override
    protected void layoutChildren() {
        canvas.relocate(0, 0);
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return META;
    }
}
