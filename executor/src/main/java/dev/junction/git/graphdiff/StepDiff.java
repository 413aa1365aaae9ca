package dev.junction.git.graphdiff;

import java.util.List;
import java.util.Objects;

/**
 * One step's change between two versions.
 *
 * @param id the step id (a renamed step shows as one removed and one added step)
 * @param kind added, removed, changed or unchanged
 * @param changedFields for {@link StepDiffKind#CHANGED}: dotted paths of the fields that differ, e.g. {@code run},
 *                      {@code env.REGION}, {@code http.url}, {@code section} when it moved between {@code steps} and
 *                      {@code on-failure}; lists compare as a whole. Empty for other kinds. {@code needs} is never
 *                      listed: dependency changes are in {@link GraphDiff#addedDependencies()} and
 *                      {@link GraphDiff#removedDependencies()}.
 */
public record StepDiff(String id, StepDiffKind kind, List<String> changedFields) {
    public StepDiff {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        changedFields = List.copyOf(changedFields);
    }
}
