package dev.junction.workflow;

import java.util.Objects;

/**
 * What a step does: the kind (the YAML key that chose it, e.g. {@code run}, {@code http}) and the kind's
 * own configuration record, as parsed by that kind's {@link dev.junction.steps.StepKind}.
 */
public record StepSpec(String kind, Object config) {
    public StepSpec {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(config);
    }
}
