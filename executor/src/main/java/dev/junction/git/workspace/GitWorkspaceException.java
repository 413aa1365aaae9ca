package dev.junction.git.workspace;

/**
 * A git operation on a workspace could not be done. The message is written for the user: what happened and what to
 * do about it. Subclasses name the cases a UI may handle specially.
 */
public sealed class GitWorkspaceException extends Exception
        permits NotARepositoryException, AuthenticationFailedException, HostKeyRejectedException,
        NetworkUnavailableException, NonFastForwardException, ConflictException, UncommittedChangesException,
        MissingIdentityException, NoSuchRevisionException, GitOperationException {

    GitWorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
