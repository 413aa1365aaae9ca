package dev.junction.git.workspace;

/** A push was refused because the remote branch has commits the local branch does not have. */
public final class NonFastForwardException extends GitWorkspaceException {

    private final String remote;
    private final String branch;

    NonFastForwardException(String message, String remote, String branch) {
        super(message, null);
        this.remote = remote;
        this.branch = branch;
    }

    public String remote() {
        return remote;
    }

    public String branch() {
        return branch;
    }
}
