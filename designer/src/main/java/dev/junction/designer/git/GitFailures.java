package dev.junction.designer.git;

import dev.junction.git.credentials.CredentialStoreException;
import dev.junction.git.graphdiff.UnreadableWorkflowException;
import dev.junction.git.workspace.GitWorkspaceException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns what a failed git future carries into the sentence the user reads. */
public final class GitFailures {

    private GitFailures() {}

    /** The failure without the {@link CompletionException} wrappers futures add. */
    public static Throwable cause(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /**
     * The user-facing message: git failures and credential-file problems already say what to do; anything else is
     * unexpected and shown with its type.
     */
    public static String message(Throwable error) {
        Throwable t = cause(error);
        if (t instanceof GitWorkspaceException || t instanceof CredentialStoreException
                || t instanceof UnreadableWorkflowException || t instanceof GitRefusal) {
            return t.getMessage();
        }
        return "Unexpected error: " + t;
    }
}
