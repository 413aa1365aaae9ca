package dev.junction.designer.workspace;

import java.util.Objects;

/**
 * A mark the explorer shows beside a file, e.g. git's "M" for a modified file: a short text in a small pill and a
 * style class that colours the file's name and the pill (the explorer's CSS knows {@code badge-new},
 * {@code badge-modified}, {@code badge-deleted} and {@code badge-conflicting}).
 *
 * @param text        one or two letters
 * @param styleClass  the CSS class added to the cell
 * @param description the tooltip line, e.g. "Modified since the last commit"
 */
public record FileBadge(String text, String styleClass, String description) {
    public FileBadge {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(styleClass, "styleClass");
        description = description == null ? "" : description;
    }
}
