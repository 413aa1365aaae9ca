package dev.junction.designer.canvas;

/** A dependency drawn as an edge: {@code to} needs {@code from}, so the arrow points from {@code from} to {@code to}. */
public record EdgeKey(String from, String to) {

    @Override
    public String toString() {
        return from + " → " + to;
    }
}
