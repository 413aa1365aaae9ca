package dev.junction.git.workspace;

import java.util.List;
import java.util.Optional;

/**
 * What a merge (or the merge half of a pull) did.
 *
 * @param commitId the new HEAD after {@code FAST_FORWARD} or {@code MERGED}; empty otherwise
 * @param conflicts for {@code CONFLICTING}: the files now holding conflict markers, sorted. Resolve them (edit, then
 *                  {@link WorkspaceRepository#commit} them) or {@link WorkspaceRepository#abortMerge()}.
 */
public record MergeOutcome(Status status, Optional<String> commitId, List<String> conflicts) {

    public enum Status {
        /** Nothing to merge: the other branch's commits are already here. */
        UP_TO_DATE,
        /** The current branch moved forward to the other branch's commit; no merge commit. */
        FAST_FORWARD,
        /** A merge commit was made. */
        MERGED,
        /** Some files conflict; nothing was committed. */
        CONFLICTING
    }

    public MergeOutcome {
        conflicts = List.copyOf(conflicts);
    }
}
