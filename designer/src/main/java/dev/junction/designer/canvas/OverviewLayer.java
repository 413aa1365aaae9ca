package dev.junction.designer.canvas;

import dev.junction.designer.layout.Direction;
import dev.junction.designer.layout.Position;
import dev.junction.designer.run.StepStatusView;
import dev.junction.run.StepStatus;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The diagram zoomed far out: every card and edge drawn on one {@code Canvas}. Below
 * {@link CanvasRenderer#OVERVIEW_SCALE} card text is too small to read, and a thousand cards as nodes would take
 * seconds to style; drawn, they take milliseconds. Same geometry as the node skins (cards, curves, arrowheads),
 * colours from CSS. Mouse events pass through: the gestures find cards by position.
 */
final class OverviewLayer extends CanvasLayer {

    private static final CssPaint<OverviewLayer> CARD = new CssPaint<>("-junction-card-color", CssPaint.gray(1), o -> o.card);
    private static final CssPaint<OverviewLayer> BORDER = new CssPaint<>("-junction-border-color", CssPaint.gray(0.6), o -> o.border);
    private static final CssPaint<OverviewLayer> EDGE = new CssPaint<>("-junction-edge-color", CssPaint.gray(0.5), o -> o.edge);
    private static final CssPaint<OverviewLayer> TEXT = new CssPaint<>("-junction-text-color", CssPaint.gray(0.1), o -> o.text);
    private static final CssPaint<OverviewLayer> SELECTED = new CssPaint<>("-junction-selected-color", CssPaint.gray(0.2), o -> o.selected);
    private static final CssPaint<OverviewLayer> RUNNING = new CssPaint<>("-junction-running-color", CssPaint.gray(0.3), o -> o.running);
    private static final CssPaint<OverviewLayer> SUCCESS = new CssPaint<>("-junction-success-color", CssPaint.gray(0.3), o -> o.success);
    private static final CssPaint<OverviewLayer> FAILURE = new CssPaint<>("-junction-failure-color", CssPaint.gray(0.3), o -> o.failure);
    private static final List<CssMetaData<? extends Styleable, ?>> META =
            CssPaint.withRegionMetaData(List.of(CARD, BORDER, EDGE, TEXT, SELECTED, RUNNING, SUCCESS, FAILURE));

    private final StyleableObjectProperty<Paint> card = CARD.property(this, "card", this::redraw);
    private final StyleableObjectProperty<Paint> border = BORDER.property(this, "border", this::redraw);
    private final StyleableObjectProperty<Paint> edge = EDGE.property(this, "edge", this::redraw);
    private final StyleableObjectProperty<Paint> text = TEXT.property(this, "text", this::redraw);
    private final StyleableObjectProperty<Paint> selected = SELECTED.property(this, "selected", this::redraw);
    private final StyleableObjectProperty<Paint> running = RUNNING.property(this, "running", this::redraw);
    private final StyleableObjectProperty<Paint> success = SUCCESS.property(this, "success", this::redraw);
    private final StyleableObjectProperty<Paint> failure = FAILURE.property(this, "failure", this::redraw);
    private Scene scene = new Scene(Map.of(), List.of(), Set.of(), Map.of(), Direction.TOP_TO_BOTTOM, 1, 0, 0);

    /** What to draw: a snapshot taken by the renderer once per pulse. */
    record Scene(Map<String, Position> positions, List<EdgeKey> edges, Set<String> selection,
                 Map<String, StepStatusView> statuses, Direction direction, double scale, double tx, double ty) {}

    OverviewLayer() {
        super("canvas-overview");
    }

    void show(Scene next) {
        scene = next;
        redraw();
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        if (!isVisible() || scene.positions().isEmpty()) {
            return;
        }
        double s = scene.scale();
        double cw = CanvasViewModel.CARD_WIDTH * s;
        double ch = CanvasViewModel.CARD_HEIGHT * s;
        g.setStroke(edge.get());
        g.setFill(edge.get());
        g.setLineWidth(Math.max(0.6, 1.4 * s * 2));
        for (EdgeKey key : scene.edges()) {
            Position from = scene.positions().get(key.from());
            Position to = scene.positions().get(key.to());
            if (from == null || to == null) {
                continue;
            }
            Point2D a = screen(PortSkin.center(from, PortSkin.Side.OUT, scene.direction()));
            Point2D b = screen(PortSkin.center(to, PortSkin.Side.IN, scene.direction()));
            if (Math.max(a.getX(), b.getX()) < -50 || Math.min(a.getX(), b.getX()) > w + 50
                    || Math.max(a.getY(), b.getY()) < -50 || Math.min(a.getY(), b.getY()) > h + 50) {
                continue;
            }
            boolean down = scene.direction() == Direction.TOP_TO_BOTTOM;
            double along = down ? b.getY() - a.getY() : b.getX() - a.getX();
            double k = Math.max(12 * s, Math.abs(along) * 0.5);
            g.beginPath();
            g.moveTo(a.getX(), a.getY());
            if (down) {
                g.bezierCurveTo(a.getX(), a.getY() + k, b.getX(), b.getY() - k, b.getX(), b.getY());
            } else {
                g.bezierCurveTo(a.getX() + k, a.getY(), b.getX() - k, b.getY(), b.getX(), b.getY());
            }
            g.stroke();
        }
        double arc = Math.max(2, 20 * s);
        boolean labels = s >= 0.2;
        if (labels) {
            g.setFont(Font.font(Math.max(7, 13 * s)));
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
        }
        for (Map.Entry<String, Position> e : scene.positions().entrySet()) {
            Point2D p = screen(e.getValue());
            if (p.getX() > w || p.getY() > h || p.getX() + cw < 0 || p.getY() + ch < 0) {
                continue;
            }
            g.setFill(card.get());
            g.fillRoundRect(p.getX(), p.getY(), cw, ch, arc, arc);
            StepStatusView status = scene.statuses().get(e.getKey());
            boolean isSelected = scene.selection().contains(e.getKey());
            g.setStroke(isSelected ? selected.get() : statusPaint(status));
            g.setLineWidth(isSelected || status != null ? 2 : 1);
            g.strokeRoundRect(p.getX(), p.getY(), cw, ch, arc, arc);
            if (labels) {
                g.setFill(text.get());
                g.fillText(e.getKey(), p.getX() + 10 * s, p.getY() + ch / 2, cw - 16 * s);
            }
        }
    }

    private Paint statusPaint(StepStatusView status) {
        if (status == null) {
            return border.get();
        }
        return status.status() == StepStatus.RUNNING ? running.get() : status.status() == StepStatus.SUCCESS
                ? success.get() : status.status() == StepStatus.FAILURE ? failure.get() : border.get();
    }

    private Point2D screen(Position p) {
        return screen(new Point2D(p.x(), p.y()));
    }

    private Point2D screen(Point2D p) {
        return new Point2D(scene.tx() + p.getX() * scene.scale(), scene.ty() + p.getY() * scene.scale());
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return META;
    }
}
