package dev.junction.run;

import java.time.Instant;

/**
 * One line a step wrote, already masked (secrets replaced by {@code ***}).
 *
 * @param seq the line's position within its run, increasing in emission order
 */
public record LogLine(String runId, String stepKey, long seq, Instant time, Stream stream, String text) {

    /** Where a line came from: the step's stdout, its stderr, or Junction itself. */
    public enum Stream {
        OUT, ERR, SYSTEM;

        public String label() {
            return name().toLowerCase();
        }
    }
}
