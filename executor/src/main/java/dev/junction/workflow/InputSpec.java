package dev.junction.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One workflow input: a JSON Schema for its value plus the few things Junction adds.
 *
 * @param schema       the input's JSON Schema (without Junction's own keys), used for validation and forms
 * @param required     whether a value must be given; inputs with a default are never required
 * @param defaultValue the default as a plain Java value (String, Long, Double, Boolean, List, Map) or null
 * @param secret       whether the value is masked in logs and forms
 */
public record InputSpec(String name, JsonNode schema, boolean required, Object defaultValue, String description,
                        boolean secret) {

    public InputSpec {
        Objects.requireNonNull(name);
        Objects.requireNonNull(schema);
        description = description == null ? "" : description;
    }

    /** The JSON Schema {@code type}, or "string" when the schema gives none. */
    public String type() {
        JsonNode type = schema.get("type");
        return type != null && type.isTextual() ? type.asText() : "string";
    }
}
