package dev.junction.designer.actions;

import java.util.Locale;

/**
 * Command-palette matching: every character of the query must appear in the text in order (case
 * insensitive), and matches score higher when they are consecutive, start a word, or start the text.
 * "rsf" finds "Run Selected step From…", "tidy" finds "Tidy Layout".
 *
 * <p>Hand-written on purpose: the few Java fuzzy libraries rank by edit distance, which orders a palette
 * badly (a short unrelated label beats the one whose initials were typed). This is the subsequence scoring
 * editors' palettes use, in a few lines.
 */
public final class FuzzyMatch {

    /** The score of a non-match. */
    public static final int NO_MATCH = Integer.MIN_VALUE;

    private FuzzyMatch() {}

    /**
     * @return {@link #NO_MATCH} when {@code query} is not a subsequence of {@code text}; otherwise a score,
     *         higher for better matches; an empty query matches everything with score 0
     */
    public static int score(String query, String text) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return 0;
        }
        String t = text.toLowerCase(Locale.ROOT);
        int score = 0;
        int ti = 0;
        int previous = -2;
        for (int qi = 0; qi < q.length(); qi++) {
            char c = q.charAt(qi);
            if (c == ' ') {
                continue; // spaces in the query separate words; they need not match a space
            }
            int found = t.indexOf(c, ti);
            if (found < 0) {
                return NO_MATCH;
            }
            // prefer the start of a later word over a letter in the middle of this one
            int wordStart = nextWordStart(t, c, ti);
            if (wordStart >= 0 && found != previous + 1 && isSubsequence(q, qi + 1, t, wordStart + 1)) {
                found = wordStart;
            }
            score += 1;
            if (found == previous + 1) {
                score += 5; // consecutive
            }
            if (found == 0) {
                score += 8;
            } else if (!Character.isLetterOrDigit(t.charAt(found - 1))) {
                score += 6; // start of a word
            }
            score -= Math.min(found - ti, 5) / 2; // gaps cost a little
            previous = found;
            ti = found + 1;
        }
        return score - text.length() / 10; // among equals, shorter labels first
    }

    private static boolean isSubsequence(String q, int qi, String t, int ti) {
        for (; qi < q.length(); qi++) {
            char c = q.charAt(qi);
            if (c == ' ') {
                continue;
            }
            ti = t.indexOf(c, ti) + 1;
            if (ti == 0) {
                return false;
            }
        }
        return true;
    }

    private static int nextWordStart(String t, char c, int from) {
        for (int i = Math.max(from, 0); i < t.length(); i++) {
            if (t.charAt(i) == c && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }
}
