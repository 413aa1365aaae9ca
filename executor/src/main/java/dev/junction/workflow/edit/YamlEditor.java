package dev.junction.workflow.edit;

import dev.junction.workflow.edit.BlockRegions.Region;
import dev.junction.workflow.edit.NodeSpans.Item;
import dev.junction.workflow.edit.NodeSpans.Span;
import dev.junction.workflow.edit.ValueWriter.Block;
import dev.junction.workflow.edit.ValueWriter.Hint;
import dev.junction.workflow.edit.ValueWriter.Inline;
import dev.junction.workflow.source.YamlNode;
import dev.junction.workflow.source.YamlValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the text edits that change one YAML document: set, insert, remove and rename map entries, append and
 * remove list items, replace scalars. Each edit touches only the text of the element it changes: every other
 * character, comments and blank lines included, stays as it was. Edits are relative to this document's text and
 * do not overlap. Immutable; thread-safe.
 */
final class YamlEditor {

    /** A mapping and the entry whose value it is ({@code owner}, null for the document's root). */
    record MapPlace(YamlNode.Mapping map, MapPlace parent, YamlNode.Entry owner) {
        boolean inFlowParent(NodeSpans spans) {
            return parent != null && spans.isFlow(parent.map());
        }
    }

    private final SourceText src;
    private final NodeSpans spans;
    private final BlockRegions regions;
    private final EndOfText endOfText;
    private final ValueWriter writer;
    private final String lineBreak;

    /** @param root the document's root, null when it has none */
    YamlEditor(SourceText src, YamlNode root, NodeSpans spans, Layout layout) {
        this.src = src;
        this.spans = spans;
        this.regions = new BlockRegions(src);
        this.endOfText = new EndOfText(src, root, spans);
        this.writer = new ValueWriter(layout);
        this.lineBreak = layout.lineBreak();
    }

    ValueWriter writer() {
        return writer;
    }

    /**
     * Sets the value at {@code path} below {@code place}, creating the maps on the way. No edit when the value
     * is already there.
     *
     * @param orders where a new key goes, per depth (the end, past the list)
     * @throws WorkflowEditException when a key on the way holds something other than a map or nothing
     */
    List<TextEdit> set(MapPlace place, List<String> path, Object value, List<KeyOrder> orders) {
        String key = path.getFirst();
        KeyOrder order = orders.isEmpty() ? KeyOrder.APPEND : orders.getFirst();
        YamlNode.Entry entry = place.map().entry(key).orElse(null);
        if (path.size() == 1) {
            if (entry == null) {
                return insertEntry(place, key, value, order);
            }
            return Values.same(entry.value(), value) ? List.of() : replaceValue(place, entry, value);
        }
        List<String> rest = path.subList(1, path.size());
        if (entry == null) {
            return insertEntry(place, key, nest(rest, value), order);
        }
        if (spans.isAlias(entry)) {
            throw new WorkflowEditException("'" + key + "' at " + entry.key().location() + " is an alias of another"
                    + " part of the file; edit that part, or set the whole '" + key + "' value");
        }
        if (entry.value() instanceof YamlNode.Mapping child) {
            return set(new MapPlace(child, place, entry), rest, value, orders.isEmpty() ? orders : orders.subList(1, orders.size()));
        }
        if (entry.value() instanceof YamlNode.Scalar s && s.isNull()) {
            return replaceValue(place, entry, nest(rest, value));
        }
        throw new WorkflowEditException("'" + key + "' at " + entry.key().location() + " is "
                + entry.value().describe() + ", not a map; cannot set " + String.join(".", rest) + " in it");
    }

    /** Removes the entry at {@code path}; no edit when it is not there. */
    List<TextEdit> remove(MapPlace place, List<String> path) {
        YamlNode.Entry entry = place.map().entry(path.getFirst()).orElse(null);
        if (entry == null) {
            return List.of();
        }
        if (path.size() == 1) {
            return removeEntry(place, entry);
        }
        if (entry.value() instanceof YamlNode.Mapping child && !spans.isAlias(entry)) {
            return remove(new MapPlace(child, place, entry), path.subList(1, path.size()));
        }
        return List.of();
    }

