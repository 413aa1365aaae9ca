package dev.junction.designer.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the properties of an object schema into {@link FieldSpec}s, choosing an editor for each:
 * enums become choices, {@code $ref: duration} or {@code format: duration} durations, strings named like code
 * ({@code run}, {@code code}, {@code body}, {@code script}) or with a {@code contentMediaType} multi-line code,
 * arrays of scalars lists, maps of scalars key/value tables, objects with properties groups, and anything
 * else (unions, nested structures) a YAML value. Thread-safe (stateless apart from the schema).
 */
public final class SchemaFields {

    /** Property names whose strings are scripts or documents, edited in a multi-line monospaced area. */
    public static final Set<String> CODE_FIELDS = Set.of("run", "code", "body", "script");
    private static final Set<String> SCALAR_TYPES = Set.of("string", "integer", "number", "boolean", "null");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SchemaRefs refs;

    /** @param refRoot the document local {@code $ref}s point into (usually the schema itself) */
    public SchemaFields(JsonNode refRoot) {
        this.refs = new SchemaRefs(refRoot);
    }

    /** The fields of an object schema's {@code properties}, in the schema's order. */
    public List<FieldSpec> fields(JsonNode objectSchema) {
        return fields(List.of(), refs.resolve(objectSchema));
    }

    private List<FieldSpec> fields(List<String> parent, JsonNode objectSchema) {
        Set<String> required = new HashSet<>();
        objectSchema.path("required").forEach(r -> required.add(r.asText()));
        List<FieldSpec> fields = new ArrayList<>();
        objectSchema.path("properties").fields().forEachRemaining(p -> {
            List<String> path = new ArrayList<>(parent);
            path.add(p.getKey());
            fields.add(field(path, p.getValue(), required.contains(p.getKey())));
        });
        return fields;
    }

    /** One property's field. */
    public FieldSpec field(List<String> path, JsonNode propertySchema, boolean required) {
        String refName = SchemaRefs.refName(propertySchema);
        JsonNode schema = refs.resolve(propertySchema);
        JsonNode inlined = refs.inline(propertySchema);
        String name = path.getLast();
        // a property's own words; a shared definition's generic text (every duration's syntax) only when the
        // property is not a reference to it
        String description = propertySchema.has("description") || !propertySchema.has("$ref")
                ? schema.path("description").asText("") : "";
        Object defaultValue = schema.has("default") ? JSON.convertValue(schema.get("default"), Object.class) : null;
        Double min = schema.has("minimum") ? schema.get("minimum").asDouble() : null;
        Double max = schema.has("maximum") ? schema.get("maximum").asDouble() : null;
        Builder b = new Builder(path, inlined, required, description, defaultValue, min, max);

        if (schema.path("secret").asBoolean(false) || schema.path("writeOnly").asBoolean(false)) {
            return b.kind(FieldKind.SECRET);
        }
        if (refName.equals("duration") || schema.path("format").asText().equals("duration")) {
            return b.kind(FieldKind.DURATION);
        }
        if (schema.has("enum")) {
            b.options = list(schema.get("enum"));
            return b.kind(FieldKind.ENUM);
        }
        JsonNode alternatives = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
        if (alternatives != null && !schema.has("type") && !schema.has("properties")) {
            return union(b, path, alternatives);
        }
        String type = type(schema);
        return switch (type) {
            case "string" -> b.kind(CODE_FIELDS.contains(name) || schema.has("contentMediaType")
                    || List.of("code", "textarea", "multiline").contains(schema.path("format").asText())
                    ? FieldKind.CODE : FieldKind.TEXT);
            case "integer" -> b.kind(FieldKind.INTEGER);
            case "number" -> b.kind(FieldKind.NUMBER);
            case "boolean" -> b.kind(FieldKind.BOOLEAN);
            case "array" -> array(b, refs.resolve(schema.path("items")));
            case "object" -> object(b, path, schema);
            default -> b.kind(FieldKind.YAML);
        };
    }

