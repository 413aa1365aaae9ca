package dev.junction.workflow.source;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean …?" for misspelt keys and ids. */
public final class Suggestions {

    private Suggestions() {}

    /** The closest candidate within a small edit distance, if any. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        // about one typo per three letters; a one-letter word has no useful near miss
        int limit = Math.max(1, (word.length() + 1) / 3);
        return candidates.stream()
                .map(c -> new Scored(c, distance(word.toLowerCase(), c.toLowerCase())))
                .filter(s -> s.distance <= limit && s.distance < word.length())
                .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
                .map(Scored::candidate);
    }

    /** A hint sentence: "did you mean 'needs'?" or the list of valid choices. */
    public static String hint(String word, Collection<String> candidates) {
        return closest(word, candidates)
                .map(c -> "did you mean '" + c + "'?")
                .orElseGet(() -> "expected one of: " + String.join(", ", candidates.stream().sorted().toList()));
    }

    private record Scored(String candidate, int distance) {}

    /** Edit distance counting a swap of two neighbours as one edit ("rnu" → "run"): optimal string alignment. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
