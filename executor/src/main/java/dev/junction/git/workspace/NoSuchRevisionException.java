package dev.junction.git.workspace;

/** A branch, commit, remote or file that the operation names does not exist. */
public final class NoSuchRevisionException extends GitWorkspaceException {
    NoSuchRevisionException(String message, Throwable cause) {
        super(message, cause);
    }
}
