package dev.junction.designer.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** Local {@code $ref}s ({@code #/$defs/name}, {@code #/definitions/name}) of one schema document. */
final class SchemaRefs {

    /** Keys Junction adds to schemas; the validator need not see them. */
    static final Set<String> JUNCTION_KEYS = Set.of("secret");
    private static final int MAX_DEPTH = 24;

    private final JsonNode root;

    SchemaRefs(JsonNode root) {
        this.root = root == null ? JsonNodeFactory.instance.objectNode() : root;
    }

    /** The def name a local reference points to ({@code duration} for {@code #/$defs/duration}), or "". */
    static String refName(JsonNode schema) {
        JsonNode ref = schema == null ? null : schema.get("$ref");
        if (ref == null || !ref.isTextual() || !ref.asText().startsWith("#/")) {
            return "";
        }
        String text = ref.asText();
        return text.substring(text.lastIndexOf('/') + 1);
    }

    /**
     * The schema a reference points to, following chains; keywords beside the {@code $ref} (a description)
     * win over the target's. Not a reference: the node itself.
     */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < MAX_DEPTH && current != null && current.has("$ref"); i++) {
            JsonNode target = root.at(current.get("$ref").asText().substring(1));
            if (target.isMissingNode()) {
                return current;
            }
            ObjectNode merged = ((ObjectNode) target).deepCopy();
            for (Iterator<Map.Entry<String, JsonNode>> it = current.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().equals("$ref")) {
                    merged.set(e.getKey(), e.getValue());
                }
            }
            current = merged;
        }
        return current;
    }

    /** A self-contained copy: references replaced by their targets, Junction's own keys left out. */
    JsonNode inline(JsonNode schema) {
        return inline(schema, 0);
    }

    private JsonNode inline(JsonNode schema, int depth) {
        if (!schema.isObject()) {
            return schema; // true/false schemas
        }
        if (depth > MAX_DEPTH) {
            return JsonNodeFactory.instance.objectNode(); // a recursive schema: accept anything below here
        }
        JsonNode resolved = resolve(schema);
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = resolved.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode value = e.getValue();
            if (key.equals("$ref") || key.equals("$defs") || key.equals("definitions") || JUNCTION_KEYS.contains(key)) {
                continue;
            }
            copy.set(key, switch (key) {
                case "properties", "patternProperties", "dependentSchemas" -> {
                    ObjectNode named = JsonNodeFactory.instance.objectNode();
                    value.fields().forEachRemaining(p -> named.set(p.getKey(), inline(p.getValue(), depth + 1)));
                    yield named;
                }
                case "items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames",
                     "unevaluatedItems", "unevaluatedProperties" -> inline(value, depth + 1);
                case "allOf", "anyOf", "oneOf", "prefixItems" -> {
                    ArrayNode list = JsonNodeFactory.instance.arrayNode();
                    value.forEach(item -> list.add(inline(item, depth + 1)));
                    yield list;
                }
                default -> value; // data: enum, default, const, descriptions
            });
        }
        return copy;
    }
}
