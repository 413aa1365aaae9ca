package dev.junction.designer.yaml;

import dev.junction.workflow.edit.StepSection;
import dev.junction.workflow.source.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where each step of a workflow text lies: from the start of its id's line to the end of its value. Used to
 * select the step under the caret or a problem, and to reveal a step in the text. Immutable; thread-safe.
 */
public final class StepRanges {

    /** One step's place: {@code [start, end)} in the text, and where its id is written. */
    public record StepRange(String id, StepSection section, int start, int end, int idOffset, int idLine, int idColumn) {
        public boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    private final List<StepRange> ranges;

    private StepRanges(List<StepRange> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** The steps of a parsed tree (empty when there is none or it is not a map of sections). */
    public static StepRanges of(String text, Optional<YamlNode> root) {
        List<StepRange> ranges = new ArrayList<>();
        if (root.orElse(null) instanceof YamlNode.Mapping top) {
            for (StepSection section : StepSection.values()) {
                if (top.get(section.key()).orElse(null) instanceof YamlNode.Mapping steps) {
                    List<YamlNode.Entry> entries = steps.entries();
                    for (int i = 0; i < entries.size(); i++) {
                        YamlNode.Entry e = entries.get(i);
                        int keyOffset = e.key().location().offset();
                        int end = Math.max(e.value().endOffset(), e.key().endOffset());
                        if (i + 1 < entries.size()) {
                            end = Math.min(end, lineStart(text, entries.get(i + 1).key().location().offset()));
                        }
                        ranges.add(new StepRange(e.key().value(), section, lineStart(text, keyOffset),
                                Math.max(end, keyOffset + 1), keyOffset, e.key().location().line(),
                                e.key().location().column()));
                    }
                }
            }
        }
        return new StepRanges(ranges);
    }

    public List<StepRange> all() {
        return ranges;
    }

    /** The step whose lines hold {@code offset}; a step's last line counts up to its line break. */
    public Optional<StepRange> at(int offset) {
        for (StepRange r : ranges) {
            if (r.contains(offset)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public Optional<StepRange> step(String id) {
        return ranges.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private static int lineStart(String text, int offset) {
        int at = Math.min(offset, text.length());
        while (at > 0 && text.charAt(at - 1) != '\n' && text.charAt(at - 1) != '\r') {
            at--;
        }
        return at;
    }
}
