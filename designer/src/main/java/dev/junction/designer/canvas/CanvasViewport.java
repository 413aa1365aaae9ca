package dev.junction.designer.canvas;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.Point2D;

/**
 * Zoom and pan of a canvas: a screen point is {@code translate + scale × diagram point}. Zoom stays between
 * {@link #MIN_SCALE} and {@link #MAX_SCALE} and keeps the point under the pointer where it is. FX thread only.
 */
public final class CanvasViewport {

    public static final double MIN_SCALE = 0.03;
    public static final double MAX_SCALE = 2.5;
    private static final double STEP = 1.2;

    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale", 1);
    private final ReadOnlyDoubleWrapper translateX = new ReadOnlyDoubleWrapper(this, "translateX");
    private final ReadOnlyDoubleWrapper translateY = new ReadOnlyDoubleWrapper(this, "translateY");

    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty translateXProperty() {
        return translateX.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty translateYProperty() {
        return translateY.getReadOnlyProperty();
    }

    public double scale() {
        return scale.get();
    }

    public double translateX() {
        return translateX.get();
    }

    public double translateY() {
        return translateY.get();
    }

    public Point2D toDiagram(double screenX, double screenY) {
        return new Point2D((screenX - translateX.get()) / scale.get(), (screenY - translateY.get()) / scale.get());
    }

    public Point2D toScreen(double x, double y) {
        return new Point2D(translateX.get() + x * scale.get(), translateY.get() + y * scale.get());
    }

    public void panBy(double dx, double dy) {
        translateX.set(translateX.get() + dx);
        translateY.set(translateY.get() + dy);
    }

    /** Zooms by {@code factor} keeping the diagram point under the screen point {@code (sx, sy)} in place. */
    public void zoomAt(double factor, double sx, double sy) {
        double next = clamp(scale.get() * factor);
        Point2D fixed = toDiagram(sx, sy);
        scale.set(next);
        translateX.set(sx - fixed.getX() * next);
        translateY.set(sy - fixed.getY() * next);
    }

    public void zoomIn(double viewWidth, double viewHeight) {
        zoomAt(STEP, viewWidth / 2, viewHeight / 2);
    }

    public void zoomOut(double viewWidth, double viewHeight) {
        zoomAt(1 / STEP, viewWidth / 2, viewHeight / 2);
    }

    /** Shows the diagram rectangle whole, centred, with a margin; never zooms in beyond 100 %. */
    public void fit(double minX, double minY, double maxX, double maxY, double viewWidth, double viewHeight) {
        double margin = 48;
        double w = Math.max(1, maxX - minX);
        double h = Math.max(1, maxY - minY);
        double s = clamp(Math.min(1, Math.min((viewWidth - 2 * margin) / w, (viewHeight - 2 * margin) / h)));
        scale.set(s);
        translateX.set((viewWidth - w * s) / 2 - minX * s);
        translateY.set((viewHeight - h * s) / 2 - minY * s);
    }

    /** Puts a diagram point in the middle of the view. */
    public void centerOn(double x, double y, double viewWidth, double viewHeight) {
        translateX.set(viewWidth / 2 - x * scale.get());
        translateY.set(viewHeight / 2 - y * scale.get());
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
