package dev.junction.workflow.edit;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Writes values as YAML in the document's layout: maps and long lists in block style, short lists of scalars
 * in flow style ({@code [a, b]}), strings with several lines as literal blocks. Works on {@link Values#canonical}
 * values. Stateless apart from the layout; thread-safe.
 */
final class ValueWriter {

    /** What follows {@code key:}: on the same line after a space, or as indented lines below. */
    sealed interface Rendered permits Inline, Block {}

    /** Text for the key's line; a literal block continues on lines that are already indented. */
    record Inline(String text) implements Rendered {}

    /** Fully indented lines, without a line break before the first or after the last. */
    record Block(String text) implements Rendered {}

    /**
     * How to write a replaced value.
     *
     * @param style       the old scalar's style, kept where possible
     * @param preferFlow  the old value was a flow collection: keep a map or list in flow style if it fits a line
     * @param atEndOfText the value ends the text without a line break
     */
    record Hint(ScalarStyle style, boolean preferFlow, boolean atEndOfText) {
        static final Hint NONE = new Hint(ScalarStyle.PLAIN, false, false);
    }

    private static final int SHORT_FLOW_LIST = 60;
    private static final int MAX_FLOW_LINE = 100;

    private final Layout layout;
    private final ScalarWriter scalars = new ScalarWriter();

    ValueWriter(Layout layout) {
        this.layout = layout;
    }

    Layout layout() {
        return layout;
    }

    /** A value owned by a key or dash at {@code ownerColumn}; null is written as nothing ({@code key:}). */
    Rendered value(Object value, int ownerColumn, Hint hint) {
        return switch (value) {
            case Map<?, ?> map when map.isEmpty() -> new Inline("{}");
            case Map<?, ?> map -> {
                if (hint.preferFlow()) {
                    String flow = flow(map);
                    if (ownerColumn + flow.length() <= MAX_FLOW_LINE) {
                        yield new Inline(flow);
                    }
                }
                yield new Block(entries(map, ownerColumn + layout.unit(), hint.atEndOfText()));
            }
            case List<?> list when list.isEmpty() -> new Inline("[]");
            case List<?> list -> {
                String flow = shortFlow(list, hint.preferFlow() ? MAX_FLOW_LINE - ownerColumn : SHORT_FLOW_LIST);
                yield flow != null ? new Inline(flow)
                        : new Block(items(list, ownerColumn + layout.sequenceIndent(), hint.atEndOfText()));
            }
            case null -> new Inline("");
            default -> new Inline(scalars.block(value, hint.style(), ownerColumn + layout.unit(), layout.lineBreak(),
                    hint.atEndOfText()));
        };
    }

    /** {@code key: value} (or {@code key:} and indented lines) with the key at {@code column}. */
    String entry(String key, Object value, int column) {
        return entry(key, value, column, Hint.NONE);
    }

    String entry(String key, Object value, int column, Hint hint) {
        String head = " ".repeat(column) + key(key, false) + ":";
        return switch (value(value, column, hint)) {
            case Inline inline when inline.text().isEmpty() -> head;
            case Inline inline -> head + " " + inline.text();
            case Block block -> head + layout.lineBreak() + block.text();
        };
    }

    /** @param atEndOfText the last line will end the text, without a line break after it */
    private String entries(Map<?, ?> map, int column, boolean atEndOfText) {
        StringJoiner lines = new StringJoiner(layout.lineBreak());
        int left = map.size();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            boolean last = --left == 0;
            lines.add(entry((String) e.getKey(), e.getValue(), column, new Hint(ScalarStyle.PLAIN, false, atEndOfText && last)));
        }
        return lines.toString();
    }

    /**
     * {@code - value} with the dash at {@code dashColumn}; a map item starts on the dash's line.
     *
     * @param atEndOfText the item will end the text, without a line break after it
     */
    String item(Object value, int dashColumn, boolean atEndOfText) {
        String dash = " ".repeat(dashColumn) + "- ";
        return switch (value) {
            case Map<?, ?> map when !map.isEmpty() ->
                    dash + entries(map, dashColumn + 2, atEndOfText).substring(dashColumn + 2);
            case List<?> list when !list.isEmpty() && shortFlow(list, SHORT_FLOW_LIST) == null ->
                    dash + items(list, dashColumn + 2, atEndOfText).substring(dashColumn + 2);
            case null -> dash + "null";
            default -> dash + ((Inline) value(value, dashColumn, new Hint(ScalarStyle.PLAIN, false, atEndOfText))).text();
        };
    }

    private String items(List<?> list, int dashColumn, boolean atEndOfText) {
        StringJoiner lines = new StringJoiner(layout.lineBreak());
        for (int i = 0; i < list.size(); i++) {
            lines.add(item(list.get(i), dashColumn, atEndOfText && i == list.size() - 1));
        }
        return lines.toString();
    }

    String key(String key, boolean flow) {
        return scalars.key(key, ScalarStyle.PLAIN, flow);
    }

    String key(String key, ScalarStyle preferred, boolean flow) {
        return scalars.key(key, preferred, flow);
    }

    /** A value on one line, for use inside {@code [..]} or {@code {..}}. */
    String flow(Object value) {
        return flow(value, ScalarStyle.PLAIN);
    }

    String flow(Object value, ScalarStyle preferred) {
        return switch (value) {
            case Map<?, ?> map -> {
                StringJoiner out = new StringJoiner(", ", "{", "}");
                map.forEach((k, v) -> out.add(key((String) k, true) + ": " + flow(v)));
                yield out.toString();
            }
            case List<?> list -> {
                StringJoiner out = new StringJoiner(", ", "[", "]");
                list.forEach(v -> out.add(flow(v)));
                yield out.toString();
            }
            default -> scalars.flow(value, preferred);
        };
    }

    /** {@code [a, b]} when every item is a one-line scalar and it fits {@code max} characters, else null. */
    private String shortFlow(List<?> list, int max) {
        for (Object item : list) {
            if (item instanceof Map || item instanceof List || (item instanceof String s && s.contains("\n"))) {
                return null;
            }
        }
        String flow = flow(list);
        return flow.length() <= max ? flow : null;
    }
}
