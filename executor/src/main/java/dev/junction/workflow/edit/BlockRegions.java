package dev.junction.workflow.edit;

import java.util.List;

/**
 * The whole lines a block entry or list item occupies, with the comments that belong to it, and the edits
 * that remove or add such lines without disturbing the lines around them.
 *
 * <p>Comments belong to an element when they sit directly above it at its own column (a note on the element),
 * or below its last line at a deeper column (still inside its body). Others stay where they are.
 */
final class BlockRegions {

    /** Lines {@code first..last}, inclusive. */
    record Region(int first, int last) {}

    private final SourceText src;

    BlockRegions(SourceText src) {
        this.src = src;
    }

    /**
     * @param firstToken the key or dash that starts the element
     * @param contentEnd the end of its content
     * @param column     the element's column
     */
    Region region(int firstToken, int contentEnd, int column) {
        int start = src.lineOf(firstToken);
        int first = start;
        while (first > 0 && src.isComment(first - 1) && src.indent(first - 1) == column) {
            first--;
        }
        if (first == 0) {
            first = start; // a comment block opening the file describes the file, not its first key
        }
        int last = src.lineOf(contentEnd);
        for (int line = last + 1; line < src.lineCount(); line++) {
            if (src.isComment(line) && src.indent(line) > column) {
                last = line;
            } else if (!src.isBlank(line)) {
                break;
            }
        }
        return new Region(first, last);
    }

    /**
     * Removes a region with one of the runs of blank lines around it, so that the elements before and after keep
     * one separator: the run after it when another element follows, else the run before it.
     *
     * @param previousNeedsBreak what comes before ends with a block scalar, whose value would lose its final line
     *                           break if it came to end a text that has none: keep the break then
     */
    TextEdit remove(Region region, boolean followed, boolean previousNeedsBreak) {
        int first = region.first();
        int last = region.last();
        if (followed) {
            while (last + 1 < src.lineCount() && src.isBlank(last + 1) && src.hasLineBreak(last + 1)) {
                last++;
            }
        } else {
            while (first > 0 && src.isBlank(first - 1)) {
                first--;
            }
        }
        int start = src.lineStart(first);
        int end = src.nextLineStart(last);
        if (end == src.length() && !src.hasLineBreak(last) && first > 0 && !previousNeedsBreak) {
            start = src.lineEnd(first - 1); // the text had no final line break: keep it that way
        }
        return TextEdit.replace(start, end, "");
    }

    /** Inserts lines after a region; {@code lines} has no final line break. */
    TextEdit insertAfter(Region region, String lines, boolean blankLineBefore, String lineBreak) {
        String blank = blankLineBefore ? lineBreak : "";
        if (src.hasLineBreak(region.last())) {
            return TextEdit.insert(src.nextLineStart(region.last()), blank + lines + lineBreak);
        }
        return TextEdit.insert(src.length(), lineBreak + blank + lines);
    }

    /** Inserts lines before a region (before its leading comments). */
    TextEdit insertBefore(Region region, String lines, boolean blankLineAfter, String lineBreak) {
        return TextEdit.insert(src.lineStart(region.first()), lines + lineBreak + (blankLineAfter ? lineBreak : ""));
    }

    /** Do most neighbouring elements have a blank line between them? */
    boolean separatedByBlankLines(List<Region> regions) {
        int blank = 0;
        for (int i = 1; i < regions.size(); i++) {
            for (int line = regions.get(i - 1).last() + 1; line < regions.get(i).first(); line++) {
                if (src.isBlank(line)) {
                    blank++;
                    break;
                }
            }
        }
        return regions.size() > 1 && blank * 2 > regions.size() - 1;
    }
}
