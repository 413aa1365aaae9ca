package dev.junction.designer.canvas;

import dev.junction.workflow.edit.StepSection;
import dev.junction.workflow.edit.TemplateRenames;
import dev.junction.workflow.edit.WorkflowText;
import dev.junction.workflow.source.InvalidDefinitionException;
import dev.junction.workflow.source.YamlNode;
import dev.junction.workflow.source.YamlValues;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Steps on the clipboard, as YAML: copying takes each step's own lines from the file (comments inside it too),
 * moved to the left margin, so the clipboard reads like the part of a workflow under {@code steps:} and can be
 * pasted into a text editor as well. Pasting accepts that, or a whole workflow (its {@code steps:} are taken).
 */
final class StepCopies {

    /** A step to add: its id in the clipboard, the free id it gets, and its fields (needs already renamed). */
    record Pasted(String originalId, String id, Map<String, Object> fields) {}

    private StepCopies() {}

    /** The YAML of the given steps, in file order. */
    static String copyText(WorkflowText text, List<String> ids) {
        StringBuilder out = new StringBuilder();
        Set<String> wanted = Set.copyOf(ids);
        if (!(text.root().orElse(null) instanceof YamlNode.Mapping root)) {
            return "";
        }
        for (StepSection section : StepSection.values()) {
            if (!(root.get(section.key()).orElse(null) instanceof YamlNode.Mapping steps)) {
                continue;
            }
            for (YamlNode.Entry entry : steps.entries()) {
                if (wanted.contains(entry.key().value())) {
                    out.append(dedent(text.text(), entry)).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String dedent(String text, YamlNode.Entry entry) {
        int start = entry.key().location().offset();
        int end = Math.min(text.length(), Math.max(start, entry.value().endOffset()));
        int indent = entry.key().location().column() - 1;
        String prefix = " ".repeat(indent);
        StringBuilder out = new StringBuilder();
        for (String line : text.substring(start, end).split("\\R", -1)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(!out.isEmpty() && line.startsWith(prefix) ? line.substring(indent) : line);
        }
        return out.toString().stripTrailing();
    }

    /**
     * Reads steps from clipboard text and gives each a free id. Needs and template references ({@code steps.<id>})
     * between pasted steps follow their new ids; needs of steps outside the clipboard are kept when the workflow
     * has them, dropped otherwise, and references to them are left as they are.
     *
     * @param existing the ids the workflow already has
     * @throws IllegalArgumentException when the text holds no steps (with a message for the user)
     */
    static List<Pasted> parse(String clipboard, Set<String> existing) {
        YamlNode.Mapping steps = stepsOf(clipboard);
        Set<String> taken = new HashSet<>(existing);
        Map<String, String> renamed = new LinkedHashMap<>();
        for (YamlNode.Entry e : steps.entries()) {
            String id = StepIds.free(e.key().value(), taken);
            taken.add(id);
            renamed.putIfAbsent(e.key().value(), id);
        }
        List<Pasted> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlNode.Entry e : steps.entries()) {
            String original = e.key().value();
            if (!seen.add(original)) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = new LinkedHashMap<>((Map<String, Object>) withRenamedReferences(
                    YamlValues.toJava(e.value()), renamed));
            Object needs = fields.get("needs");
            if (needs != null) {
                List<String> kept = new ArrayList<>();
                for (Object n : needs instanceof List<?> l ? l : List.of(needs)) {
                    String need = String.valueOf(n);
                    String target = renamed.containsKey(need) ? renamed.get(need) : existing.contains(need) ? need : null;
                    if (target != null && !kept.contains(target)) {
                        kept.add(target);
                    }
                }
                if (kept.isEmpty()) {
                    fields.remove("needs");
                } else {
                    fields.put("needs", kept);
                }
            }
            result.add(new Pasted(original, renamed.get(original), fields));
        }
        return result;
    }

    /** {@code value} with every {@code steps.<old>} reference to a pasted step following it to its new id. */
    private static Object withRenamedReferences(Object value, Map<String, String> renamed) {
        return switch (value) {
            case String text -> TemplateRenames.renameSteps(text, renamed);
            case Map<?, ?> map -> {
                Map<Object, Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(k, withRenamedReferences(v, renamed)));
                yield copy;
            }
            case List<?> list -> list.stream().map(v -> withRenamedReferences(v, renamed)).toList();
            case null, default -> value;
        };
    }

    private static YamlNode.Mapping stepsOf(String clipboard) {
        WorkflowText text;
        try {
            text = WorkflowText.parse(clipboard == null ? "" : clipboard);
        } catch (InvalidDefinitionException e) {
            throw new IllegalArgumentException("the clipboard does not hold steps (it is not YAML)");
        }
        YamlNode root = text.root().orElse(null);
        if (root instanceof YamlNode.Mapping m && m.get("steps").orElse(null) instanceof YamlNode.Mapping steps) {
            root = steps; // a whole workflow: take its steps
        }
        if (!(root instanceof YamlNode.Mapping m) || m.entries().isEmpty()
                || !m.entries().stream().allMatch(e -> e.value() instanceof YamlNode.Mapping)) {
            throw new IllegalArgumentException("the clipboard does not hold steps (expected 'id:' followed by the"
                    + " step's keys)");
        }
        return m;
    }
}
