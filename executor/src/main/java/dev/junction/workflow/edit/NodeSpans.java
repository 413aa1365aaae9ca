package dev.junction.workflow.edit;

import dev.junction.workflow.source.YamlNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Where nodes of a parsed tree lie in the text, more precisely than the parser's marks: SnakeYAML ends a block
 * collection at the next token (after trailing comments and blank lines) and a block scalar after its trailing
 * blank lines, and an alias node carries the position of its anchor. Here every span ends with the node's last
 * character of content, and aliases are found at their own place.
 */
final class NodeSpans {

    /** Characters {@code [start, end)} of a text. */
    record Span(int start, int end) {}

    /** A sequence item; {@code dash} is the offset of its {@code -}, or -1 in a flow sequence. */
    record Item(int dash, int start, int end) {}

    private final SourceText src;

    NodeSpans(SourceText src) {
        this.src = src;
    }

    SourceText source() {
        return src;
    }

    /** The first character of the node's content, past any anchor or tag (and blanks after them). */
    int contentStart(YamlNode node) {
        int i = node.location().offset();
        while (i < node.endOffset() && (src.charAt(i) == '&' || src.charAt(i) == '!')) {
            while (i < src.length() && !Character.isWhitespace(src.charAt(i))) {
                i++;
            }
            i = src.skipBlanksAndComments(i);
        }
        return i;
    }

    /** An anchor ({@code &name}) stands before the content: rewriting the node would drop it. */
    boolean hasAnchor(YamlNode node) {
        int i = node.location().offset();
        while (i < node.endOffset() && (src.charAt(i) == '&' || src.charAt(i) == '!')) {
            if (src.charAt(i) == '&') {
                return true;
            }
            while (i < src.length() && !Character.isWhitespace(src.charAt(i))) {
                i++;
            }
            i = src.skipBlanksAndComments(i);
        }
        return false;
    }

    boolean isFlow(YamlNode node) {
        if (node instanceof YamlNode.Scalar) {
            return false;
        }
        char c = src.charAt(contentStart(node));
        return c == '{' || c == '[';
    }

    boolean isEmptyScalar(YamlNode node) {
        return node instanceof YamlNode.Scalar s && s.location().offset() == s.endOffset();
    }

    ScalarStyle style(YamlNode.Scalar scalar) {
        return isEmptyScalar(scalar) ? ScalarStyle.PLAIN : ScalarStyle.ofIndicator(src.charAt(contentStart(scalar)));
    }

    /** An alias's node is its anchor's node, which lies before the alias's key. */
    boolean isAlias(YamlNode.Entry entry) {
        return entry.value().location().offset() < entry.key().endOffset();
    }

    /** Offset just past the {@code :} after a key. */
    int afterColon(YamlNode.Entry entry) {
        int i = src.skipSpaces(entry.key().endOffset());
        if (src.charAt(i) != ':') {
            throw unsupported(entry.key(), "a key without ':' (an explicit '?' key or a flow key without value)");
        }
        return i + 1;
    }

    Span valueSpan(YamlNode.Entry entry) {
        if (isAlias(entry)) {
            int start = src.skipBlanksAndComments(afterColon(entry));
            return new Span(start, aliasEnd(start));
        }
        return new Span(entry.value().location().offset(), end(entry.value()));
    }

    List<Item> items(YamlNode.Sequence seq) {
        boolean flow = isFlow(seq);
        int pos = contentStart(seq) + (flow ? 1 : 0);
        List<Item> items = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            int dash = -1;
            if (flow) {
                if (!items.isEmpty()) {
                    pos = expect(src.skipBlanksAndComments(pos), ',', seq) + 1;
                }
            } else {
                dash = expect(src.skipBlanksAndComments(pos), '-', seq);
                pos = dash + 1;
            }
            boolean alias = item.location().offset() < pos;
            int start = alias ? src.skipBlanksAndComments(pos) : item.location().offset();
            int end = alias ? aliasEnd(start) : end(item);
            items.add(new Item(dash, start, end));
            pos = end;
        }
        return items;
    }

    /** Offset just past the node's last character of content (its trailing comments excluded). */
    int end(YamlNode node) {
        return switch (node) {
            case YamlNode.Scalar s -> switch (style(s)) {
                case LITERAL, FOLDED -> blockScalarEnd(s);
                default -> s.endOffset();
            };
            case YamlNode.Sequence q -> isFlow(q) || q.items().isEmpty() ? q.endOffset() : items(q).getLast().end();
            case YamlNode.Mapping m -> isFlow(m) || m.entries().isEmpty() ? m.endOffset() : blockMappingEnd(m);
        };
    }

    /**
     * The end of the last entry's value, unless content lines follow it before the parser's end of the mapping:
     * the parser leaves a duplicate key out of the tree, yet its lines belong to the mapping.
     */
    private int blockMappingEnd(YamlNode.Mapping m) {
        int end = valueSpan(m.entries().getLast()).end();
        int line = m.endOffset() >= src.length() ? src.lineOf(src.length()) : src.lineOf(m.endOffset()) - 1;
        while (line > src.lineOf(end) && (src.isBlank(line) || src.isComment(line))) {
            line--;
        }
        return line > src.lineOf(end) ? src.lineEnd(line) : end;
    }

    /** Clip and strip chomping end at the last line with content; keep chomping owns its trailing blank lines. */
    private int blockScalarEnd(YamlNode.Scalar s) {
        int start = contentStart(s);
        int i = start + 1;
        boolean keep = false;
        while (i < src.length() && "+-0123456789".indexOf(src.charAt(i)) >= 0) {
            keep |= src.charAt(i) == '+';
            i++;
        }
        int end = s.endOffset();
        if (keep) {
            if (end > i && src.charAt(end - 1) == '\n') {
                end--;
            }
            if (end > i && src.charAt(end - 1) == '\r') {
                end--;
            }
            return end;
        }
        int headerLine = src.lineOf(start);
        for (int line = src.lineOf(Math.max(end - 1, start)); line > headerLine; line--) {
            if (!src.isBlank(line)) {
                return Math.min(src.lineEnd(line), end);
            }
        }
        return src.lineEnd(headerLine);
    }

    private int aliasEnd(int start) {
        if (src.charAt(start) != '*') {
            throw new WorkflowEditException("cannot find the alias near line " + (src.lineOf(start) + 1));
        }
        int i = start + 1;
        while (i < src.length() && !Character.isWhitespace(src.charAt(i)) && ",[]{}".indexOf(src.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    private int expect(int offset, char c, YamlNode where) {
        if (src.charAt(offset) != c) {
            throw unsupported(where, "expected '" + c + "' at line " + (src.lineOf(offset) + 1));
        }
        return offset;
    }

    static WorkflowEditException unsupported(YamlNode where, String what) {
        return new WorkflowEditException("cannot edit the YAML at " + where.location() + " automatically: " + what
                + "; edit it in the text editor");
    }
}
