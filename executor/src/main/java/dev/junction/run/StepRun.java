package dev.junction.run;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The stored result of one step (or instance) in a run, with its attempts. */
public record StepRun(String stepKey, String stepId, StepStatus status, Instant startedAt, Instant finishedAt,
                      Duration duration, Integer exitCode, Map<String, Object> outputs, String error, boolean reused,
                      List<Attempt> attempts) {

    public StepRun {
        outputs = outputs == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outputs));
        error = error == null ? "" : error;
        attempts = List.copyOf(attempts);
    }

    /** One try of a step. {@code status} is null while it runs. */
    public record Attempt(int number, Instant startedAt, Instant finishedAt, StepStatus status, Integer exitCode,
                          String error) {}
}
