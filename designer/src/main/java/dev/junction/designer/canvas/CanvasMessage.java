package dev.junction.designer.canvas;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A short message the canvas shows over the diagram (a refused connection, a paste that found no steps). Each
 * message is new, even with the same text, so showing the same refusal twice shows it twice.
 */
public record CanvasMessage(String text, Severity severity, long serial) {

    public enum Severity { INFO, ERROR }

    private static final AtomicLong SERIALS = new AtomicLong();

    public static CanvasMessage error(String text) {
        return new CanvasMessage(text, Severity.ERROR, SERIALS.incrementAndGet());
    }

    public static CanvasMessage info(String text) {
        return new CanvasMessage(text, Severity.INFO, SERIALS.incrementAndGet());
    }
}
