package dev.junction.designer.console;

import dev.junction.run.LogLine;
import java.time.Instant;

/**
 * One row of the console: a log line of the run on display, or the marker that stands for lines dropped to
 * bound memory.
 *
 * @param text  the line as written, escape sequences included
 * @param plain the line as it reads (no escape sequences); what search and copy use
 */
public record LogEntry(long seq, String stepKey, LogLine.Stream stream, Instant time, String text, String plain,
                       boolean marker) {

    public static LogEntry of(LogLine line) {
        String text = line.text() == null ? "" : line.text();
        return new LogEntry(line.seq(), line.stepKey() == null ? "" : line.stepKey(), line.stream(), line.time(), text,
                AnsiText.strip(text), false);
    }

    static LogEntry dropped(long count) {
        String text = String.format("⋯ %,d earlier lines dropped to keep memory bounded", count);
        return new LogEntry(-1, "", LogLine.Stream.SYSTEM, null, text, text, true);
    }

    /** The step id the line belongs to: the key without its {@code [instance]} label. */
    public String stepId() {
        return stepIdOf(stepKey);
    }

    static String stepIdOf(String stepKey) {
        int bracket = stepKey.indexOf('[');
        return bracket < 0 ? stepKey : stepKey.substring(0, bracket);
    }
}
