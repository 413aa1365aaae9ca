package dev.junction.git.workspace;

/** Git does not know the author's name or e-mail (user.name / user.email); the message says how to set them. */
public final class MissingIdentityException extends GitWorkspaceException {
    MissingIdentityException(String message, Throwable cause) {
        super(message, cause);
    }
}
