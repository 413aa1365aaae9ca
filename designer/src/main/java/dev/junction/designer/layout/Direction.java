package dev.junction.designer.layout;

/** Which way dependencies flow in a tidy layout: upstream steps first, then the steps that need them. */
public enum Direction {
    TOP_TO_BOTTOM("Top to bottom"),
    LEFT_TO_RIGHT("Left to right");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
