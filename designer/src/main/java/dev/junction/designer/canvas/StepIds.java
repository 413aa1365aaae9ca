package dev.junction.designer.canvas;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** New step ids that are free: {@code step-3} for new steps, {@code build-2} for a copy of {@code build}. */
final class StepIds {

    private static final Pattern NUMBERED = Pattern.compile("(.*?)-(\\d+)");

    private StepIds() {}

    /** The first {@code step-N} (N from the number of steps + 1) that no step uses. */
    static String next(Set<String> taken) {
        return next("step", taken.size() + 1, taken);
    }

    /** {@code base} itself when free, else {@code base-2}, {@code base-3}, … ({@code build-2} copies to {@code build-3}). */
    static String free(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        Matcher m = NUMBERED.matcher(base);
        if (m.matches() && !m.group(1).isEmpty() && m.group(2).length() < 9) {
            return next(m.group(1), Integer.parseInt(m.group(2)) + 1, taken);
        }
        return next(base, 2, taken);
    }

    private static String next(String prefix, int from, Set<String> taken) {
        for (int n = Math.max(1, from); ; n++) {
            String id = prefix + "-" + n;
            if (!taken.contains(id)) {
                return id;
            }
        }
    }
}
