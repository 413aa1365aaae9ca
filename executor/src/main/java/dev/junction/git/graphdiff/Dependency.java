package dev.junction.git.graphdiff;

import java.util.Objects;

/**
 * An edge of the workflow graph: {@code step} needs {@code needs}.
 *
 * @param step the step that waits
 * @param needs the step it waits for
 */
public record Dependency(String step, String needs) {
    public Dependency {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(needs, "needs");
    }

    @Override
    public String toString() {
        return step + " -> " + needs;
    }
}
