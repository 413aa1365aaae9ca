package dev.junction.designer.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps offsets between a document's text and the editor's. RichTextFX keeps {@code \n} only, while a file
 * may use {@code \r\n}, which the document keeps byte-exact; each {@code \r\n} is one character shorter in
 * the editor. Immutable; built per document text (cheap when the text has no {@code \r}).
 */
final class LineEndings {

    private static final LineEndings IDENTITY = new LineEndings(new int[0], "\n");

    /** Editor offsets of the {@code \n} of each {@code \r\n}, increasing. */
    private final int[] crlfInEditor;
    private final String lineBreak;

    private LineEndings(int[] crlfInEditor, String lineBreak) {
        this.crlfInEditor = crlfInEditor;
        this.lineBreak = lineBreak;
    }

    static LineEndings of(String documentText) {
        if (documentText.indexOf('\r') < 0) {
            return IDENTITY;
        }
        List<Integer> positions = new ArrayList<>();
        int lf = 0;
        for (int i = documentText.indexOf('\r'); i >= 0; i = documentText.indexOf('\r', i + 1)) {
            if (i + 1 < documentText.length() && documentText.charAt(i + 1) == '\n') {
                positions.add(i - positions.size());
            }
        }
        for (int i = documentText.indexOf('\n'); i >= 0; i = documentText.indexOf('\n', i + 1)) {
            lf++;
        }
        int[] array = positions.stream().mapToInt(Integer::intValue).toArray();
        // new lines typed in the editor get the file's usual break
        return new LineEndings(array, positions.size() * 2 > lf ? "\r\n" : "\n");
    }

    /** The text as the editor holds it. */
    static String toEditor(String documentText) {
        return documentText.indexOf('\r') < 0 ? documentText : documentText.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Text typed in the editor as the document should hold it. */
    String toDocument(String editorText) {
        return lineBreak.equals("\n") ? editorText : editorText.replace("\n", lineBreak);
    }

    int toEditorOffset(int documentOffset) {
        if (crlfInEditor.length == 0) {
            return documentOffset;
        }
        // the j-th \r\n starts at document offset crlfInEditor[j] + j
        int lo = 0;
        int hi = crlfInEditor.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (crlfInEditor[mid] + mid < documentOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return documentOffset - lo;
    }

    int toDocumentOffset(int editorOffset) {
        if (crlfInEditor.length == 0) {
            return editorOffset;
        }
        int lo = 0;
        int hi = crlfInEditor.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (crlfInEditor[mid] < editorOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return editorOffset + lo;
    }
}
