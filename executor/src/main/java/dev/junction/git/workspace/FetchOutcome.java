package dev.junction.git.workspace;

import java.util.List;

/**
 * @param updatedBranches remote-tracking branches the fetch created, moved or deleted, e.g. {@code origin/main}
 */
public record FetchOutcome(String remote, List<String> updatedBranches) {
    public FetchOutcome {
        updatedBranches = List.copyOf(updatedBranches);
    }
}
