package dev.junction.workflow.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junction.workflow.InputSpec;
import dev.junction.workflow.inputs.InputSchemas;
import dev.junction.workflow.source.Problems;
import dev.junction.workflow.source.YamlNode;
import dev.junction.workflow.source.YamlValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an {@code inputs:} block (of a workflow or an action): each input is a JSON Schema plus Junction's
 * {@code required} and {@code secret} flags. The schema is checked against the 2020-12 meta-schema and
 * the default against the schema, with problems placed on the offending YAML node.
 */
final class InputsReader {

    static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> TYPES = Set.of("string", "integer", "number", "boolean", "array", "object");
    private static final Set<String> JUNCTION_KEYS = Set.of("required", "secret");
    /** JSON Schema 2020-12 keywords; anything else in an input is almost always a typo or a YAML slip. */
    static final Set<String> SCHEMA_KEYWORDS = Set.of("type", "description", "title", "default", "enum", "const",
            "examples", "format", "pattern", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum",
            "exclusiveMaximum", "multipleOf", "items", "prefixItems", "minItems", "maxItems", "uniqueItems", "contains",
            "minContains", "maxContains", "properties", "additionalProperties", "patternProperties", "propertyNames",
            "minProperties", "maxProperties", "dependentRequired", "dependentSchemas", "allOf", "anyOf", "oneOf", "not",
            "if", "then", "else", "$ref", "$defs", "$comment", "$id", "$schema", "deprecated", "readOnly", "writeOnly",
            "contentMediaType", "contentEncoding", "unevaluatedItems", "unevaluatedProperties");

    private InputsReader() {}

    static Map<String, InputSpec> read(YamlNode node, Problems problems) {
        Map<String, InputSpec> inputs = new LinkedHashMap<>();
        if (node == null || node instanceof YamlNode.Scalar s && s.isNull()) {
            return inputs;
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problems.error(node, "'inputs' must be a map of input names to schemas, not " + node.describe(),
                    "for example:  inputs:\n      branch: { type: string, default: main }");
            return inputs;
        }
        for (YamlNode.Entry entry : mapping.entries()) {
            String name = entry.key().value();
            if (!NAME.matcher(name).matches()) {
                problems.error(entry.key(), "input name '" + name + "' is not valid",
                        "use letters, digits and underscores, starting with a letter (templates read inputs.<name>)");
                continue;
            }
            readOne(name, entry.value(), problems).ifPresent(spec -> inputs.put(name, spec));
        }
        return inputs;
    }

