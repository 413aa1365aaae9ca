package dev.junction.designer.timeline;

import dev.junction.run.StepStatus;
import java.time.Instant;

/**
 * What the timeline knows of one step or instance of a run.
 *
 * @param key    the step id, or the instance key ({@code test[jdk=21]}) of a foreach/matrix instance
 * @param start  when it started, or null when it never ran (queued, skipped, reused)
 * @param end    when it finished, or null while it runs or before it starts
 */
public record TimelineSpan(String key, String stepId, StepStatus status, Instant start, Instant end, int attempt,
                           String error) {
    public TimelineSpan {
        error = error == null ? "" : error;
    }

    public boolean isInstance() {
        return !key.equals(stepId);
    }
}
