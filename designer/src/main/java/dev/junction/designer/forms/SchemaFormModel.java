package dev.junction.designer.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junction.workflow.InputSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The view model of a {@link SchemaForm}: one {@link FieldModel} per property of an object schema, the form's
 * current values, and every error. Testable without a window. FX thread only.
 */
public final class SchemaFormModel {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<FieldModel> fields = new ArrayList<>();
    private final ReadOnlyObjectWrapper<Map<String, Object>> values = new ReadOnlyObjectWrapper<>(this, "values", Map.of());
    private final ObservableList<String> errors = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyErrors = FXCollections.unmodifiableObservableList(errors);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private Consumer<FieldCommit> onCommit = c -> {};
    private boolean settingValues;

    /** @param refRoot the document the schema's local {@code $ref}s point into; null means the schema itself */
    public SchemaFormModel(JsonNode objectSchema, JsonNode refRoot) {
        this(new SchemaFields(refRoot == null ? objectSchema : refRoot).fields(objectSchema));
    }

    public SchemaFormModel(List<FieldSpec> specs) {
        specs.forEach(s -> fields.add(new FieldModel(s, null, this::changed, c -> onCommit.accept(c))));
        changed();
    }

    /**
     * The model of a form for a workflow's (or action's) inputs: each input's schema, description and default
     * (an empty field means "use the default"), required marks, secrets masked.
     */
    public static SchemaFormModel forInputs(Map<String, InputSpec> inputs) {
        return new SchemaFormModel(inputsSchema(inputs), null);
    }

    /** The object schema {@link #forInputs} builds: one property per input, Junction's flags included. */
    public static JsonNode inputsSchema(Map<String, InputSpec> inputs) {
        ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = schema.putArray("required");
        inputs.values().forEach(spec -> {
            ObjectNode property = spec.schema().isObject() ? spec.schema().deepCopy() : JsonNodeFactory.instance.objectNode();
            if (!spec.description().isEmpty()) {
                property.put("description", spec.description());
            }
            if (spec.defaultValue() != null) {
                property.set("default", JSON.valueToTree(spec.defaultValue()));
            }
            if (spec.secret()) {
                property.put("secret", true);
            }
            properties.set(spec.name(), property);
            if (spec.required()) {
                required.add(spec.name());
            }
        });
        return schema;
    }

    public List<FieldModel> fields() {
        return Collections.unmodifiableList(fields);
    }

    /** The field at a path of property names, e.g. {@code [http, url]}. */
    public Optional<FieldModel> field(List<String> path) {
        List<FieldModel> level = fields;
        FieldModel found = null;
        for (String name : path) {
            found = level.stream().filter(f -> f.spec().name().equals(name)).findFirst().orElse(null);
            if (found == null) {
                return Optional.empty();
            }
            level = found.children();
        }
        return Optional.ofNullable(found);
    }

    public Optional<FieldModel> field(String name) {
        return field(List.of(name));
    }

    /**
     * Sets every field from a map of plain values (missing names clear their field). Nothing is committed;
     * a field whose value did not change keeps what the user is typing in it.
     */
    public void setValues(Map<String, ?> newValues) {
        settingValues = true;
        try {
            fields.forEach(f -> f.setValue(newValues.get(f.spec().name())));
        } finally {
            settingValues = false;
        }
        changed();
    }

    /**
     * The current values by property name: typed when valid, the raw text when not (so a later check names the
     * problem again); empty fields are left out. Replaced (never mutated) on every change.
     */
    public ReadOnlyObjectProperty<Map<String, Object>> valuesProperty() {
        return values.getReadOnlyProperty();
    }

    public Map<String, Object> values() {
        return values.get();
    }

    /** Every current error as {@code "name: message"} (nested names joined by dots), in field order. */
    public ObservableList<String> errors() {
        return readOnlyErrors;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Called with each value the user finishes editing (only valid values). */
    public void setOnCommit(Consumer<FieldCommit> handler) {
        onCommit = handler == null ? c -> {} : handler;
    }

    /**
     * Shows messages from outside the form (a run's input check, a document refusing a value) under the
     * top-level fields they name; fields not in the map lose such messages. The next edit of a field clears its.
     */
    public void showErrors(Map<String, List<String>> errorsByField) {
        fields.forEach(f -> f.showExternalError(String.join("; ", errorsByField.getOrDefault(f.spec().name(), List.of()))));
    }

    /** Shows every field's error, also those the user has not touched yet (before a run is started). */
    public void revealErrors() {
        fields.forEach(FieldModel::reveal);
    }

    private void changed() {
        if (settingValues) {
            return;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        List<String> all = new ArrayList<>();
        for (FieldModel f : fields) {
            Object v = f.valueForForm();
            if (v != null) {
                map.put(f.spec().name(), v);
            }
            collectErrors(f, all);
        }
        values.set(Collections.unmodifiableMap(map));
        if (!errors.equals(all)) {
            errors.setAll(all);
        }
        valid.set(all.isEmpty());
    }

    private static void collectErrors(FieldModel field, List<String> out) {
        if (!field.errorProperty().get().isEmpty()) {
            out.add(String.join(".", field.spec().path()) + ": " + field.errorProperty().get());
        }
        field.children().forEach(c -> collectErrors(c, out));
    }
}
