package dev.junction.designer.canvas;

import dev.junction.designer.layout.Direction;
import dev.junction.designer.layout.Position;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

/**
 * One dependency: a cubic curve from the upstream step's out port to the downstream step's in port, with an
 * arrowhead, over a wider invisible stroke that makes it easy to click. Styled by {@code .edge-line},
 * {@code .edge-arrow}, {@code .edge-hit} and {@code .edge:selected}.
 */
final class EdgeSkin {

    static final String KEY = "junction.edge";
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final double ARROW_LENGTH = 9;
    private static final double ARROW_HALF_WIDTH = 5;

    private final EdgeKey key;
    private final Group group = new Group();
    private final Path hit = new Path();
    private final Path line = new Path();
    private final Path arrow = new Path();
    private String decoration;

    EdgeSkin(EdgeKey key) {
        this.key = key;
        group.getStyleClass().add("edge");
        hit.getStyleClass().add("edge-hit");
        line.getStyleClass().add("edge-line");
        arrow.getStyleClass().add("edge-arrow");
        line.setMouseTransparent(true);
        arrow.setMouseTransparent(true);
        group.getChildren().addAll(hit, line, arrow);
        group.getProperties().put(KEY, key);
        hit.getProperties().put(KEY, key);
        group.setVisible(false);
    }

    EdgeKey key() {
        return key;
    }

    Group node() {
        return group;
    }

    /**
     * @param route the layout's Bézier points from start to end ({@code 3k + 1} of them), or null for a plain curve
     */
    void update(Point2D start, Point2D end, Direction direction, List<Position> route) {
        if (route != null && route.size() >= 4 && (route.size() - 1) % 3 == 0) {
            routed(line, route, direction);
            routed(hit, route, direction);
        } else {
            curve(line, start, end, direction);
            curve(hit, start, end, direction);
        }
        arrowHead(arrow, end, direction);
        group.setVisible(true);
    }

    /** The layout's route, its last point pulled back along the flow to leave room for the arrowhead. */
    private static void routed(Path path, List<Position> route, Direction direction) {
        List<PathElement> elements = new ArrayList<>();
        Position first = route.getFirst();
        elements.add(new MoveTo(first.x(), first.y()));
        boolean down = direction == Direction.TOP_TO_BOTTOM;
        for (int i = 1; i + 2 < route.size(); i += 3) {
            Position c1 = route.get(i);
            Position c2 = route.get(i + 1);
            Position to = route.get(i + 2);
            if (i + 3 == route.size()) {
                to = down ? to.plus(0, -ARROW_LENGTH) : to.plus(-ARROW_LENGTH, 0);
                // the curve must arrive along the flow, or the arrowhead would sit askew
                c2 = down ? new Position(to.x(), Math.min(c2.y(), to.y() - ARROW_LENGTH))
                        : new Position(Math.min(c2.x(), to.x() - ARROW_LENGTH), to.y());
            }
            elements.add(new CubicCurveTo(c1.x(), c1.y(), c2.x(), c2.y(), to.x(), to.y()));
        }
        path.getElements().setAll(elements);
    }

    void hide() {
        group.setVisible(false);
    }

    /** Shows a caller's style class on the edge (see {@link CanvasDecorations}); null removes it. */
    void setDecoration(String styleClass) {
        if (java.util.Objects.equals(styleClass, decoration)) {
            return;
        }
        if (decoration != null) {
            group.getStyleClass().remove(decoration);
        }
        decoration = styleClass;
        if (styleClass != null) {
            group.getStyleClass().add(styleClass);
        }
    }

    void setSelected(boolean selected) {
        group.pseudoClassStateChanged(SELECTED, selected);
    }

    /** The curve of an edge (also used for the dependency being dragged): leaves and enters along the flow. */
    static void curve(Path path, Point2D start, Point2D end, Direction direction) {
        boolean down = direction == Direction.TOP_TO_BOTTOM;
        double ex = down ? end.getX() : end.getX() - ARROW_LENGTH;
        double ey = down ? end.getY() - ARROW_LENGTH : end.getY();
        double along = down ? ey - start.getY() : ex - start.getX();
        double across = down ? ex - start.getX() : ey - start.getY();
        // a forward edge bends gently; a backward one (hand-placed above its source) loops out and around
        double k = along >= 0 ? Math.max(24, along * 0.5) : Math.max(80, Math.abs(along) * 0.5 + Math.abs(across) * 0.2);
        Point2D c1 = down ? new Point2D(start.getX(), start.getY() + k) : new Point2D(start.getX() + k, start.getY());
        Point2D c2 = down ? new Point2D(ex, ey - k) : new Point2D(ex - k, ey);
        path.getElements().setAll(new MoveTo(start.getX(), start.getY()),
                new CubicCurveTo(c1.getX(), c1.getY(), c2.getX(), c2.getY(), ex, ey));
    }

    private static void arrowHead(Path path, Point2D tip, Direction direction) {
        double x = tip.getX();
        double y = tip.getY();
        if (direction == Direction.TOP_TO_BOTTOM) {
            path.getElements().setAll(new MoveTo(x, y), new LineTo(x - ARROW_HALF_WIDTH, y - ARROW_LENGTH),
                    new LineTo(x + ARROW_HALF_WIDTH, y - ARROW_LENGTH), new ClosePath());
        } else {
            path.getElements().setAll(new MoveTo(x, y), new LineTo(x - ARROW_LENGTH, y - ARROW_HALF_WIDTH),
                    new LineTo(x - ARROW_LENGTH, y + ARROW_HALF_WIDTH), new ClosePath());
        }
    }

    void dispose() {
        if (group.getParent() instanceof Group g) {
            g.getChildren().remove(group);
        }
    }
}
