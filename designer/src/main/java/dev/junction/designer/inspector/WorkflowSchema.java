package dev.junction.designer.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;

/**
 * The workflow format's JSON Schema ({@code docs/schema/workflow.schema.json}, copied onto the classpath by the
 * build so there is one schema), and the parts of it the inspector builds forms from. Immutable.
 */
public final class WorkflowSchema {

    private static final String RESOURCE = "workflow.schema.json";
    private static volatile WorkflowSchema standard;

    private final JsonNode root;

    private WorkflowSchema(JsonNode root) {
        this.root = root;
    }

    /** The schema shipped with Junction. */
    public static WorkflowSchema standard() {
        if (standard == null) {
            try (InputStream in = WorkflowSchema.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the classpath (the designer build copies"
                            + " it from docs/schema)");
                }
                standard = new WorkflowSchema(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return standard;
    }

    /** The whole document: the target of every {@code $ref}. */
    public JsonNode root() {
        return root;
    }

    /** The schema of one step property ({@code timeout}, {@code http}, …), or a missing node. */
    public JsonNode stepProperty(String name) {
        return root.path("$defs").path("step").path("properties").path(name);
    }

    /** The names of a step's properties, in the schema's order. */
    public Iterable<String> stepPropertyNames() {
        return () -> root.path("$defs").path("step").path("properties").fieldNames();
    }

    /** The schema of a top-level workflow property ({@code name}, {@code max-parallel}, …). */
    public JsonNode workflowProperty(String name) {
        return root.path("properties").path(name);
    }

    /** The object a kind's key holds when it has fields of its own ({@code http}, {@code script}), else null. */
    public JsonNode kindObject(String kind) {
        JsonNode property = stepProperty(kind);
        JsonNode ref = property.get("$ref");
        JsonNode target = ref != null && ref.asText().startsWith("#/") ? root.at(ref.asText().substring(1)) : property;
        return target.has("properties") ? target : null;
    }

    /** An object schema with some of the step's properties, in the given order (those the schema has). */
    public ObjectNode stepSubset(Collection<String> names) {
        return subset(names, true);
    }

    /** An object schema with some of the workflow's top-level properties. */
    public ObjectNode workflowSubset(Collection<String> names) {
        return subset(names, false);
    }

    private ObjectNode subset(Collection<String> names, boolean step) {
        ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        for (String name : names) {
            JsonNode property = step ? stepProperty(name) : workflowProperty(name);
            if (!property.isMissingNode()) {
                properties.set(name, property);
            }
        }
        return schema;
    }
}
