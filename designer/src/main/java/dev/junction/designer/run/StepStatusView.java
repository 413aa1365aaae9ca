package dev.junction.designer.run;

import dev.junction.run.StepStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * What a step card shows about the run on display: its status, when it started (for a live elapsed time),
 * how long it took once finished, and the attempt. For foreach/matrix steps it sums up all instances.
 */
public record StepStatusView(StepStatus status, Instant startedAt, Duration duration, int attempt, String error) {
    public StepStatusView {
        error = error == null ? "" : error;
    }
}
