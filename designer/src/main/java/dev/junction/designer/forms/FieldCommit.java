package dev.junction.designer.forms;

import java.util.List;

/**
 * A value the user finished editing (Enter, focus left the field, a toggle or choice): what a form's owner
 * writes to its document. Only valid values are committed.
 *
 * @param path  the property names from the form's top, e.g. {@code [timeout]} or {@code [http, url]}
 * @param value the typed value (String, Long, Double, Boolean, List, Map) or null when the field was cleared
 */
public record FieldCommit(List<String> path, Object value) {
    public FieldCommit {
        path = List.copyOf(path);
    }

    public String name() {
        return path.getLast();
    }
}
