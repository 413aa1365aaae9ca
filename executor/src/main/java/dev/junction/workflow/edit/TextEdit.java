package dev.junction.workflow.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Replace {@code length} characters at {@code offset} with {@code replacement}. Offsets are char (UTF-16)
 * indexes into the text the edit was computed for, as a Swing/JavaFX text area counts them.
 */
public record TextEdit(int offset, int length, String replacement) {

    public TextEdit {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("offset and length must be >= 0, got " + offset + ", " + length);
        }
        Objects.requireNonNull(replacement);
    }

    public static TextEdit insert(int offset, String text) {
        return new TextEdit(offset, 0, text);
    }

    public static TextEdit replace(int start, int end, String text) {
        return new TextEdit(start, end - start, text);
    }

    public int end() {
        return offset + length;
    }

    /**
     * Applies edits that were all computed against {@code text}.
     *
     * @throws IllegalArgumentException when an edit lies outside the text or two edits overlap (two inserts at
     *                                  the same offset count as overlapping: their order would be ambiguous)
     */
    public static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = sorted(text, edits);
        StringBuilder out = new StringBuilder(text.length() + 64);
        int at = 0;
        for (TextEdit e : sorted) {
            out.append(text, at, e.offset()).append(e.replacement());
            at = e.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /**
     * The edits that turn the result of {@code apply(text, edits)} back into {@code text}, in the coordinates of
     * that result: what an undo applies to the editor.
     */
    public static List<TextEdit> inverse(String text, List<TextEdit> edits) {
        List<TextEdit> inverse = new ArrayList<>();
        int shift = 0;
        for (TextEdit e : sorted(text, edits)) {
            inverse.add(new TextEdit(e.offset() + shift, e.replacement().length(), text.substring(e.offset(), e.end())));
            shift += e.replacement().length() - e.length();
        }
        return List.copyOf(inverse);
    }

    private static List<TextEdit> sorted(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = edits.stream()
                .sorted(Comparator.comparingInt(TextEdit::offset).thenComparingInt(TextEdit::length))
                .toList();
        TextEdit previous = null;
        for (TextEdit e : sorted) {
            if (e.end() > text.length()) {
                throw new IllegalArgumentException(e + " lies outside a text of length " + text.length());
            }
            if (previous != null && (e.offset() < previous.end()
                    || (e.offset() == previous.offset() && e.length() == 0 && previous.length() == 0))) {
                throw new IllegalArgumentException("overlapping edits " + previous + " and " + e);
            }
            previous = e;
        }
        return sorted;
    }

    /**
     * The one edit, keeping the common prefix and suffix, that turns {@code from} into {@code to}; no edit when
     * they are equal. Every character outside the changed region stays as it was.
     */
    public static List<TextEdit> minimal(String from, String to) {
        int max = Math.min(from.length(), to.length());
        int prefix = 0;
        while (prefix < max && from.charAt(prefix) == to.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix && from.charAt(from.length() - 1 - suffix) == to.charAt(to.length() - 1 - suffix)) {
            suffix++;
        }
        if (prefix == from.length() && prefix == to.length()) {
            return List.of();
        }
        return List.of(replace(prefix, from.length() - suffix, to.substring(prefix, to.length() - suffix)));
    }
}
