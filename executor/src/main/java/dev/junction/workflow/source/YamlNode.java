package dev.junction.workflow.source;

import java.util.List;
import java.util.Optional;

/**
 * A YAML node that remembers where it came from: start location and end offset in the source text.
 * The tree is immutable; edits are made to the text (see the designer's document), never to nodes.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    Location location();

    /** Offset just past the node's last character in the source text. */
    int endOffset();

    /** A short word for messages: "a string", "a map", "a list", ... */
    String describe();

    /** A scalar, with the type YAML's core schema resolved for it. */
    record Scalar(Location location, int endOffset, String value, ScalarType type, boolean quoted) implements YamlNode {
        public boolean isNull() {
            return type == ScalarType.NULL;
        }

        @Override
        public String describe() {
            return switch (type) {
                case NULL -> "null";
                case BOOLEAN -> "a boolean";
                case INTEGER -> "an integer";
                case FLOAT -> "a number";
                case STRING -> "a string";
            };
        }
    }

    /** A mapping in source order. Duplicate keys are kept here and reported by the reader. */
    record Mapping(Location location, int endOffset, List<Entry> entries) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        public Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().value().equals(key)).findFirst();
        }

        public Optional<YamlNode> get(String key) {
            return entry(key).map(Entry::value);
        }

        @Override
        public String describe() {
            return "a map";
        }
    }

    record Sequence(Location location, int endOffset, List<YamlNode> items) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A key with its value; keys are always scalars in workflow files. */
    record Entry(Scalar key, YamlNode value) {}

    enum ScalarType { STRING, INTEGER, FLOAT, BOOLEAN, NULL }
}