    /** oneOf/anyOf: a list of strings or one string is a list; a scalar or an object is the object. */
    private FieldSpec union(Builder b, List<String> path, JsonNode alternatives) {
        List<JsonNode> alts = new ArrayList<>();
        alternatives.forEach(a -> alts.add(refs.resolve(a)));
        List<JsonNode> objects = alts.stream().filter(a -> type(a).equals("object")).toList();
        List<JsonNode> arrays = alts.stream().filter(a -> type(a).equals("array")).toList();
        boolean othersScalar = alts.stream().allMatch(a -> SCALAR_TYPES.contains(type(a)) || type(a).equals("object")
                || type(a).equals("array"));
        if (objects.size() == 1 && arrays.isEmpty() && othersScalar && objects.getFirst().has("properties")) {
            JsonNode object = objects.getFirst();
            List<String> required = new ArrayList<>();
            object.path("required").forEach(r -> required.add(r.asText()));
            b.shorthand = alts.size() > 1 && required.size() == 1 ? required.getFirst() : "";
            b.children = fields(path, object);
            return b.kind(FieldKind.OBJECT);
        }
        if (arrays.size() == 1 && alts.size() == 2 && alts.stream().anyMatch(a -> type(a).equals("string"))) {
            JsonNode items = refs.resolve(arrays.getFirst().path("items"));
            if (!items.isMissingNode() && SCALAR_TYPES.contains(type(items))) {
                return array(b, items); // "a" or [a, b]: both edit as a list
            }
        }
        if (objects.size() == 1 && alts.size() == 2 && arrays.size() == 1
                && !objects.getFirst().has("properties") && objects.getFirst().has("additionalProperties")) {
            return object(b, path, objects.getFirst()); // a map, or a list of its keys (outputs)
        }
        return b.kind(FieldKind.YAML);
    }

    private FieldSpec array(Builder b, JsonNode items) {
        if (items.has("enum")) {
            b.itemKind = FieldKind.ENUM;
            b.itemOptions = list(items.get("enum"));
            return b.kind(FieldKind.LIST);
        }
        String itemType = items.isMissingNode() ? "string" : type(items);
        b.itemKind = switch (itemType) {
            case "string" -> FieldKind.TEXT;
            case "integer" -> FieldKind.INTEGER;
            case "number" -> FieldKind.NUMBER;
            case "boolean" -> FieldKind.BOOLEAN;
            default -> null;
        };
        return b.kind(b.itemKind == null ? FieldKind.YAML : FieldKind.LIST);
    }

    private FieldSpec object(Builder b, List<String> path, JsonNode schema) {
        JsonNode additional = refs.resolve(schema.path("additionalProperties"));
        boolean closed = additional.isBoolean() && !additional.asBoolean();
        if (schema.has("properties") && (closed || additional.isMissingNode())) {
            b.children = fields(path, schema);
            return b.kind(FieldKind.OBJECT);
        }
        if (schema.has("properties")) {
            return b.kind(FieldKind.YAML); // known keys plus free ones (matrix): too irregular for a table
        }
        if (additional.isMissingNode() || additional.isBoolean() || scalarTypes(additional)) {
            b.nullable = types(additional).contains("null");
            return b.kind(FieldKind.MAP);
        }
        return b.kind(FieldKind.YAML);
    }

    private static boolean scalarTypes(JsonNode schema) {
        List<String> types = types(schema);
        return !types.isEmpty() && SCALAR_TYPES.containsAll(types);
    }

    /** The first non-null type, "" when none is given. */
    static String type(JsonNode schema) {
        return types(schema).stream().filter(t -> !t.equals("null")).findFirst()
                .orElse(types(schema).isEmpty() ? "" : "null");
    }

    private static List<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        List<String> types = new ArrayList<>();
        if (type.isTextual()) {
            types.add(type.asText());
        } else if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        }
        return types;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    /** Collects the optional parts while the kind is being worked out. */
    private static final class Builder {
        final List<String> path;
        final JsonNode schema;
        final boolean required;
        final String description;
        final Object defaultValue;
        final Double min;
        final Double max;
        List<JsonNode> options = List.of();
        FieldKind itemKind;
        List<JsonNode> itemOptions = List.of();
        boolean nullable;
        String shorthand = "";
        List<FieldSpec> children = List.of();

        Builder(List<String> path, JsonNode schema, boolean required, String description, Object defaultValue,
                Double min, Double max) {
            this.path = path;
            this.schema = schema;
            this.required = required;
            this.description = description;
            this.defaultValue = defaultValue;
            this.min = min;
            this.max = max;
        }

        FieldSpec kind(FieldKind kind) {
            return new FieldSpec(path, kind, schema, required, description, defaultValue, options, itemKind, itemOptions,
                    nullable, min, max, shorthand, children);
        }
    }
}
