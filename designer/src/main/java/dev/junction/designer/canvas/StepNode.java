package dev.junction.designer.canvas;

import dev.junction.workflow.edit.StepSection;
import java.util.List;
import java.util.Objects;

/**
 * What one step card shows, read from the document: equal values draw the same card, so the canvas rebuilds a
 * card only when this record changes.
 *
 * @param kind    the kind key ({@code run}, {@code http}, …) or empty when the step has none yet
 * @param name    the step's {@code name:}, or empty
 * @param summary one line about what it does
 * @param needs   the ids it needs, as written
 */
public record StepNode(String id, StepSection section, String kind, String name, String summary, Repeat repeat,
                       List<String> needs) {

    /** Whether the step runs once per item ({@code foreach}) or per combination ({@code matrix}). */
    public enum Repeat { ONCE, FOREACH, MATRIX }

    public StepNode {
        Objects.requireNonNull(id);
        Objects.requireNonNull(section);
        kind = kind == null ? "" : kind;
        name = name == null ? "" : name;
        summary = summary == null ? "" : summary;
        repeat = repeat == null ? Repeat.ONCE : repeat;
        needs = List.copyOf(needs);
    }
}
