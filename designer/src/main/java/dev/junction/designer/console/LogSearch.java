package dev.junction.designer.console;

import java.util.ArrayList;
import java.util.List;

/**
 * A literal, case-insensitive search over plain log text (no regular expressions: what people paste into a
 * log search box is usually a fragment with dots and brackets). Immutable and thread-safe.
 */
public record LogSearch(String query) {

    public static final LogSearch NONE = new LogSearch("");

    public LogSearch {
        query = query == null ? "" : query;
    }

    public boolean isEmpty() {
        return query.isEmpty();
    }

    public boolean matches(String text) {
        return !query.isEmpty() && indexIn(text, 0) >= 0;
    }

    /** Start and end offsets of every non-overlapping occurrence, as pairs {@code [start, end]}. */
    public List<int[]> ranges(String text) {
        if (query.isEmpty()) {
            return List.of();
        }
        List<int[]> ranges = new ArrayList<>(1);
        int from = 0;
        int at;
        while ((at = indexIn(text, from)) >= 0) {
            ranges.add(new int[] {at, at + query.length()});
            from = at + query.length();
        }
        return ranges;
    }

    private int indexIn(String text, int from) {
        int last = text.length() - query.length();
        char first = query.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        char firstLower = Character.toLowerCase(first);
        for (int i = from; i <= last; i++) {
            char c = text.charAt(i);
            if ((c == first || c == firstUpper || c == firstLower)
                    && text.regionMatches(true, i, query, 0, query.length())) {
                return i;
            }
        }
        return -1;
    }
}
