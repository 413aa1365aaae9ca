package dev.junction.workflow.source;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them in workflow files: {@code 90s}, {@code 15m}, {@code 1h30m}, {@code 500ms},
 * {@code 2d}, or a bare number of seconds. ISO-8601 ({@code PT15M}) is accepted too.
 */
public final class Durations {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|d|h|m|s)");
    private static final Pattern WHOLE = Pattern.compile("(?:\\d+(?:\\.\\d+)?(?:ms|d|h|m|s))+");

    private Durations() {}

    public static Optional<Duration> parse(String text) {
        String s = text.trim().toLowerCase().replace(" ", "");
        if (s.matches("\\d+")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(s)));
        }
        if (s.startsWith("pt") || s.startsWith("p")) {
            try {
                return Optional.of(Duration.parse(s.toUpperCase()));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
        if (!WHOLE.matcher(s).matches()) {
            return Optional.empty();
        }
        Duration total = Duration.ZERO;
        Matcher m = PART.matcher(s);
        while (m.find()) {
            double amount = Double.parseDouble(m.group(1));
            long millis = switch (m.group(2)) {
                case "ms" -> Math.round(amount);
                case "s" -> Math.round(amount * 1_000);
                case "m" -> Math.round(amount * 60_000);
                case "h" -> Math.round(amount * 3_600_000);
                default -> Math.round(amount * 86_400_000);
            };
            total = total.plusMillis(millis);
        }
        return Optional.of(total);
    }

    /** The shortest of the accepted forms: {@code 1h30m}, {@code 45s}, {@code 250ms}. */
    public static String format(Duration d) {
        if (d.isZero()) {
            return "0s";
        }
        StringBuilder sb = new StringBuilder();
        long days = d.toDays();
        if (days > 0) {
            sb.append(days).append('d');
        }
        if (d.toHoursPart() > 0) {
            sb.append(d.toHoursPart()).append('h');
        }
        if (d.toMinutesPart() > 0) {
            sb.append(d.toMinutesPart()).append('m');
        }
        if (d.toSecondsPart() > 0) {
            sb.append(d.toSecondsPart()).append('s');
        }
        if (d.toMillisPart() > 0) {
            sb.append(d.toMillisPart()).append("ms");
        }
        return sb.toString();
    }
}
