package dev.junction.git.workspace;

import java.util.List;

/** The operation would overwrite or lose uncommitted changes; {@link #paths()} lists the files. */
public final class UncommittedChangesException extends GitWorkspaceException {

    private final List<String> paths;

    UncommittedChangesException(String message, List<String> paths) {
        super(message, null);
        this.paths = List.copyOf(paths);
    }

    /** Workspace-relative paths with {@code /} separators, sorted. */
    public List<String> paths() {
        return paths;
    }
}