    private static Optional<InputSpec> readOne(String name, YamlNode node, Problems problems) {
        if (node instanceof YamlNode.Scalar s) {
            if (!s.isNull() && TYPES.contains(s.value())) {
                ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", s.value());
                return Optional.of(new InputSpec(name, schema, true, null, "", false));
            }
            problems.error(node, "input '" + name + "' must be a schema map or a type name, not " + node.describe(),
                    "for example: " + name + ": { type: string, default: main } — or just: " + name + ": string");
            return Optional.empty();
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problems.error(node, "input '" + name + "' must be a schema map, not " + node.describe(),
                    "for example: " + name + ": { type: string, default: main }");
            return Optional.empty();
        }
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        boolean required = true;
        boolean secret = false;
        boolean ok = true;
        for (YamlNode.Entry e : mapping.entries()) {
            String key = e.key().value();
            if (JUNCTION_KEYS.contains(key)) {
                if (!(e.value() instanceof YamlNode.Scalar v && v.type() == YamlNode.ScalarType.BOOLEAN)) {
                    problems.error(e.value(), "'" + key + "' of input '" + name + "' must be true or false", "");
                    ok = false;
                } else if (key.equals("required")) {
                    required = (Boolean) YamlValues.scalarValue(v);
                } else {
                    secret = (Boolean) YamlValues.scalarValue(v);
                }
            } else {
                if (!SCHEMA_KEYWORDS.contains(key) && !key.startsWith("x-")) {
                    String hint = key.contains(" ")
                            ? "in a { … } map a comma ends the value: quote text that contains commas"
                            : dev.junction.workflow.source.Suggestions.hint(key, SCHEMA_KEYWORDS)
                            + " (custom annotations start with x-)";
                    problems.error(e.key(), "unknown schema keyword '" + key + "' in input '" + name + "'", hint);
                    ok = false;
                }
                schema.set(key, YamlValues.toJson(e.value()));
            }
        }
        Set<String> reported = new java.util.HashSet<>();
        for (InputSchemas.SchemaError error : InputSchemas.checkSchema(schema)) {
            if (!reported.add(error.path())) {
                continue; // the meta-schema's anyOf branches repeat one mistake; the first says it best
            }
            YamlNode at = nodeAt(mapping, error.path());
            String message = at instanceof YamlNode.Scalar scalar && isTypePath(error) && !JSON_TYPES.contains(scalar.value())
                    ? "input '" + name + "' has an unknown type '" + scalar.value() + "'"
                    : "input '" + name + "' has an invalid schema: " + error.message();
            problems.error(at, message, schemaHint(error, at));
            ok = false;
        }
        JsonNode defaultNode = schema.get("default");
        Object defaultValue = null;
        if (ok && defaultNode != null) {
            YamlNode defaultYaml = mapping.get("default").orElse(mapping);
            for (InputSchemas.SchemaError error : InputSchemas.validate(schema, defaultNode)) {
                problems.error(defaultYaml, "the default of input '" + name + "' does not match its schema: "
                        + error.message(), "change the default or the schema so they agree");
                ok = false;
            }
            defaultValue = YamlValues.toJava(defaultYaml);
        }
        if (!ok) {
            return Optional.empty();
        }
        String description = schema.path("description").asText("");
        return Optional.of(new InputSpec(name, schema, required && defaultNode == null, defaultValue, description, secret));
    }

    private static final List<String> JSON_TYPES = List.of("string", "integer", "number", "boolean", "array", "object");

    private static boolean isTypePath(InputSchemas.SchemaError error) {
        return error.path() != null && (error.path().endsWith("type") || error.path().endsWith("type]"));
    }

    private static String schemaHint(InputSchemas.SchemaError error, YamlNode at) {
        boolean aboutType = isTypePath(error);
        if (aboutType && at instanceof YamlNode.Scalar scalar && !JSON_TYPES.contains(scalar.value())) {
            return dev.junction.workflow.source.Suggestions.closest(scalar.value(), JSON_TYPES)
                    .map(c -> "did you mean '" + c + "'? ").orElse("") + "JSON Schema types are: " + String.join(", ", JSON_TYPES);
        }
        if (aboutType || error.message().contains("type")) {
            return "JSON Schema types are: " + String.join(", ", JSON_TYPES);
        }
        return "see https://json-schema.org/understanding-json-schema for the keywords";
    }

    /** The YAML node at a networknt path like {@code $.type} or {@code $.enum[2]}, or the nearest parent. */
    static YamlNode nodeAt(YamlNode root, String path) {
        YamlNode current = root;
        if (path == null || path.length() <= 1) {
            return current;
        }
        if (path.startsWith("/")) {
            // JSON pointer form: /enum/2
            path = "$" + path.replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.');
        }
        var matcher = Pattern.compile("\\.([^.\\[]+)|\\[(\\d+)]|\\['([^']+)']").matcher(path.substring(1));
        while (matcher.find()) {
            String key = matcher.group(1) != null ? matcher.group(1) : matcher.group(3);
            Optional<YamlNode> next = Optional.empty();
            if (key != null && current instanceof YamlNode.Mapping m) {
                next = m.get(key);
            } else if (matcher.group(2) != null && current instanceof YamlNode.Sequence s) {
                int index = Integer.parseInt(matcher.group(2));
                next = index < s.items().size() ? Optional.of(s.items().get(index)) : Optional.empty();
            }
            if (next.isEmpty()) {
                return current;
            }
            current = next.get();
        }
        return current;
    }
}
