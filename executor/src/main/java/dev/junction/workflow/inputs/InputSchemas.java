package dev.junction.workflow.inputs;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON Schema (draft 2020-12) through networknt's validator: checks that an input's schema is itself valid,
 * and that values match it. Compiled schemas are cached; thread-safe.
 */
public final class InputSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";
    private static final Map<JsonNode, Schema> CACHE = new ConcurrentHashMap<>();

    private InputSchemas() {}

    /** Problems with a schema itself, as (JSON pointer within the schema, message) pairs. */
    public static List<SchemaError> checkSchema(JsonNode schema) {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of(META_SCHEMA));
        return meta.validate(schema).stream().map(InputSchemas::toError).toList();
    }

    /** Problems with a value, as (JSON pointer within the value, message) pairs; empty when valid. */
    public static List<SchemaError> validate(JsonNode schema, JsonNode value) {
        Schema compiled = CACHE.computeIfAbsent(schema, REGISTRY::getSchema);
        return compiled.validate(value).stream().map(InputSchemas::toError).toList();
    }

    private static SchemaError toError(Error error) {
        String pointer = error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
        String message = error.getMessage();
        // networknt prefixes messages with the instance path ("$.a: ..."); the caller says where already
        int colon = message.indexOf(": ");
        if (message.startsWith("$") && colon > 0) {
            message = message.substring(colon + 2);
        }
        return new SchemaError(pointer, message);
    }

    /** @param path the location as networknt prints it ({@code $.foo[0]}), or empty for the root */
    public record SchemaError(String path, String message) {}
}
