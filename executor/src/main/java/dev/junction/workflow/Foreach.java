package dev.junction.workflow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs a step once per item: either a literal list or a template evaluated when the step becomes ready.
 * Exactly one of {@code items} and {@code template} is non-null. Items may be null, so the list is a
 * read-only copy rather than {@code List.copyOf}.
 */
public record Foreach(List<Object> items, String template) {
    public Foreach {
        items = items == null ? null : Collections.unmodifiableList(new ArrayList<>(items));
        if ((items == null) == (template == null)) {
            throw new IllegalArgumentException("give items or a template");
        }
    }
}
