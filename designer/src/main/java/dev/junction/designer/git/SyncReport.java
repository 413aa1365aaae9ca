package dev.junction.designer.git;

import java.util.List;

/**
 * What a fetch, pull or push did, in words for the status bar, and the files a pull left in conflict.
 *
 * @param conflicts repository paths holding conflict markers after a pull; empty otherwise
 */
public record SyncReport(String message, List<String> conflicts) {
    public SyncReport {
        conflicts = List.copyOf(conflicts);
    }

    public boolean hasConflicts() {
        return !conflicts.isEmpty();
    }
}
