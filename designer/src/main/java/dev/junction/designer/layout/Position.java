package dev.junction.designer.layout;

/** The top-left corner of a step card in diagram coordinates (not screen pixels; zoom does not change it). */
public record Position(double x, double y) {

    public Position {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a position must be finite, got " + x + ", " + y);
        }
    }

    public Position plus(double dx, double dy) {
        return new Position(x + dx, y + dy);
    }
}
