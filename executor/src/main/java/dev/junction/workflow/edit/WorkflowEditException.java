package dev.junction.workflow.edit;

/**
 * An edit that cannot be made: an unknown step, a duplicate id, a field that is a list where a map is needed,
 * or a part of the file laid out in a way the editor does not rewrite (the message says which and where).
 * The document is never changed when this is thrown.
 */
public final class WorkflowEditException extends RuntimeException {

    public WorkflowEditException(String message) {
        super(message);
    }
}
