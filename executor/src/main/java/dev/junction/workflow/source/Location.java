package dev.junction.workflow.source;

import java.nio.file.Path;

/**
 * A place in a source file. Lines and columns are 1-based, as editors show them; {@code offset} is the
 * 0-based character index into the text, used for splicing edits.
 */
public record Location(Path file, int line, int column, int offset) {

    public static Location start(Path file) {
        return new Location(file, 1, 1, 0);
    }

    /** {@code file:line:column}, the form terminals and IDEs turn into links. */
    @Override
    public String toString() {
        return (file == null ? "<input>" : file.toString()) + ":" + line + ":" + column;
    }
}
