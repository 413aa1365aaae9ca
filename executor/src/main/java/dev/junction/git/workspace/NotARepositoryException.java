package dev.junction.git.workspace;

/** The folder is not (inside) a git working copy, or the repository is bare. */
public final class NotARepositoryException extends GitWorkspaceException {
    NotARepositoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
