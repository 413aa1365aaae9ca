package dev.junction.git.workspace;

/** Any other failure of a git operation, explained in the message. */
public final class GitOperationException extends GitWorkspaceException {
    GitOperationException(String message, Throwable cause) {
        super(message, cause);
    }
}
