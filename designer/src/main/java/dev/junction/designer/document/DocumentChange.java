package dev.junction.designer.document;

import dev.junction.workflow.edit.TextEdit;
import java.util.List;

/**
 * One change of a document's text, as text views need it: the edits relative to the text before the change
 * (non-overlapping, any order), the new revision, and who made it, so a view can skip its own changes.
 *
 * @param origin the object that asked for the change (a view), or null for undo/redo and the document itself
 */
public record DocumentChange(long revision, List<TextEdit> edits, Object origin) {
    public DocumentChange {
        edits = List.copyOf(edits);
    }
}
