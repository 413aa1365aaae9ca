package dev.junction.designer.git;

import dev.junction.git.workspace.DiffHunk;
import dev.junction.git.workspace.FileDiff;
import dev.junction.git.workspace.LineEdit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Two versions of a file lined up row by row for a side-by-side view: unchanged lines face each other, a replaced
 * block pairs its lines as changed (the longer side facing empty filler rows), an inserted line faces filler on the
 * old side and a deleted one filler on the new side. Both sides therefore have {@link #rows()} lines, so one
 * scroll position shows the same rows on both. Immutable.
 *
 * @param rows        the whole file, top to bottom
 * @param changeStarts the row of the first line of each changed block, in order (for next/previous change)
 */
public record SideBySideDiff(List<Row> rows, List<Integer> changeStarts) {

    public enum Kind { SAME, ADDED, REMOVED, CHANGED }

    /**
     * One row of the view.
     *
     * @param oldLine 0-based line of the old text, or -1 for filler on the old side
     * @param newLine 0-based line of the new text, or -1 for filler on the new side
     */
    public record Row(Kind kind, int oldLine, String oldText, int newLine, String newText) {}

    public SideBySideDiff {
        rows = List.copyOf(rows);
        changeStarts = List.copyOf(changeStarts);
    }

    /** Lines up a diff's two texts using its edits (the hunks' context is not needed: the whole file is shown). */
    public static SideBySideDiff of(FileDiff diff) {
        List<String> oldLines = lines(diff.oldText());
        List<String> newLines = lines(diff.newText());
        List<LineEdit> edits = diff.hunks().stream().map(DiffHunk::edits).flatMap(List::stream)
                .sorted(Comparator.comparingInt(LineEdit::oldStart)).toList();
        List<Row> rows = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int o = 0;
        int n = 0;
        for (LineEdit edit : edits) {
            while (o < edit.oldStart() && n < edit.newStart()) {
                rows.add(new Row(Kind.SAME, o, oldLines.get(o), n, newLines.get(n)));
                o++;
                n++;
            }
            starts.add(rows.size());
            int oldCount = edit.oldEnd() - edit.oldStart();
            int newCount = edit.newEnd() - edit.newStart();
            for (int k = 0; k < Math.max(oldCount, newCount); k++) {
                boolean hasOld = k < oldCount;
                boolean hasNew = k < newCount;
                Kind kind = hasOld && hasNew ? Kind.CHANGED : hasOld ? Kind.REMOVED : Kind.ADDED;
                int ol = hasOld ? edit.oldStart() + k : -1;
                int nl = hasNew ? edit.newStart() + k : -1;
                rows.add(new Row(kind, ol, hasOld ? oldLines.get(ol) : "", nl, hasNew ? newLines.get(nl) : ""));
            }
            o = edit.oldEnd();
            n = edit.newEnd();
        }
        while (o < oldLines.size() && n < newLines.size()) {
            rows.add(new Row(Kind.SAME, o, oldLines.get(o), n, newLines.get(n)));
            o++;
            n++;
        }
        // texts that differ only at the end without an edit (should not happen) still show every line
        while (o < oldLines.size()) {
            rows.add(new Row(Kind.REMOVED, o, oldLines.get(o), -1, ""));
            o++;
        }
        while (n < newLines.size()) {
            rows.add(new Row(Kind.ADDED, -1, "", n, newLines.get(n)));
            n++;
        }
        return new SideBySideDiff(rows, starts);
    }

    /** The old side's text, one line per row (filler rows empty). */
    public String oldSide() {
        return side(true);
    }

    /** The new side's text, one line per row (filler rows empty). */
    public String newSide() {
        return side(false);
    }

    public long count(Kind kind) {
        return rows.stream().filter(r -> r.kind() == kind).count();
    }

    private String side(boolean old) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            if (i > 0) {
                text.append('\n');
            }
            text.append(old ? rows.get(i).oldText() : rows.get(i).newText());
        }
        return text.toString();
    }

    /** Lines as git counts them: split at '\n', a final newline ends the last line, '\r' dropped for display. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return lines;
        }
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            start = end + 1;
        }
        return lines;
    }
}
