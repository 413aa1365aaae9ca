package dev.junction.designer.timeline;

import java.time.Duration;
import java.util.Locale;

/** Durations as the run views print them: "850 ms", "4.2 s", "3 m 05 s", "1 h 02 m". */
public final class Durations {

    private Durations() {}

    public static String format(Duration duration) {
        if (duration == null) {
            return "";
        }
        long ms = Math.max(0, duration.toMillis());
        if (ms < 1_000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return String.format(Locale.ROOT, ms < 10_000 ? "%.1f s" : "%.0f s", ms / 1000.0);
        }
        long s = ms / 1000;
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d m %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d m", s / 3600, (s % 3600) / 60);
    }
}
