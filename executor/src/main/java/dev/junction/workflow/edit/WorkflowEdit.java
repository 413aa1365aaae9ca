package dev.junction.workflow.edit;

import java.util.List;
import java.util.Objects;

/**
 * The result of one operation on a {@link WorkflowText}: the document before and after, and the text edits
 * (relative to {@code before}'s text, non-overlapping) that turn one into the other. An operation that changes
 * nothing has no edits and {@code after == before}.
 */
public record WorkflowEdit(WorkflowText before, WorkflowText after, List<TextEdit> edits) {

    public WorkflowEdit {
        Objects.requireNonNull(before);
        Objects.requireNonNull(after);
        edits = List.copyOf(edits);
    }

    public boolean isEmpty() {
        return edits.isEmpty();
    }

    /** Edits relative to {@code after}'s text that restore {@code before}'s: for an undo in a text editor. */
    public List<TextEdit> undoEdits() {
        return TextEdit.inverse(before.text(), edits);
    }

    /**
     * Several operations as one edit, so that "delete three steps" or one form change touching two keys is one
     * undo step. Each operation sees the text the previous one produced; the result is the single minimal edit
     * from the first text to the last.
     */
    public static WorkflowEdit chain(WorkflowText start, List<java.util.function.Function<WorkflowText, WorkflowEdit>> operations) {
        WorkflowText current = start;
        for (var operation : operations) {
            current = operation.apply(current).after();
        }
        return new WorkflowEdit(start, current, TextEdit.minimal(start.text(), current.text()));
    }
}
