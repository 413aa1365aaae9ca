package dev.junction.designer.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What a form knows about one property: how to edit it and what is valid. Built from a JSON Schema by
 * {@link SchemaFields}; immutable.
 *
 * @param schema       the property's schema with local references inlined, for validation
 * @param options      the allowed values of an {@link FieldKind#ENUM}
 * @param itemKind     for a {@link FieldKind#LIST}: TEXT, INTEGER, NUMBER, BOOLEAN or ENUM
 * @param itemOptions  for a LIST of ENUM items: the allowed items
 * @param nullable     for a {@link FieldKind#MAP}: an empty value means null ({@code ~}) rather than ""
 * @param shorthand    for an {@link FieldKind#OBJECT} that may also be written as a scalar ({@code retry: 3}):
 *                     the property the scalar stands for ({@code attempts}), else empty
 * @param children     the properties of an OBJECT
 */
public record FieldSpec(List<String> path, FieldKind kind, JsonNode schema, boolean required, String description,
                        Object defaultValue, List<JsonNode> options, FieldKind itemKind, List<JsonNode> itemOptions,
                        boolean nullable, Double minimum, Double maximum, String shorthand, List<FieldSpec> children) {

    public FieldSpec {
        path = List.copyOf(path);
        options = List.copyOf(options);
        itemOptions = List.copyOf(itemOptions);
        children = List.copyOf(children);
        description = description == null ? "" : description;
        shorthand = shorthand == null ? "" : shorthand;
    }

    public String name() {
        return path.getLast();
    }

    /** A short word for the label: "integer", "duration", "list", ... */
    public String typeLabel() {
        return switch (kind) {
            case TEXT -> "text";
            case CODE -> "multi-line";
            case SECRET -> "secret";
            case INTEGER -> "integer";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case ENUM -> "choice";
            case DURATION -> "duration";
            case LIST -> "list";
            case MAP -> "map";
            case OBJECT -> "group";
            case YAML -> "YAML";
        };
    }
}
