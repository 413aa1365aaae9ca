package dev.junction.workflow.source;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses YAML text into a {@link YamlNode} tree with source positions, using SnakeYAML's composer (the
 * parser underneath Jackson's YAML module). Duplicate keys are reported as problems, not silently merged.
 *
 * <p>Thread-safe: every call builds its own parser.
 */
public final class YamlSource {

    private static final int MAX_ALIASES = 50;

    private YamlSource() {}

    /**
     * Parses {@code text}; syntax errors and duplicate keys go to {@code problems}.
     *
     * @return the root node, or empty when the text is empty or does not parse
     */
    public static Optional<YamlNode> parse(Path file, String text, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both places
        OffsetMap offsets = OffsetMap.of(text);
        try {
            Composer composer = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options),
                    new Resolver(), options);
            Node root = composer.getSingleNode();
            if (root == null) {
                return Optional.empty();
            }
            return Optional.of(new Converter(file, offsets, problems,
                    Collections.newSetFromMap(new IdentityHashMap<>())).convert(root));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Location where = mark == null ? Location.start(file) : location(file, offsets, mark);
            problems.error(where, "YAML syntax error: " + firstLine(e.getProblem()), syntaxHint(e));
            return Optional.empty();
        } catch (YAMLException e) {
            problems.error(Location.start(file), "YAML error: " + firstLine(e.getMessage()), "");
            return Optional.empty();
        }
    }

    private static String syntaxHint(MarkedYAMLException e) {
        String problem = String.valueOf(e.getProblem());
        if (problem.contains("(TAB)") || problem.contains("tab")) { // SnakeYAML writes "'\t(TAB)'"
            return "YAML indents with spaces only; replace the tab";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "a value containing ': ' must be quoted, or a key is indented wrongly";
        }
        if (problem.contains("could not find expected ':'")) {
            return "a key is missing its ':' or an indentation is off";
        }
        if (problem.contains("found character '{'") || problem.contains("expected <block end>")) {
            return "check the indentation; templates like {{ … }} at the start of a value must be quoted";
        }
        return "check the indentation and quoting around this place";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static Location location(Path file, OffsetMap offsets, Mark mark) {
        return new Location(file, mark.getLine() + 1, mark.getColumn() + 1, offsets.toCharOffset(mark.getIndex()));
    }

    /** @param onPath the collections being converted, to stop at an alias inside its own anchor ({@code &a [*a]}) */
    private record Converter(Path file, OffsetMap offsets, Problems problems, Set<Node> onPath) {

        YamlNode convert(Node node) {
            Location start = location(file, offsets, node.getStartMark());
            int end = offsets.toCharOffset(node.getEndMark().getIndex());
            if (!onPath.add(node)) {
                problems.error(start, "an alias refers to the list or map that contains it",
                        "YAML allows recursive aliases, workflows do not; copy the values instead");
                return new YamlNode.Scalar(start, end, "", YamlNode.ScalarType.NULL, false);
            }
            try {
                return switch (node) {
                    case ScalarNode s -> scalar(s, start, end);
                    case SequenceNode s -> new YamlNode.Sequence(start, end, s.getValue().stream().map(this::convert).toList());
                    case MappingNode m -> mapping(m, start, end);
                    default -> throw new IllegalStateException("unexpected node " + node.getNodeId());
                };
            } finally {
                onPath.remove(node);
            }
        }

        private YamlNode.Scalar scalar(ScalarNode s, Location start, int end) {
            Tag tag = s.getTag();
            YamlNode.ScalarType type;
            if (Tag.INT.equals(tag)) {
                type = YamlNode.ScalarType.INTEGER;
            } else if (Tag.FLOAT.equals(tag)) {
                type = YamlNode.ScalarType.FLOAT;
            } else if (Tag.BOOL.equals(tag)) {
                type = YamlNode.ScalarType.BOOLEAN;
            } else if (Tag.NULL.equals(tag)) {
                type = YamlNode.ScalarType.NULL;
            } else {
                type = YamlNode.ScalarType.STRING;
            }
            boolean quoted = s.getScalarStyle() != org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN;
            return new YamlNode.Scalar(start, end, s.getValue(), type, quoted);
        }

        private YamlNode.Mapping mapping(MappingNode m, Location start, int end) {
            List<YamlNode.Entry> entries = new ArrayList<>();
            Map<String, Location> seen = new HashMap<>();
            for (NodeTuple tuple : m.getValue()) {
                YamlNode key = convert(tuple.getKeyNode());
                YamlNode value = convert(tuple.getValueNode());
                if (!(key instanceof YamlNode.Scalar scalarKey)) {
                    problems.error(key, "a key must be a plain word, not " + key.describe(), "write the key as text");
                    continue;
                }
                Location first = seen.putIfAbsent(scalarKey.value(), scalarKey.location());
                if (first != null) {
                    problems.error(scalarKey, "duplicate key '" + scalarKey.value() + "'",
                            "the key was already given at line " + first.line() + "; remove or rename one of them");
                    continue;
                }
                entries.add(new YamlNode.Entry(scalarKey, value));
            }
            return new YamlNode.Mapping(start, end, entries);
        }
    }

    /** SnakeYAML counts code points; Java strings count UTF-16 units. Only text with astral characters differs. */
    record OffsetMap(int[] charOffsetOfCodePoint) {
        static OffsetMap of(String text) {
            if (text.codePointCount(0, text.length()) == text.length()) {
                return new OffsetMap(null);
            }
            int[] map = new int[text.codePointCount(0, text.length()) + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
                map[cp++] = i;
            }
            map[cp] = text.length();
            return new OffsetMap(map);
        }

        int toCharOffset(int codePointIndex) {
            if (charOffsetOfCodePoint == null) {
                return codePointIndex;
            }
            return charOffsetOfCodePoint[Math.min(codePointIndex, charOffsetOfCodePoint.length - 1)];
        }
    }
}
