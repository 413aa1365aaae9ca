package dev.junction.git.workspace;

import java.util.List;
import java.util.Optional;

/**
 * The state of the working copy at one moment.
 *
 * @param branch the current branch's short name; empty when HEAD is detached
 * @param headCommit the commit HEAD points at; empty in a repository without commits
 * @param merging a merge is in progress (conflicts to resolve, or resolved and waiting for the commit)
 * @param files every changed file, sorted by path
 */
public record WorkspaceStatus(Optional<String> branch, Optional<String> headCommit, boolean merging,
                              List<FileStatus> files) {

    public WorkspaceStatus {
        files = List.copyOf(files);
    }

    /** No changed file (ignored files do not count). */
    public boolean isClean() {
        return files.isEmpty();
    }

    public Optional<FileStatus> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /** Paths of the files with unresolved conflicts. */
    public List<String> conflicts() {
        return files.stream().filter(f -> f.kind() == ChangeKind.CONFLICTING).map(FileStatus::path).toList();
    }
}
