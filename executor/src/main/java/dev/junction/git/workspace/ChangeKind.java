package dev.junction.git.workspace;

/** The badge a changed file gets in the explorer and the Changes list. */
public enum ChangeKind {
    /** Not in the last commit: untracked, or added to the index. */
    NEW,
    MODIFIED,
    DELETED,
    /** Both sides of a merge changed it; the file holds conflict markers until it is resolved and committed. */
    CONFLICTING
}
