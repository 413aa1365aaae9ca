package dev.junction.workflow.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Renames template references to steps inside a plain value (not a document), for steps copied under new ids:
 * {@code {{ steps.a.outputs.x }}} becomes {@code {{ steps.a-2.outputs.x }}} when {@code a} was pasted as {@code a-2}.
 */
public final class TemplateRenames {

    private TemplateRenames() {}

    /**
     * @param renames old id → new id; all are renamed at once, so a new id that is another step's old id is not
     *                renamed a second time
     */
    public static String renameSteps(String text, Map<String, String> renames) {
        record Hit(int offset, int length, String replacement) {}
        List<Hit> hits = new ArrayList<>();
        renames.forEach((oldId, newId) -> {
            if (!oldId.equals(newId)) {
                new ContextReferences("steps", oldId, false).idOffsets(text)
                        .forEach(offset -> hits.add(new Hit(offset, oldId.length(), newId)));
            }
        });
        if (hits.isEmpty()) {
            return text;
        }
        hits.sort(Comparator.comparingInt(Hit::offset).reversed());
        StringBuilder out = new StringBuilder(text);
        hits.forEach(h -> out.replace(h.offset(), h.offset() + h.length(), h.replacement()));
        return out.toString();
    }
}
