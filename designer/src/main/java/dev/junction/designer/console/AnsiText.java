package dev.junction.designer.console;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a line that may hold ANSI escape sequences into styled spans. Understands the SGR codes tools use for
 * colour (reset 0, bold 1, faint 2, italic 3, underline 4, their resets 22/23/24, foreground 30–37, 39, 90–97,
 * and 38;5;n for the first 16 colours); every other escape sequence is dropped. A carriage return keeps only
 * what follows it, as a terminal would show a progress line. Pure and thread-safe.
 */
public final class AnsiText {

    private static final char ESC = '\u001b';

    /**
     * A run of text in one style.
     *
     * @param color 0–7 for the normal colours, 8–15 for the bright ones, -1 for the default colour
     */
    public record Span(String text, int color, boolean bold, boolean faint, boolean italic, boolean underline) {
        boolean plain() {
            return color < 0 && !bold && !faint && !italic && !underline;
        }
    }

    private AnsiText() {}

    /** True when the line needs parsing at all (most lines do not). */
    public static boolean hasEscapes(String line) {
        return line.indexOf(ESC) >= 0 || line.indexOf('\r') >= 0;
    }

    /** The text without escape sequences, as it would read in a terminal. */
    public static String strip(String line) {
        if (!hasEscapes(line)) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        for (Span span : spans(line)) {
            out.append(span.text());
        }
        return out.toString();
    }

    /** The styled spans of a line, in order; adjacent text in one style is one span. */
    public static List<Span> spans(String line) {
        String text = afterLastCarriageReturn(line);
        List<Span> spans = new ArrayList<>(2);
        Style style = new Style();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != ESC) {
                current.append(c);
                i++;
                continue;
            }
            int end = sequenceEnd(text, i);
            if (end > i + 2 && text.charAt(i + 1) == '[' && text.charAt(end - 1) == 'm') {
                Style next = style.copy();
                next.apply(text.substring(i + 2, end - 1));
                if (!next.equals(style)) {
                    flush(current, style, spans);
                    style = next;
                }
            }
            i = end;
        }
        flush(current, style, spans);
        return spans;
    }

    private static String afterLastCarriageReturn(String line) {
        // "\r\n" endings were split off already; a trailing \r alone is not a redraw
        String trimmed = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        int cr = trimmed.lastIndexOf('\r');
        return cr < 0 ? trimmed : trimmed.substring(cr + 1);
    }

    /** The index after an escape sequence starting at {@code start} (CSI, OSC or a two-character escape). */
    private static int sequenceEnd(String text, int start) {
        if (start + 1 >= text.length()) {
            return text.length();
        }
        char kind = text.charAt(start + 1);
        if (kind == '[') {
            int i = start + 2;
            while (i < text.length()) {
                char c = text.charAt(i++);
                if (c >= 0x40 && c <= 0x7e) {
                    return i;
                }
            }
            return text.length();
        }
        if (kind == ']') { // OSC, ended by BEL or ESC \
            int i = start + 2;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\u0007') {
                    return i + 1;
                }
                if (c == ESC && i + 1 < text.length() && text.charAt(i + 1) == '\\') {
                    return i + 2;
                }
                i++;
            }
            return text.length();
        }
        return start + 2;
    }

    private static void flush(StringBuilder current, Style style, List<Span> spans) {
        if (current.isEmpty()) {
            return;
        }
        spans.add(new Span(current.toString(), style.color, style.bold, style.faint, style.italic, style.underline));
        current.setLength(0);
    }

    private static final class Style {
        int color = -1;
        boolean bold;
        boolean faint;
        boolean italic;
        boolean underline;

        Style copy() {
            Style s = new Style();
            s.color = color;
            s.bold = bold;
            s.faint = faint;
            s.italic = italic;
            s.underline = underline;
            return s;
        }

        void apply(String params) {
            if (params.isEmpty()) {
                reset();
                return;
            }
            String[] codes = params.split(";", -1);
            for (int i = 0; i < codes.length; i++) {
                int code = parse(codes[i]);
                switch (code) {
                    case 0 -> reset();
                    case 1 -> bold = true;
                    case 2 -> faint = true;
                    case 3 -> italic = true;
                    case 4 -> underline = true;
                    case 22 -> {
                        bold = false;
                        faint = false;
                    }
                    case 23 -> italic = false;
                    case 24 -> underline = false;
                    case 39 -> color = -1;
                    case 38, 48 -> {
                        // extended colour: 38;5;n (palette) or 38;2;r;g;b; only the first 16 palette entries map
                        if (i + 2 < codes.length && parse(codes[i + 1]) == 5) {
                            int n = parse(codes[i + 2]);
                            if (code == 38) {
                                color = n >= 0 && n < 16 ? n : -1;
                            }
                            i += 2;
                        } else if (i + 4 < codes.length && parse(codes[i + 1]) == 2) {
                            i += 4;
                        }
                    }
                    default -> {
                        if (code >= 30 && code <= 37) {
                            color = code - 30;
                        } else if (code >= 90 && code <= 97) {
                            color = code - 90 + 8;
                        }
                        // backgrounds (40–47, 100–107) and the rest are ignored on purpose
                    }
                }
            }
        }

        private void reset() {
            color = -1;
            bold = false;
            faint = false;
            italic = false;
            underline = false;
        }

        private static int parse(String code) {
            if (code.isEmpty()) {
                return 0;
            }
            try {
                return Integer.parseInt(code);
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Style s && s.color == color && s.bold == bold && s.faint == faint
                    && s.italic == italic && s.underline == underline;
        }

        @Override
        public int hashCode() {
            return color * 31 + (bold ? 1 : 0) + (faint ? 2 : 0) + (italic ? 4 : 0) + (underline ? 8 : 0);
        }
    }
}
