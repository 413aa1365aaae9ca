package dev.junction.workflow.edit;

import dev.junction.workflow.edit.NodeSpans.Item;
import dev.junction.workflow.source.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The edits that rename template references to a step or an input in every value of a document. Where the reference is
 * written in the text as it reads (the usual case) only the id's characters change; where escapes or line folding
 * make the text differ from the value, the whole scalar is rewritten in its style.
 */
final class ReferenceRenamer {

    private final NodeSpans spans;
    private final YamlEditor editor;
    private final String oldId;
    private final String newId;
    private final ContextReferences references;
    private final ContextReferences escapedReferences;
    private final Set<Integer> visited;

    /**
     * @param context {@code steps} or {@code inputs}
     * @param skip    offsets of scalars already rewritten (the needs entries)
     */
    ReferenceRenamer(NodeSpans spans, YamlEditor editor, String context, String oldId, String newId, List<Integer> skip) {
        this.spans = spans;
        this.editor = editor;
        this.oldId = oldId;
        this.newId = newId;
        this.references = new ContextReferences(context, oldId, false);
        this.escapedReferences = new ContextReferences(context, oldId, true);
        this.visited = new HashSet<>(skip);
    }

    List<TextEdit> edits(YamlNode root) {
        List<TextEdit> edits = new ArrayList<>();
        if (root != null) {
            visit(root, false, 0, edits);
        }
        return edits;
    }

    private void visit(YamlNode node, boolean inFlow, int ownerColumn, List<TextEdit> edits) {
        SourceText src = spans.source();
        switch (node) {
            case YamlNode.Scalar s -> rename(s, inFlow, ownerColumn, edits);
            case YamlNode.Mapping m -> {
                for (YamlNode.Entry e : m.entries()) {
                    if (!spans.isAlias(e)) { // an alias's node is its anchor's, visited there
                        visit(e.value(), spans.isFlow(m), src.column(e.key().location().offset()), edits);
                    }
                }
            }
            case YamlNode.Sequence q -> {
                List<Item> items = spans.items(q);
                for (int i = 0; i < items.size(); i++) {
                    YamlNode item = q.items().get(i);
                    if (items.get(i).start() == item.location().offset()) {
                        visit(item, spans.isFlow(q), items.get(i).dash() >= 0 ? src.column(items.get(i).dash()) : 0, edits);
                    }
                }
            }
        }
    }

    private void rename(YamlNode.Scalar s, boolean inFlow, int ownerColumn, List<TextEdit> edits) {
        if (s.type() != YamlNode.ScalarType.STRING || !visited.add(s.location().offset())) {
            return;
        }
        List<Integer> inValue = references.idOffsets(s.value());
        if (inValue.isEmpty()) {
            return;
        }
        int start = spans.contentStart(s);
        ContextReferences inTextReferences = spans.style(s) == ScalarStyle.DOUBLE_QUOTED ? escapedReferences : references;
        List<Integer> inText = inTextReferences.idOffsets(spans.source().slice(start, spans.end(s)));
        if (inText.size() == inValue.size()) {
            inText.forEach(offset -> edits.add(new TextEdit(start + offset, oldId.length(), newId)));
        } else {
            edits.add(editor.replaceScalar(s, references.rename(s.value(), oldId, newId), inFlow, ownerColumn));
        }
    }
}
