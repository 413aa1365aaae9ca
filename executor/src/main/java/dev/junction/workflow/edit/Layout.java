package dev.junction.workflow.edit;

import dev.junction.workflow.source.YamlNode;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How a document indents, so that new text looks like the old: the indentation unit of nested maps, how far a
 * block list's dashes sit right of their key ({@code 0} for {@code key:\n- a}), and the line break.
 */
record Layout(int unit, int sequenceIndent, String lineBreak) {

    static final Layout DEFAULT = new Layout(2, 2, "\n");

    /** The most frequent indentation in the document; the defaults (2, 2, \n) where it shows none. */
    static Layout detect(NodeSpans spans, Optional<YamlNode> root) {
        Map<Integer, Integer> units = new TreeMap<>();
        Map<Integer, Integer> sequenceIndents = new TreeMap<>();
        root.ifPresent(r -> count(r, spans, units, sequenceIndents, 0));
        int unit = mostFrequent(units, 1, DEFAULT.unit());
        return new Layout(unit, mostFrequent(sequenceIndents, 0, unit), spans.source().lineBreak());
    }

    private static void count(YamlNode node, NodeSpans spans, Map<Integer, Integer> units,
                              Map<Integer, Integer> sequenceIndents, int depth) {
        if (depth > 64) {
            return; // aliases may repeat subtrees; the first levels tell the style
        }
        SourceText src = spans.source();
        switch (node) {
            case YamlNode.Mapping m -> {
                for (YamlNode.Entry e : m.entries()) {
                    if (spans.isAlias(e)) {
                        continue;
                    }
                    int keyOffset = e.key().location().offset();
                    int child = spans.contentStart(e.value());
                    boolean block = !spans.isFlow(e.value()) && src.startsLine(keyOffset)
                            && src.lineOf(child) > src.lineOf(keyOffset);
                    if (block && e.value() instanceof YamlNode.Mapping) {
                        units.merge(src.column(child) - src.column(keyOffset), 1, Integer::sum);
                    } else if (block && e.value() instanceof YamlNode.Sequence) {
                        sequenceIndents.merge(src.column(child) - src.column(keyOffset), 1, Integer::sum);
                    }
                    count(e.value(), spans, units, sequenceIndents, depth + 1);
                }
            }
            case YamlNode.Sequence q -> q.items().forEach(i -> count(i, spans, units, sequenceIndents, depth + 1));
            case YamlNode.Scalar s -> { }
        }
    }

    /** The value seen most often, at least {@code min}; on a tie the smaller one. */
    private static int mostFrequent(Map<Integer, Integer> counts, int min, int fallback) {
        int best = fallback;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) { // ascending keys: ties keep the smaller
            if (e.getKey() >= min && e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }
}
