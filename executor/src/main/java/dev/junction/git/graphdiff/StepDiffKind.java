package dev.junction.git.graphdiff;

/** What happened to a step between two versions. */
public enum StepDiffKind {
    ADDED,
    REMOVED,
    /** Present in both, with at least one field (other than {@code needs}) or its section different. */
    CHANGED,
    /** Present in both with equal fields; its dependencies may still have changed. */
    UNCHANGED
}
