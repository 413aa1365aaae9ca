package dev.junction.git.workspace;

/**
 * One changed region between two texts, in 0-based line numbers with exclusive ends (as JGit's {@code Edit}):
 * old lines {@code [oldStart, oldEnd)} became new lines {@code [newStart, newEnd)}.
 */
public record LineEdit(Type type, int oldStart, int oldEnd, int newStart, int newEnd) {

    public enum Type {
        /** Lines only in the new text ({@code oldStart == oldEnd}). */
        INSERT,
        /** Lines only in the old text ({@code newStart == newEnd}). */
        DELETE,
        REPLACE
    }
}
