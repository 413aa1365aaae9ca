package dev.junction.git.workspace;

/** The remote refused the credentials, or none are stored for its host. */
public final class AuthenticationFailedException extends GitWorkspaceException {
    AuthenticationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
