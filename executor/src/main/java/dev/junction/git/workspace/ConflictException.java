package dev.junction.git.workspace;

import java.util.List;

/** Unresolved merge conflicts (or a merge in progress) block the operation; {@link #paths()} lists the files. */
public final class ConflictException extends GitWorkspaceException {

    private final List<String> paths;

    ConflictException(String message, List<String> paths) {
        super(message, null);
        this.paths = List.copyOf(paths);
    }

    /** Workspace-relative paths with {@code /} separators, sorted. */
    public List<String> paths() {
        return paths;
    }
}
