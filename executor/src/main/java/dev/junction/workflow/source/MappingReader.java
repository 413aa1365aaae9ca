package dev.junction.workflow.source;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Strict, typed reading of one YAML mapping. Every read names the key it expects; {@link #finish()}
 * reports the keys nobody asked for as unknown (with a "did you mean"). Wrong types are reported and read
 * as absent, so reading goes on and all problems surface in one pass.
 */
public final class MappingReader {

    private final YamlNode.Mapping mapping;
    private final String where;
    private final Problems problems;
    private final Set<String> allowed;
    private final Set<String> read = new HashSet<>();

    private MappingReader(YamlNode.Mapping mapping, String where, Set<String> allowed, Problems problems) {
        this.mapping = mapping;
        this.where = where;
        this.allowed = allowed;
        this.problems = problems;
    }

    /**
     * @param where   what this mapping is, for messages ("step 'build'", "the workflow")
     * @param allowed every key that may appear here (used for unknown-key hints)
     * @return a reader, or empty (with a problem reported) when {@code node} is not a mapping
     */
    public static Optional<MappingReader> of(YamlNode node, String where, Set<String> allowed, Problems problems) {
        if (node instanceof YamlNode.Mapping m) {
            return Optional.of(new MappingReader(m, where, allowed, problems));
        }
        problems.error(node, where + " must be a map of keys, not " + node.describe(),
                "write it as 'key: value' lines indented under its parent");
        return Optional.empty();
    }

    public YamlNode.Mapping mapping() {
        return mapping;
    }

    public Problems problems() {
        return problems;
    }

    public String where() {
        return where;
    }

    public boolean has(String key) {
        return mapping.get(key).isPresent();
    }

    /** The raw node of a key; marks the key as known. */
    public Optional<YamlNode> node(String key) {
        read.add(key);
        return mapping.get(key);
    }

    public Optional<YamlNode.Entry> entry(String key) {
        read.add(key);
        return mapping.entry(key);
    }

    /** A scalar as text (numbers and booleans included, as written); null when absent or null. */
    public String string(String key) {
        return node(key).map(n -> scalarText(n, key)).orElse(null);
    }

    public String requiredString(String key, String hint) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            problems.error(mapping, where + " is missing '" + key + "'", hint);
            return null;
        }
        String value = scalarText(node.get(), key);
        if (value != null && value.isBlank()) {
            problems.error(node.get(), "'" + key + "' in " + where + " must not be empty", hint);
            return null;
        }
        return value;
    }

    private String scalarText(YamlNode n, String key) {
        if (n instanceof YamlNode.Scalar s) {
            return s.isNull() ? null : s.value();
        }
        problems.error(n, "'" + key + "' in " + where + " must be text, not " + n.describe(),
                "write a single value; quote it if it contains ': ' or starts with '{'");
        return null;
    }

    public Integer integer(String key, int min, int max) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty() || isNull(node.get())) {
            return null;
        }
        if (node.get() instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.INTEGER
                && YamlValues.scalarValue(s) instanceof Long l && l >= min && l <= max) {
            return l.intValue();
        }
        problems.error(node.get(), "'" + key + "' in " + where + " must be a whole number from " + min + " to " + max
                + ", not " + shown(node.get()), "for example: " + key + ": " + Math.max(min, Math.min(max, 2)));
        return null;
    }

    public Boolean bool(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty() || isNull(node.get())) {
            return null;
        }
        if (node.get() instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.BOOLEAN) {
            return (Boolean) YamlValues.scalarValue(s);
        }
        problems.error(node.get(), "'" + key + "' in " + where + " must be true or false, not " + shown(node.get()), "");
        return null;
    }

    public Duration duration(String key) {
        Optional<YamlNode> node = node(key);
        return node.isEmpty() || isNull(node.get()) ? null : duration(node.get(), key);
    }

    public Duration duration(YamlNode node, String key) {
        if (node instanceof YamlNode.Scalar s) {
            Optional<Duration> d = Durations.parse(s.value());
            if (d.isPresent()) {
                return d.get();
            }
        }
        problems.error(node, "'" + key + "' in " + where + " is not a duration: " + shown(node),
                "write it like 90s, 15m, 1h30m or 500ms");
        return null;
    }

    /** A list of words; a single word is read as a list of one. */
    public List<String> stringList(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty() || isNull(node.get())) {
            return List.of();
        }
        return stringList(node.get(), key);
    }

    public List<String> stringList(YamlNode node, String key) {
        if (node instanceof YamlNode.Scalar s) {
            return List.of(s.value());
        }
        List<String> result = new ArrayList<>();
        if (node instanceof YamlNode.Sequence seq) {
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Scalar s && !s.isNull()) {
                    result.add(s.value());
                } else {
                    problems.error(item, "each entry of '" + key + "' in " + where + " must be text, not " + item.describe(), "");
                }
            }
            return result;
        }
        problems.error(node, "'" + key + "' in " + where + " must be a list, not " + node.describe(),
                "write [a, b] or one '- item' per line");
        return result;
    }

    /** A map of names to scalar values (as text), e.g. {@code env}. Keys keep file order. */
    public Map<String, String> stringMap(String key) {
        Optional<YamlNode> node = node(key);
        Map<String, String> result = new LinkedHashMap<>();
        if (node.isEmpty() || isNull(node.get())) {
            return result;
        }
        if (!(node.get() instanceof YamlNode.Mapping m)) {
            problems.error(node.get(), "'" + key + "' in " + where + " must be a map of names to values, not "
                    + node.get().describe(), "write NAME: value lines indented under '" + key + "'");
            return result;
        }
        for (YamlNode.Entry e : m.entries()) {
            if (e.value() instanceof YamlNode.Scalar s) {
                result.put(e.key().value(), s.isNull() ? "" : s.value());
            } else {
                problems.error(e.value(), "'" + key + "." + e.key().value() + "' in " + where + " must be a single value, not "
                        + e.value().describe(), "quote the value, or join a list into one string");
            }
        }
        return result;
    }

    /** Marks keys as handled elsewhere (so {@link #finish()} does not call them unknown). */
    public void known(String... keys) {
        read.addAll(List.of(keys));
    }

    /** Reports every key that is not allowed here. Call after all reads. */
    public void finish() {
        for (YamlNode.Entry e : mapping.entries()) {
            String key = e.key().value();
            if (!allowed.contains(key) && !read.contains(key)) {
                problems.error(e.key(), "unknown key '" + key + "' in " + where, Suggestions.hint(key, allowed));
            }
        }
    }

    public static boolean isNull(YamlNode node) {
        return node instanceof YamlNode.Scalar s && s.isNull();
    }

    static String shown(YamlNode node) {
        return node instanceof YamlNode.Scalar s ? "'" + s.value() + "'" : node.describe();
    }

    public static Set<String> keys(String... keys) {
        return new LinkedHashSet<>(List.of(keys));
    }
}
