package dev.junction.workflow.edit;

import java.util.Arrays;

/**
 * A text with a line index. Lines end at {@code \r\n}, {@code \n} or a lone {@code \r}; every position is a
 * char offset. A text ending with a line break has a last, empty line after it.
 */
final class SourceText {

    private final String text;
    private final int[] lineStarts;

    SourceText(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if ((c == '\n' || c == '\r') && !crlf) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    char charAt(int offset) {
        return offset < text.length() ? text.charAt(offset) : '\0';
    }

    String slice(int start, int end) {
        return text.substring(start, end);
    }

    /** The line break the text uses first; {@code \n} when it has none. */
    String lineBreak() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return "\n";
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\r\n" : "\r";
            }
        }
        return "\n";
    }

    int lineCount() {
        return lineStarts.length;
    }

    int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i : -i - 2;
    }

    int lineStart(int line) {
        return lineStarts[line];
    }

    /** Offset of the line's break (or of the end of the text on the last line). */
    int lineEnd(int line) {
        int end = nextLineStart(line);
        if (end > lineStarts[line] && text.charAt(end - 1) == '\n') {
            end--;
        }
        if (end > lineStarts[line] && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }

    /** Offset just past the line's break, or the end of the text on the last line. */
    int nextLineStart(int line) {
        return line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
    }

    boolean hasLineBreak(int line) {
        return nextLineStart(line) > lineEnd(line);
    }

    boolean isBlank(int line) {
        return firstNonSpace(line) == lineEnd(line);
    }

    /** A line holding only a comment (the first non-blank character is {@code #}). */
    boolean isComment(int line) {
        int first = firstNonSpace(line);
        return first < lineEnd(line) && text.charAt(first) == '#';
    }

    /** Number of leading spaces. */
    int indent(int line) {
        int i = lineStarts[line];
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i - lineStarts[line];
    }

    int column(int offset) {
        return offset - lineStarts[lineOf(offset)];
    }

    /** True when only spaces stand between the start of the offset's line and the offset. */
    boolean startsLine(int offset) {
        for (int i = lineStarts[lineOf(offset)]; i < offset; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** The end-of-line comment (from {@code #}) after {@code offset} on its line, or an empty string. */
    String commentAfter(int offset) {
        int end = lineEnd(lineOf(offset));
        int i = offset;
        while (i < end && isSpace(text.charAt(i))) {
            i++;
        }
        return i < end && text.charAt(i) == '#' ? text.substring(i, end) : "";
    }

    /** Skips spaces, line breaks and comments; comments start at {@code #} after a blank or a line start. */
    int skipBlanksAndComments(int offset) {
        int i = offset;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isSpace(c) || c == '\n' || c == '\r') {
                i++;
            } else if (c == '#' && (i == 0 || isBlankChar(text.charAt(i - 1)))) {
                while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
            } else {
                break;
            }
        }
        return i;
    }

    int skipSpaces(int offset) {
        int i = offset;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private int firstNonSpace(int line) {
        int end = lineEnd(line);
        int i = lineStarts[line];
        while (i < end && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isBlankChar(char c) {
        return isSpace(c) || c == '\n' || c == '\r';
    }
}
