package dev.junction.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON text for input and output values. Values come back as JSON types (maps, lists, strings, numbers,
 * booleans, null); an instant comes back as its ISO-8601 string.
 */
final class StoreJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private StoreJson() {}

    /**
     * A value as JSON text. A value Jackson cannot serialize is stored as a placeholder naming only its class:
     * losing a step's status over one odd output would be worse, and its toString might hold unmasked data.
     */
    static String value(Object value) {
        return write(node(value));
    }

    /** A map as a JSON object, keeping its order; each value as in {@link #value(Object)}. */
    static String map(Map<String, Object> map) {
        Map<String, JsonNode> nodes = new LinkedHashMap<>();
        map.forEach((key, value) -> nodes.put(key, node(value)));
        return write(nodes);
    }

    static Map<String, Object> readMap(String json) {
        try {
            return Collections.unmodifiableMap(MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {}));
        } catch (JsonProcessingException e) {
            throw new StoreException("stored JSON is not an object: " + e.getOriginalMessage(), e);
        }
    }

    static Object readValue(String json) {
        try {
            return MAPPER.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored JSON is not valid: " + e.getOriginalMessage(), e);
        }
    }

    private static JsonNode node(Object value) {
        try {
            return MAPPER.valueToTree(value);
        } catch (IllegalArgumentException e) {
            return TextNode.valueOf("<not JSON: " + value.getClass().getName() + ">");
        }
    }

    private static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }
}
