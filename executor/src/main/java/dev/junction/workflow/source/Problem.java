package dev.junction.workflow.source;

import java.util.Objects;

/**
 * One thing wrong with a definition: where, what, and how to fix it.
 *
 * @param hint a suggestion for the fix, or an empty string when there is nothing useful to say
 */
public record Problem(Severity severity, Location location, String message, String hint) {

    public enum Severity { ERROR, WARNING }

    public Problem {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(location);
        Objects.requireNonNull(message);
        hint = hint == null ? "" : hint;
    }

    public static Problem error(Location location, String message, String hint) {
        return new Problem(Severity.ERROR, location, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: error: message (hint: …)} in one line. */
    public String format() {
        String text = location + ": " + severity.name().toLowerCase() + ": " + message;
        return hint.isEmpty() ? text : text + "\n    hint: " + hint;
    }
}
