package dev.junction.workflow.edit;

import dev.junction.workflow.edit.NodeSpans.Item;
import dev.junction.workflow.edit.YamlEditor.MapPlace;
import dev.junction.workflow.source.YamlNode;
import dev.junction.workflow.source.YamlValues;
import java.util.ArrayList;
import java.util.List;

/** The edits to one step's {@code needs}, in whichever of its three forms it is written. */
final class Needs {

    private static final String KEY = "needs";

    private final StepRef step;
    private final NodeSpans spans;
    private final YamlEditor editor;

    Needs(StepRef step, NodeSpans spans, YamlEditor editor) {
        this.step = step;
        this.spans = spans;
        this.editor = editor;
    }

    /** The ids in a {@code needs} value: a single id, or the scalar items of a list. */
    static List<String> ids(YamlNode needs) {
        return switch (needs) {
            case YamlNode.Scalar s when !s.isNull() -> List.of(s.value());
            case YamlNode.Sequence q -> q.items().stream()
                    .filter(i -> i instanceof YamlNode.Scalar s && !s.isNull())
                    .map(i -> ((YamlNode.Scalar) i).value())
                    .toList();
            default -> List.of();
        };
    }

    List<TextEdit> add(String target) {
        if (step.entry().value() instanceof YamlNode.Scalar s && s.isNull()) {
            return editor.set(step.steps(), List.of(step.id(), KEY), List.of(target), List.of(KeyOrder.APPEND, KeyOrder.STEP));
        }
        MapPlace place = place();
        YamlNode.Entry entry = place.map().entry(KEY).orElse(null);
        if (entry == null || (entry.value() instanceof YamlNode.Scalar s && s.isNull())) {
            return editor.set(place, List.of(KEY), List.of(target), List.of(KeyOrder.STEP));
        }
        List<String> current = ids(entry.value());
        if (current.contains(target)) {
            return List.of();
        }
        if (entry.value() instanceof YamlNode.Mapping) {
            throw new WorkflowEditException("needs of step '" + step.id() + "' at " + entry.key().location()
                    + " is a map; it must be a step id or a list of them");
        }
        if (entry.value() instanceof YamlNode.Sequence && !spans.isAlias(entry)) {
            return editor.appendItem(place, entry, target);
        }
        List<String> all = new ArrayList<>(current);
        all.add(target);
        return editor.replaceValue(place, entry, all);
    }

    /** Removes every mention of {@code target}; the key goes when nothing else is left. */
    List<TextEdit> remove(String target) {
        if (!(step.entry().value() instanceof YamlNode.Mapping)) {
            return List.of();
        }
        MapPlace place = place();
        YamlNode.Entry entry = place.map().entry(KEY).orElse(null);
        if (entry == null || !ids(entry.value()).contains(target)) {
            return List.of();
        }
        if (!(entry.value() instanceof YamlNode.Sequence seq)) {
            return editor.removeEntry(place, entry);
        }
        List<Object> kept = new ArrayList<>();
        List<Integer> matches = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            YamlNode item = seq.items().get(i);
            if (item instanceof YamlNode.Scalar s && !s.isNull() && s.value().equals(target)) {
                matches.add(i);
            } else {
                kept.add(YamlValues.toJava(item));
            }
        }
        if (kept.isEmpty()) {
            return editor.removeEntry(place, entry);
        }
        if (matches.size() == 1 && !spans.isAlias(entry)) {
            return editor.removeItem(place, entry, matches.getFirst());
        }
        return editor.replaceValue(place, entry, kept);
    }

    /** Renames {@code oldId} where the needs name it, recording the offsets of the scalars it rewrote. */
    List<TextEdit> rename(String oldId, String newId, List<Integer> renamedScalars) {
        if (!(step.entry().value() instanceof YamlNode.Mapping)) {
            return List.of();
        }
        MapPlace place = place();
        YamlNode.Entry entry = place.map().entry(KEY).orElse(null);
        if (entry == null || spans.isAlias(entry)) {
            return List.of();
        }
        SourceText src = spans.source();
        List<TextEdit> edits = new ArrayList<>();
        int keyColumn = src.column(entry.key().location().offset());
        if (entry.value() instanceof YamlNode.Scalar s && s.value().equals(oldId) && !s.isNull()) {
            edits.add(editor.replaceScalar(s, newId, spans.isFlow(place.map()), keyColumn));
            renamedScalars.add(s.location().offset());
        } else if (entry.value() instanceof YamlNode.Sequence seq) {
            List<Item> items = spans.items(seq);
            for (int i = 0; i < items.size(); i++) {
                YamlNode node = seq.items().get(i);
                boolean alias = items.get(i).start() != node.location().offset();
                if (!alias && node instanceof YamlNode.Scalar s && s.value().equals(oldId) && !s.isNull()) {
                    int column = items.get(i).dash() >= 0 ? src.column(items.get(i).dash()) : keyColumn;
                    edits.add(editor.replaceScalar(s, newId, spans.isFlow(seq), column));
                    renamedScalars.add(s.location().offset());
                }
            }
        }
        return edits;
    }

    private MapPlace place() {
        if (step.entry().value() instanceof YamlNode.Mapping map) {
            return new MapPlace(map, step.steps(), step.entry());
        }
        throw new WorkflowEditException("step '" + step.id() + "' at " + step.entry().key().location() + " is "
                + step.entry().value().describe() + ", not a map of fields");
    }
}
