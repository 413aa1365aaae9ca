package dev.junction.designer.canvas;

import dev.junction.designer.layout.Direction;
import dev.junction.designer.layout.Position;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.shape.Circle;

/**
 * A step's port: where its incoming dependencies arrive ({@link Side#IN}) or where a new dependency is dragged
 * from ({@link Side#OUT}). Drawn in the handle layer above the cards; styled by {@code .port}, {@code .port-in},
 * {@code .port-out}.
 */
final class PortSkin {

    enum Side { IN, OUT }

    static final String ID_KEY = "junction.port-step";
    private static final double RADIUS = 5;

    private final Circle circle = new Circle(RADIUS);
    private final Side side;

    PortSkin(String stepId, Side side) {
        this.side = side;
        circle.getStyleClass().addAll("port", side == Side.IN ? "port-in" : "port-out");
        circle.getProperties().put(ID_KEY, stepId);
        circle.setVisible(false);
        if (side == Side.IN) {
            circle.setMouseTransparent(true);
        } else {
            circle.setCursor(Cursor.CROSSHAIR);
        }
    }

    Circle node() {
        return circle;
    }

    Side side() {
        return side;
    }

    void relocate(Position card, Direction direction) {
        Point2D c = center(card, side, direction);
        circle.setCenterX(c.getX());
        circle.setCenterY(c.getY());
        circle.setVisible(true);
    }

    /** Where edges attach: the middle of the card's upstream (in) or downstream (out) side. */
    static Point2D center(Position card, Side side, Direction direction) {
        double w = CanvasViewModel.CARD_WIDTH;
        double h = CanvasViewModel.CARD_HEIGHT;
        if (direction == Direction.LEFT_TO_RIGHT) {
            return new Point2D(card.x() + (side == Side.OUT ? w : 0), card.y() + h / 2);
        }
        return new Point2D(card.x() + w / 2, card.y() + (side == Side.OUT ? h : 0));
    }

    void dispose() {
        if (circle.getParent() instanceof javafx.scene.Group g) {
            g.getChildren().remove(circle);
        }
    }
}
