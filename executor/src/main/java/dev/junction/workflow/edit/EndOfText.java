package dev.junction.workflow.edit;

import dev.junction.workflow.source.YamlNode;
import java.util.List;

/**
 * A literal or folded scalar ({@code |}, {@code >}) with clip chomping reads differently at the very end of a
 * text without final line break (its value loses the final {@code \n}). This class keeps such values intact when
 * lines are added after, or removed from after, the end of a text like that.
 */
final class EndOfText {

    private final SourceText src;
    private final YamlNode root;
    private final NodeSpans spans;

    /** @param root the document's root, null when it has none */
    EndOfText(SourceText src, YamlNode root, NodeSpans spans) {
        this.src = src;
        this.root = root;
        this.spans = spans;
    }

    /**
     * An insertion; when it goes after the last line of a text without final line break, a literal or folded
     * scalar that ended the text gets an explicit strip indicator: at the end of the text it read without its
     * final line break, and followed by more lines it would otherwise gain one.
     */
    List<TextEdit> appended(TextEdit insertion) {
        if (insertion.offset() != src.length() || src.hasLineBreak(src.lineCount() - 1) || root == null) {
            return List.of(insertion);
        }
        YamlNode last = lastNode(root);
        if (last instanceof YamlNode.Scalar s && spans.end(s) == src.length()
                && (spans.style(s) == ScalarStyle.LITERAL || spans.style(s) == ScalarStyle.FOLDED)) {
            String indicators = blockIndicators(s);
            if (!indicators.contains("-") && !indicators.contains("+")) {
                return List.of(TextEdit.insert(spans.contentStart(s) + 1, "-"), insertion);
            }
        }
        return List.of(insertion);
    }

    /** The node whose text comes last, following last entries and items; null past an alias. */
    private YamlNode lastNode(YamlNode node) {
        YamlNode current = node;
        while (true) {
            switch (current) {
                case YamlNode.Mapping m when !m.entries().isEmpty() && !spans.isFlow(m) -> {
                    if (spans.isAlias(m.entries().getLast())) {
                        return null;
                    }
                    current = m.entries().getLast().value();
                }
                case YamlNode.Sequence q when !q.items().isEmpty() && !spans.isFlow(q) -> {
                    if (spans.items(q).getLast().start() != q.items().getLast().location().offset()) {
                        return null;
                    }
                    current = q.items().getLast();
                }
                default -> {
                    return current;
                }
            }
        }
    }

    /** Does the node's text end with a literal or folded scalar whose value depends on the line break after it? */
    boolean endsWithBlockScalar(YamlNode node) {
        return lastNode(node) instanceof YamlNode.Scalar s
                && (spans.style(s) == ScalarStyle.LITERAL || spans.style(s) == ScalarStyle.FOLDED)
                && !blockIndicators(s).contains("-");
    }

    /** The chomping and indentation indicators after a block scalar's {@code |} or {@code >}. */
    private String blockIndicators(YamlNode.Scalar s) {
        int header = spans.contentStart(s) + 1;
        int i = header;
        while (i < src.length() && "+-0123456789".indexOf(src.charAt(i)) >= 0) {
            i++;
        }
        return src.slice(header, i);
    }
}