    private static Object nest(List<String> path, Object value) {
        Object nested = value;
        for (int i = path.size() - 1; i >= 0; i--) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put(path.get(i), nested);
            nested = map;
        }
        return nested;
    }

    // ---------------------------------------------------------------- entries

    List<TextEdit> replaceValue(MapPlace place, YamlNode.Entry entry, Object value) {
        YamlNode old = entry.value();
        boolean alias = spans.isAlias(entry);
        if (!alias) {
            requireNoAnchor(old);
        }
        Span span = spans.valueSpan(entry);
        int afterColon = spans.afterColon(entry);
        ScalarStyle style = !alias && old instanceof YamlNode.Scalar s ? spans.style(s) : ScalarStyle.PLAIN;
        if (spans.isFlow(place.map())) {
            String text = writer.flow(value, style);
            return List.of(span.start() == afterColon ? TextEdit.replace(span.start(), span.end(), " " + text)
                    : TextEdit.replace(span.start(), span.end(), text));
        }
        int keyOffset = entry.key().location().offset();
        int keyLine = src.lineOf(keyOffset);
        boolean nonEmptyFlow = !alias && spans.isFlow(old)
                && !(old instanceof YamlNode.Mapping m && m.entries().isEmpty())
                && !(old instanceof YamlNode.Sequence q && q.items().isEmpty());
        Hint hint = new Hint(style, nonEmptyFlow, span.end() == src.length());
        boolean empty = !alias && spans.isEmptyScalar(old);
        boolean sameLine = !empty && src.lineOf(span.start()) == keyLine;
        switch (writer.value(value, src.column(keyOffset), hint)) {
            case Inline inline -> {
                String text = inline.text();
                if (empty) {
                    return text.isEmpty() ? List.of() : List.of(replaceInline(afterColon, afterColon, " ", text, ""));
                }
                if (sameLine) {
                    return List.of(text.isEmpty() ? TextEdit.replace(afterColon, span.end(), "")
                            : replaceInline(span.start(), span.end(), "", text, ""));
                }
                String comment = src.commentAfter(afterColon); // kept from the key's line
                return List.of(replaceInline(afterColon, span.end(), text.isEmpty() ? "" : " ", text,
                        comment.isEmpty() ? "" : " " + comment));
            }
            case Block block -> {
                if (empty) {
                    return List.of(TextEdit.insert(src.lineEnd(keyLine), lineBreak + block.text()));
                }
                if (sameLine && src.lineOf(span.end()) == keyLine) {
                    int lineEnd = src.lineEnd(keyLine);
                    return List.of(TextEdit.replace(afterColon, lineEnd,
                            src.slice(span.end(), lineEnd) + lineBreak + block.text()));
                }
                if (sameLine) {
                    return List.of(TextEdit.replace(afterColon, span.end(), lineBreak + block.text()));
                }
                return List.of(TextEdit.replace(src.lineStart(src.lineOf(span.start())), span.end(), block.text()));
            }
        }
    }

    List<TextEdit> insertEntry(MapPlace place, String key, Object value, KeyOrder order) {
        YamlNode.Mapping map = place.map();
        List<YamlNode.Entry> entries = map.entries();
        if (spans.isFlow(map)) {
            if (entries.isEmpty() && place.owner() != null && !place.inFlowParent(spans)) {
                return replaceValue(place.parent(), place.owner(), singleton(key, value));
            }
            String text = writer.key(key, true) + ": " + writer.flow(value);
            if (entries.isEmpty()) {
                return List.of(TextEdit.insert(spans.contentStart(map) + 1, text));
            }
            return List.of(insertAfterLastFlowElement(spans.valueSpan(entries.getLast()).end(), text));
        }
        int firstKey = entries.getFirst().key().location().offset();
        int column = src.column(firstKey);
        List<Region> all = entries.stream().map(e -> entryRegion(e, column)).toList();
        boolean blank = lineStartingEntries(map) && regions.separatedByBlankLines(all);
        int index = order.insertionIndex(entries.stream().map(e -> e.key().value()).toList(), key);
        if (index == 0 && !src.startsLine(firstKey)) {
            index = 1; // the first key shares its line with a '-': nothing can go before it
        }
        YamlNode.Entry sibling = entries.getLast();
        boolean flowSiblings = value instanceof Map && sibling.value() instanceof YamlNode.Mapping
                && !spans.isAlias(sibling) && spans.isFlow(sibling.value()); // e.g. inputs written { type: .. }
        boolean endsText = index == entries.size() && !src.hasLineBreak(all.getLast().last());
        String lines = writer.entry(key, value, column, new Hint(ScalarStyle.PLAIN, flowSiblings, endsText));
        if (index < entries.size()) {
            return List.of(regions.insertBefore(all.get(index), lines, blank, lineBreak));
        }
        return endOfText.appended(regions.insertAfter(all.getLast(), lines, blank, lineBreak));
    }

    List<TextEdit> removeEntry(MapPlace place, YamlNode.Entry entry) {
        if (!spans.isAlias(entry)) {
            requireNoAnchor(entry.value());
        }
        YamlNode.Mapping map = place.map();
        List<YamlNode.Entry> entries = map.entries();
        int index = entries.indexOf(entry);
        boolean last = index == entries.size() - 1;
        if (spans.isFlow(map)) {
            if (entries.size() == 1) {
                return List.of(TextEdit.replace(spans.contentStart(map) + 1, map.endOffset() - 1, ""));
            }
            return List.of(last
                    ? TextEdit.replace(spans.valueSpan(entries.get(index - 1)).end(), spans.valueSpan(entry).end(), "")
                    : TextEdit.replace(entry.key().location().offset(), entries.get(index + 1).key().location().offset(), ""));
        }
        if (entries.size() == 1 && place.owner() != null) {
            return replaceValue(place.parent(), place.owner(), Map.of());
        }
        int keyOffset = entry.key().location().offset();
        if (!src.startsLine(keyOffset)) {
            if (last) {
                return List.of(TextEdit.replace(keyOffset, spans.valueSpan(entry).end(), "{}"));
            }
            return List.of(TextEdit.replace(keyOffset, entries.get(index + 1).key().location().offset(), ""));
        }
        return List.of(regions.remove(entryRegion(entry, src.column(keyOffset)), !last,
                index > 0 && endOfText.endsWithBlockScalar(entries.get(index - 1).value())));
    }

    /** Replaces a key's text, keeping its quotes when the new key allows them. */
    TextEdit renameKey(MapPlace place, YamlNode.Entry entry, String newKey) {
        YamlNode.Scalar key = entry.key();
        String text = writer.key(newKey, spans.style(key), spans.isFlow(place.map()));
        return TextEdit.replace(key.location().offset(), key.endOffset(), text);
    }

    /** A copy of a block entry's lines (not its leading comments) under a new key, inserted right after it. */
    List<TextEdit> duplicateEntry(MapPlace place, YamlNode.Entry entry, String newKey) {
        YamlNode.Mapping map = place.map();
        int keyOffset = entry.key().location().offset();
        if (spans.isFlow(map)) {
            String copy = writer.key(newKey, true) + ": " + writer.flow(YamlValues.toJava(entry.value()));
            return List.of(TextEdit.insert(spans.valueSpan(entry).end(), ", " + copy));
        }
        if (!src.startsLine(keyOffset)) {
            throw NodeSpans.unsupported(entry.key(), "the key shares its line with a '-'");
        }
        int column = src.column(keyOffset);
        Region region = entryRegion(entry, column);
        int lineStart = src.lineStart(src.lineOf(keyOffset));
        String copy = src.slice(lineStart, keyOffset) + writer.key(newKey, spans.style(entry.key()), false)
                + src.slice(entry.key().endOffset(), src.lineEnd(region.last()));
        List<Region> all = map.entries().stream().map(e -> entryRegion(e, column)).toList();
        boolean blank = lineStartingEntries(map) && regions.separatedByBlankLines(all);
        return endOfText.appended(regions.insertAfter(region, copy, blank, lineBreak));
    }

    // ---------------------------------------------------------------- list items

    /** Appends an item to the list that is the value of {@code entry}. */
    List<TextEdit> appendItem(MapPlace place, YamlNode.Entry entry, Object value) {
        YamlNode.Sequence seq = sequence(entry);
        List<Item> items = spans.items(seq);
        if (spans.isFlow(seq)) {
            String text = writer.flow(value);
            if (items.isEmpty()) {
                return List.of(TextEdit.insert(spans.contentStart(seq) + 1, text));
            }
            return List.of(insertAfterLastFlowElement(items.getLast().end(), text));
        }
        Item last = items.getLast();
        if (!src.startsLine(last.dash())) {
            return replaceValue(place, entry, withItem(seq, value));
        }
        int column = src.column(last.dash());
        Region region = regions.region(last.dash(), last.end(), column);
        return endOfText.appended(regions.insertAfter(region, writer.item(value, column, !src.hasLineBreak(region.last())),
                false, lineBreak));
    }

    /** Removes item {@code index} of the list that is the value of {@code entry}; the last one leaves {@code []}. */
    List<TextEdit> removeItem(MapPlace place, YamlNode.Entry entry, int index) {
        YamlNode.Sequence seq = sequence(entry);
        List<Item> items = spans.items(seq);
        Item item = items.get(index);
        boolean last = index == items.size() - 1;
        if (spans.isFlow(seq)) {
            if (items.size() == 1) {
                return List.of(TextEdit.replace(spans.contentStart(seq) + 1, seq.endOffset() - 1, ""));
            }
            return List.of(last ? TextEdit.replace(items.get(index - 1).end(), item.end(), "")
                    : TextEdit.replace(item.start(), items.get(index + 1).start(), ""));
        }
        if (items.size() == 1 || !src.startsLine(item.dash())) {
            return replaceValue(place, entry, withoutItem(seq, index));
        }
        int column = src.column(item.dash());
        return List.of(regions.remove(regions.region(item.dash(), item.end(), column), !last,
                index > 0 && endOfText.endsWithBlockScalar(seq.items().get(index - 1))));
    }

    /** Replaces a scalar in place, keeping its style (quotes, block) when the new value allows it. */
    TextEdit replaceScalar(YamlNode.Scalar scalar, String value, boolean inFlow, int ownerColumn) {
        int start = spans.contentStart(scalar);
        int end = spans.end(scalar);
        ScalarStyle style = spans.style(scalar);
        if (inFlow) {
            return TextEdit.replace(start, end, writer.flow(value, style));
        }
        String text = ((Inline) writer.value(value, ownerColumn, new Hint(style, false, end == src.length()))).text();
        return replaceInline(start, end, "", text, "");
    }

    /**
     * Replaces {@code [start, end)} with {@code prefix + text}. What follows {@code end} on its line (an end-of-line
     * comment) and {@code comment} go on the first line of the new text: after a literal block's last line they
     * would become part of its value.
     */
    private TextEdit replaceInline(int start, int end, String prefix, String text, String comment) {
        int lineEnd = src.lineEnd(src.lineOf(end));
        int firstBreak = text.indexOf(lineBreak);
        String header = firstBreak < 0 ? text : text.substring(0, firstBreak);
        String tail = firstBreak < 0 ? "" : text.substring(firstBreak);
        return TextEdit.replace(start, lineEnd, prefix + header + comment + src.slice(end, lineEnd) + tail);
    }

    // ---------------------------------------------------------------- helpers

    Region entryRegion(YamlNode.Entry entry, int column) {
        return regions.region(entry.key().location().offset(), spans.valueSpan(entry).end(), column);
    }

    private boolean lineStartingEntries(YamlNode.Mapping map) {
        return map.entries().stream().allMatch(e -> src.startsLine(e.key().location().offset()));
    }

    /** After the last element of a flow collection, before its closing bracket (or after a trailing comma). */
    private TextEdit insertAfterLastFlowElement(int lastEnd, String text) {
        int next = src.skipBlanksAndComments(lastEnd);
        return src.charAt(next) == ',' ? TextEdit.insert(next + 1, " " + text + ",") : TextEdit.insert(lastEnd, ", " + text);
    }

    private YamlNode.Sequence sequence(YamlNode.Entry entry) {
        if (entry.value() instanceof YamlNode.Sequence seq && !spans.isAlias(entry)) {
            return seq;
        }
        throw NodeSpans.unsupported(entry.value(), "expected a list here");
    }

    private void requireNoAnchor(YamlNode node) {
        if (spans.hasAnchor(node)) {
            throw NodeSpans.unsupported(node, "the value carries an anchor (&name) that aliases may refer to");
        }
    }

    private static Map<String, Object> singleton(String key, Object value) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key, value);
        return map;
    }

    private static List<Object> withItem(YamlNode.Sequence seq, Object value) {
        List<Object> list = new ArrayList<>((List<?>) YamlValues.toJava(seq));
        list.add(value);
        return list;
    }

    private static List<Object> withoutItem(YamlNode.Sequence seq, int index) {
        List<Object> list = new ArrayList<>((List<?>) YamlValues.toJava(seq));
        list.remove(index);
        return list;
    }
}
