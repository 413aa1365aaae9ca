package dev.junction.git.workspace;

import java.util.List;

/**
 * A group of nearby edits with up to three unchanged lines of context around them, as in a unified diff.
 * Line numbers are 0-based; a side-by-side view shows old lines {@code [oldStart, oldStart + oldCount)} next to new
 * lines {@code [newStart, newStart + newCount)} and colours the {@link #edits()}.
 */
public record DiffHunk(int oldStart, int oldCount, int newStart, int newCount, List<LineEdit> edits) {
    public DiffHunk {
        edits = List.copyOf(edits);
    }
}
