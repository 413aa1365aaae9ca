package dev.junction.workflow.edit;

import dev.junction.workflow.edit.YamlEditor.MapPlace;
import dev.junction.workflow.source.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A step of a document: its section's map, and the step's entry in it. */
record StepRef(StepSection section, MapPlace steps, YamlNode.Entry entry) {

    String id() {
        return entry.key().value();
    }

    /** Every step, {@code steps:} first, then {@code on-failure:}; sections that are not maps have none. */
    static List<StepRef> all(YamlNode root, NodeSpans spans) {
        List<StepRef> refs = new ArrayList<>();
        if (!(root instanceof YamlNode.Mapping top)) {
            return refs;
        }
        MapPlace rootPlace = new MapPlace(top, null, null);
        for (StepSection section : StepSection.values()) {
            top.entry(section.key()).ifPresent(sectionEntry -> {
                if (sectionEntry.value() instanceof YamlNode.Mapping steps && !spans.isAlias(sectionEntry)) {
                    MapPlace place = new MapPlace(steps, rootPlace, sectionEntry);
                    steps.entries().forEach(e -> refs.add(new StepRef(section, place, e)));
                }
            });
        }
        return refs;
    }

    static Optional<StepRef> find(YamlNode root, NodeSpans spans, String id) {
        return all(root, spans).stream().filter(ref -> ref.id().equals(id)).findFirst();
    }
}
