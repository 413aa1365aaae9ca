package dev.junction.designer.timeline;

import dev.junction.run.StepStatus;
import java.time.Instant;

/**
 * One row of the Gantt: a step, or one of its foreach/matrix instances (shown indented under it).
 *
 * @param label what the row says: the step id, or the instance's {@code [label]}
 * @param start null when it never ran; {@code end} null while it runs
 */
public record TimelineRow(String key, String label, boolean instance, StepStatus status, Instant start, Instant end,
                          int attempt, String error) {
    public TimelineRow {
        error = error == null ? "" : error;
    }
}
