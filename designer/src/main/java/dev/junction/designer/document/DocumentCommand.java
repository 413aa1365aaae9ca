package dev.junction.designer.document;

import dev.junction.workflow.edit.TextEdit;
import java.time.Instant;
import java.util.List;

/**
 * One undoable change: the text edits that make it and the ones that revert it. Every edit, from the canvas,
 * a form or the text editor, becomes one of these on the document's single stack, so undo/redo restores the
 * text exactly, whichever view made the change.
 *
 * @param forward  edits relative to the text before the command
 * @param backward edits relative to the text after the command
 */
public record DocumentCommand(String description, List<TextEdit> forward, List<TextEdit> backward, Instant time,
                              Object origin) {
    public DocumentCommand {
        forward = List.copyOf(forward);
        backward = List.copyOf(backward);
    }
}
