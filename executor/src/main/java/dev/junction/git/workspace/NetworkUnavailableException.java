package dev.junction.git.workspace;

/** The remote host cannot be reached: no network, an unknown host name, a refused connection or a timeout. */
public final class NetworkUnavailableException extends GitWorkspaceException {
    NetworkUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
