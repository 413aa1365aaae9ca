package dev.junction.designer.git;

/**
 * An operation the app itself refuses before asking git, e.g. a branch switch over unsaved editor buffers. The
 * message is for the user.
 */
public final class GitRefusal extends RuntimeException {

    public GitRefusal(String message) {
        super(message, null, false, false);
    }
}
