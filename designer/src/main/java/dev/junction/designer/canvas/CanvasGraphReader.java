package dev.junction.designer.canvas;

import dev.junction.workflow.Workflow;
import dev.junction.workflow.edit.StepSection;
import dev.junction.workflow.edit.WorkflowText;
import dev.junction.workflow.source.YamlNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the diagram from a parsed workflow text. Linear in the size of the text: steps are read from their
 * section's map directly (no lookup by id per step), so 1,000 steps cost a few milliseconds.
 */
final class CanvasGraphReader {

    private final Set<String> kindKeys;
    private final StepSummaries summaries;

    CanvasGraphReader(Set<String> kindKeys, StepSummaries summaries) {
        this.kindKeys = Set.copyOf(kindKeys);
        this.summaries = summaries;
    }

    CanvasGraph read(WorkflowText text) {
        Map<String, StepNode> steps = new LinkedHashMap<>();
        for (StepSection section : StepSection.values()) {
            for (YamlNode.Entry entry : entries(text, section)) {
                String id = entry.key().value();
                if (!steps.containsKey(id)) { // a duplicate id is a problem the loader reports; draw the first
                    steps.put(id, node(text, section, entry));
                }
            }
        }
        return CanvasGraph.of(steps);
    }

    /** Each step's source text (key to end of value), for {@link StepSummaries}. */
    Map<String, String> sources(WorkflowText text) {
        Map<String, String> sources = new HashMap<>();
        for (StepSection section : StepSection.values()) {
            for (YamlNode.Entry entry : entries(text, section)) {
                sources.putIfAbsent(entry.key().value(), source(text, entry));
            }
        }
        return sources;
    }

    void learn(Workflow workflow, WorkflowText text) {
        summaries.learn(workflow, sources(text));
    }

    private StepNode node(WorkflowText text, StepSection section, YamlNode.Entry entry) {
        String id = entry.key().value();
        if (!(entry.value() instanceof YamlNode.Mapping step)) {
            return new StepNode(id, section, "", "", "a step must be a map of keys", StepNode.Repeat.ONCE, List.of());
        }
        String kind = step.entries().stream().map(e -> e.key().value()).filter(kindKeys::contains).findFirst().orElse("");
        String name = step.get("name").orElse(null) instanceof YamlNode.Scalar s && !s.isNull() ? s.value() : "";
        StepNode.Repeat repeat = step.get("foreach").isPresent() ? StepNode.Repeat.FOREACH
                : step.get("matrix").isPresent() ? StepNode.Repeat.MATRIX : StepNode.Repeat.ONCE;
        String summary = summaries.summary(id, source(text, entry), step, kind);
        return new StepNode(id, section, kind, name, summary, repeat, needs(step.get("needs")));
    }

    private static List<String> needs(Optional<YamlNode> node) {
        List<String> ids = new ArrayList<>();
        switch (node.orElse(null)) {
            case YamlNode.Scalar s when !s.isNull() -> ids.add(s.value());
            case YamlNode.Sequence seq -> seq.items().forEach(i -> {
                if (i instanceof YamlNode.Scalar s && !s.isNull()) {
                    ids.add(s.value());
                }
            });
            case null, default -> { }
        }
        return ids;
    }

    private static List<YamlNode.Entry> entries(WorkflowText text, StepSection section) {
        return text.root().orElse(null) instanceof YamlNode.Mapping root
                && root.get(section.key()).orElse(null) instanceof YamlNode.Mapping steps ? steps.entries() : List.of();
    }

    private static String source(WorkflowText text, YamlNode.Entry entry) {
        int start = entry.key().location().offset();
        int end = Math.max(start, entry.value().endOffset());
        return text.text().substring(start, Math.min(end, text.text().length()));
    }
}
