package dev.junction.git.workspace;

import java.util.Objects;

/**
 * One changed file of the working copy. Unchanged and ignored files are not listed.
 *
 * @param path workspace-relative path with {@code /} separators (relative to {@link WorkspaceRepository#folder()})
 * @param kind the badge: conflicting wins over deleted, deleted over new, new over modified
 * @param staged the index differs from the last commit for this file ({@code git add} was done)
 * @param unstaged the working tree differs from the index (including an untracked or a deleted file)
 */
public record FileStatus(String path, ChangeKind kind, boolean staged, boolean unstaged) {
    public FileStatus {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
    }
}
