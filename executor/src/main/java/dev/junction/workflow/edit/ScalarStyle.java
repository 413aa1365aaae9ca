package dev.junction.workflow.edit;

/** How a scalar is written in the text; kept when a scalar is replaced, where the new value allows it. */
enum ScalarStyle {
    PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL, FOLDED;

    static ScalarStyle ofIndicator(char c) {
        return switch (c) {
            case '"' -> DOUBLE_QUOTED;
            case '\'' -> SINGLE_QUOTED;
            case '|' -> LITERAL;
            case '>' -> FOLDED;
            default -> PLAIN;
        };
    }
}
