package dev.junction.designer.yaml;

import dev.junction.designer.document.DocumentChange;
import dev.junction.designer.document.WorkflowDocument;
import dev.junction.workflow.edit.TextEdit;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.reactfx.Subscription;

/**
 * Keeps a code area and a document's text equal, through the document: what is typed becomes document edits
 * (so it lands on the one undo stack), and changes made elsewhere (canvas, inspector, undo) are applied to the
 * area as the same small replacements, keeping the caret and the scroll position. FX thread only.
 */
final class DocumentSync {

    private final CodeArea area;
    private final WorkflowDocument document;
    private final Object origin;
    private final Consumer<List<TextEdit>> typed;
    private final ChangeListener<DocumentChange> changeListener = (obs, old, change) -> applied(change);
    private final Subscription typing;
    private LineEndings endings;
    private boolean applying;

    /** @param typed receives the document edits for what was typed (the view model sends them to the document) */
    DocumentSync(CodeArea area, WorkflowDocument document, Object origin, Consumer<List<TextEdit>> typed) {
        this.area = area;
        this.document = document;
        this.origin = origin;
        this.typed = typed;
        this.endings = LineEndings.of(document.text());
        applying = true;
        try {
            area.replaceText(LineEndings.toEditor(document.text()));
            area.moveTo(0);
            area.requestFollowCaret(); // replaceText asked to follow the caret to the end; the top is wanted
        } finally {
            applying = false;
        }
        typing = area.plainTextChanges().subscribe(this::onTyped);
        document.lastChangeProperty().addListener(changeListener);
    }

    /** True while a change from the document is being applied (caret moves then are not the user's). */
    boolean isApplying() {
        return applying;
    }

    LineEndings endings() {
        return endings;
    }

    void dispose() {
        typing.unsubscribe();
        document.lastChangeProperty().removeListener(changeListener);
    }

    private void onTyped(PlainTextChange change) {
        if (applying) {
            return;
        }
        int start = endings.toDocumentOffset(change.getPosition());
        int end = endings.toDocumentOffset(change.getRemovalEnd());
        typed.accept(List.of(TextEdit.replace(start, end, endings.toDocument(change.getInserted()))));
        endings = LineEndings.of(document.text());
    }

    private void applied(DocumentChange change) {
        if (change == null || change.origin() == origin && origin != null) {
            return; // our own typing: the area has it already
        }
        LineEndings before = endings;
        endings = LineEndings.of(document.text());
        int caret = area.getCaretPosition();
        int anchor = area.getAnchor();
        int lowestStart = Integer.MAX_VALUE;
        int lowestEnd = 0;
        applying = true;
        try {
            List<TextEdit> descending = change.edits().stream()
                    .sorted(Comparator.comparingInt(TextEdit::offset).reversed()).toList();
            for (TextEdit e : descending) {
                int start = before.toEditorOffset(e.offset());
                int end = before.toEditorOffset(e.end());
                String replacement = LineEndings.toEditor(e.replacement());
                area.replaceText(start, end, replacement);
                caret = shift(caret, start, end, replacement.length());
                anchor = shift(anchor, start, end, replacement.length());
                lowestStart = start;
                lowestEnd = start + replacement.length();
            }
            if (area.getLength() != LineEndings.toEditor(document.text()).length()) {
                area.replaceText(LineEndings.toEditor(document.text())); // never expected; stay correct anyway
            }
            if (change.origin() == null && lowestStart != Integer.MAX_VALUE) {
                // undo/redo: show what changed, as editors do
                area.selectRange(Math.min(lowestEnd, area.getLength()), Math.min(lowestEnd, area.getLength()));
                area.requestFollowCaret();
            } else {
                // the view stays on the same lines by itself: Flowless keeps the top cell's paragraph in place
                area.selectRange(Math.min(anchor, area.getLength()), Math.min(caret, area.getLength()));
            }
        } finally {
            applying = false;
        }
    }

    private static int shift(int position, int start, int end, int insertedLength) {
        if (position >= end) {
            return position + insertedLength - (end - start);
        }
        if (position > start) {
            return start + insertedLength;
        }
        return position;
    }
}
