package dev.junction.designer.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.junction.workflow.source.Durations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Conversions between a field's three forms of a value: a plain value (what a document holds), the editor's
 * raw value (text, a Boolean, a list of texts, a map of texts), and the typed value the editor stands for.
 */
final class FieldValues {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private FieldValues() {}

    /** The editor's value for a plain value; null for nothing. */
    static Object toRaw(FieldSpec spec, Object value) {
        if (value == null) {
            return null;
        }
        return switch (spec.kind()) {
            case BOOLEAN -> value instanceof Boolean b ? b : Boolean.valueOf(String.valueOf(value));
            case LIST -> {
                List<String> items = new ArrayList<>();
                if (value instanceof List<?> list) {
                    list.forEach(i -> items.add(i == null ? "" : scalarText(i)));
                } else {
                    items.add(scalarText(value)); // "needs: a" is a list of one
                }
                yield items;
            }
            case MAP -> {
                List<List<String>> pairs = new ArrayList<>();
                if (value instanceof Map<?, ?> m) {
                    m.forEach((k, v) -> pairs.add(List.of(String.valueOf(k), v == null ? "" : scalarText(v))));
                } else if (value instanceof List<?> names) {
                    names.forEach(n -> pairs.add(List.of(String.valueOf(n), ""))); // outputs: [a, b]
                }
                yield pairs;
            }
            case YAML -> FlowYaml.write(value);
            case OBJECT -> value; // children hold the parts
            default -> value instanceof String s ? s : scalarText(value);
        };
    }

    /**
     * The typed value of a raw editor value: null when empty.
     *
     * @throws IllegalArgumentException with a message for the user when the text is not of the field's type
     */
    static Object toTyped(FieldSpec spec, Object raw) {
        if (raw == null || raw instanceof String s && s.isEmpty()) {
            return null;
        }
        return switch (spec.kind()) {
            case TEXT, CODE, SECRET -> raw;
            case INTEGER -> integer((String) raw);
            case NUMBER -> number((String) raw);
            case BOOLEAN -> raw;
            case ENUM -> option(spec.options(), (String) raw);
            case DURATION -> duration((String) raw);
            case LIST -> {
                List<Object> items = new ArrayList<>();
                for (Object item : (List<?>) raw) {
                    String text = String.valueOf(item).trim();
                    if (!text.isEmpty()) {
                        items.add(item(spec, text));
                    }
                }
                yield items.isEmpty() ? null : items;
            }
            case MAP -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (Object pair : (List<?>) raw) {
                    String key = String.valueOf(((List<?>) pair).get(0)).trim();
                    String v = String.valueOf(((List<?>) pair).get(1));
                    if (key.isEmpty()) {
                        if (!v.isEmpty()) {
                            throw new IllegalArgumentException("the value '" + v + "' has no name");
                        }
                        continue;
                    }
                    if (map.containsKey(key)) {
                        throw new IllegalArgumentException("'" + key + "' appears twice");
                    }
                    map.put(key, v.isEmpty() && spec.nullable() ? null : v);
                }
                yield map.isEmpty() ? null : map;
            }
            case YAML -> yaml((String) raw);
            case OBJECT -> raw;
        };
    }

    private static Object item(FieldSpec spec, String text) {
        return switch (spec.itemKind()) {
            case INTEGER -> integer(text);
            case NUMBER -> number(text);
            case BOOLEAN -> switch (text.toLowerCase()) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new IllegalArgumentException("'" + text + "' is not true or false");
            };
            case ENUM -> option(spec.itemOptions(), text);
            default -> text;
        };
    }

    static Long integer(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number");
        }
    }

    /** Whole numbers stay whole ({@code 2}, not {@code 2.0}) so they are written as typed. */
    static Number number(String text) {
        String t = text.trim();
        try {
            if (t.matches("-?\\d+")) {
                return Long.parseLong(t); // not in a ternary: that would widen it to a double
            }
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number");
        }
    }

    private static Object duration(String text) {
        String t = text.trim();
        if (Durations.parse(t).isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration: use 90s, 15m, 1h30m, 500ms, 2d or"
                    + " a number of seconds");
        }
        return t.matches("\\d+") ? (Object) Long.parseLong(t) : t;
    }

    private static Object option(List<JsonNode> options, String text) {
        for (JsonNode option : options) {
            if (optionText(option).equals(text)) {
                return JSON.convertValue(option, Object.class);
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not one of " + options.stream().map(FieldValues::optionText).toList());
    }

    static String optionText(JsonNode option) {
        return option.isTextual() ? option.asText() : option.toString();
    }

    /** A YAML flow value; text that starts a template is a string, as a user means it. */
    private static Object yaml(String text) {
        String t = text.strip();
        if (t.startsWith("{{") || t.startsWith("{%")) {
            return t;
        }
        try {
            return YAML.readValue(t, Object.class);
        } catch (JsonProcessingException e) {
            // SnakeYAML's message spans lines with a caret picture; keep its sentences
            String message = e.getOriginalMessage().lines()
                    .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)) && !l.startsWith(" in "))
                    .collect(java.util.stream.Collectors.joining(" "));
            throw new IllegalArgumentException("not a YAML value: " + message);
        }
    }

    private static String scalarText(Object value) {
        return value instanceof List<?> || value instanceof Map<?, ?> ? FlowYaml.write(value) : String.valueOf(value);
    }

    /** A value as a round trip through the field would give it back; for comparing what changed. */
    static Object normalize(FieldSpec spec, Object value) {
        if (spec.kind() == FieldKind.OBJECT) {
            return value;
        }
        try {
            return toTyped(spec, toRaw(spec, value));
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
