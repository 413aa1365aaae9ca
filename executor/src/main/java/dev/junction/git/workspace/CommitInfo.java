package dev.junction.git.workspace;

import java.time.Instant;
import java.util.List;

/**
 * A commit as the History view shows it.
 *
 * @param id the full 40-character id
 * @param shortId the first 7 characters
 * @param authorTime when the author made the change (what {@code git log} shows)
 * @param message the full message; {@link #summary()} is its first line
 * @param parentIds none for the first commit, two for a merge
 * @param files the files changed compared with the first parent (all files for the first commit), sorted by path
 */
public record CommitInfo(String id, String shortId, String authorName, String authorEmail, Instant authorTime,
                         String message, List<String> parentIds, List<ChangedFile> files) {

    public CommitInfo {
        parentIds = List.copyOf(parentIds);
        files = List.copyOf(files);
    }

    public String summary() {
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
