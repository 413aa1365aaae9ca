package dev.junction.run;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** One line of run history. {@code finishedAt} and {@code duration} are null while the run is going. */
public record RunSummary(String runId, String workflow, RunStatus status, String trigger, Instant startedAt,
                         Instant finishedAt, Duration duration, Map<String, Object> inputs, String error,
                         String definitionRevision) {
    public RunSummary {
        inputs = inputs == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputs));
        error = error == null ? "" : error;
        definitionRevision = definitionRevision == null ? "" : definitionRevision;
    }
}
