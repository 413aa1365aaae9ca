package dev.junction.designer.forms;

import dev.junction.workflow.InputSpec;
import dev.junction.workflow.inputs.InputError;
import dev.junction.workflow.inputs.InputValues;
import dev.junction.workflow.inputs.InvalidInputsException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The state of one field, without controls: the editor's raw value, its validation message, and the last
 * value committed or set from outside. Values are checked with the engine's validator
 * ({@link InputValues}, networknt JSON Schema) after conversion to the field's type. FX thread only.
 */
public final class FieldModel {

    private final FieldSpec spec;
    private final FieldModel parent;
    private final List<FieldModel> children = new ArrayList<>();
    private final ObjectProperty<Object> raw = new SimpleObjectProperty<>(this, "raw");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper externalError = new ReadOnlyStringWrapper(this, "externalError", "");
    private final ReadOnlyBooleanWrapper touched = new ReadOnlyBooleanWrapper(this, "touched");
    private final ReadOnlyStringWrapper shownError = new ReadOnlyStringWrapper(this, "shownError", "");
    private final Consumer<FieldCommit> commits;
    /** Stands for "the last commit was refused", equal to no value. */
    private static final Object REFUSED = new Object();

    private Object committed;
    private boolean applying;

    FieldModel(FieldSpec spec, FieldModel parent, Runnable onChange, Consumer<FieldCommit> commits) {
        this.spec = spec;
        this.parent = parent;
        this.commits = commits;
        // a group's required fields are required only once the group has a value: siblings re-check together
        Runnable childChanged = () -> {
            children.forEach(FieldModel::validate);
            onChange.run();
        };
        spec.children().forEach(c -> children.add(new FieldModel(c, this, childChanged, commits)));
        raw.addListener((obs, old, now) -> {
            if (!applying) {
                touched.set(true);
                externalError.set("");
            }
            validate();
            onChange.run();
        });
        touched.addListener(o -> updateShown());
        error.addListener(o -> updateShown());
        externalError.addListener(o -> updateShown());
        validate();
    }

    public FieldSpec spec() {
        return spec;
    }

    /** The fields of an {@link FieldKind#OBJECT}; empty otherwise. */
    public List<FieldModel> children() {
        return List.copyOf(children);
    }

    /**
     * What the editor holds: a String (text, numbers, durations, choices, YAML), a Boolean, a
     * {@code List<String>} (lists) or a list of {@code [name, value]} pairs (maps); null when empty.
     */
    public ObjectProperty<Object> rawProperty() {
        return raw;
    }

    /** Why the current value is invalid, or "" when it is valid. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The message to show under the field: errors once the user has touched it (or the form reveals them). */
    public ReadOnlyStringProperty shownErrorProperty() {
        return shownError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty touchedProperty() {
        return touched.getReadOnlyProperty();
    }

    public boolean isValid() {
        return error.get().isEmpty() && children.stream().allMatch(FieldModel::isValid);
    }

    /**
     * The typed value: String, Long, Double, Boolean, List, Map (an OBJECT's non-empty children), or null.
     *
     * @throws IllegalArgumentException when the raw value is not of the field's type
     */
    public Object typedValue() {
        if (spec.kind() == FieldKind.OBJECT) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (FieldModel child : children) {
                Object v = child.typedValue();
                if (v != null) {
                    map.put(child.spec.name(), v);
                }
            }
            return map.isEmpty() ? null : map;
        }
        return FieldValues.toTyped(spec, raw.get());
    }

    /** The typed value when valid, else the raw one (so a later check reports it again), null when empty. */
    Object valueForForm() {
        try {
            return typedValue();
        } catch (IllegalArgumentException e) {
            return raw.get();
        }
    }

    /**
     * Sets the value from outside (a document, remembered values) without committing it. A field whose value
     * outside did not change since it was last set keeps what the user is typing.
     */
    public void setValue(Object value) {
        if (spec.kind() == FieldKind.OBJECT) {
            Map<?, ?> parts = value instanceof Map<?, ?> m ? m
                    : value != null && !spec.shorthand().isEmpty() ? Map.of(spec.shorthand(), value) : Map.of();
            children.forEach(c -> c.setValue(parts.get(c.spec.name())));
            committed = value;
            return;
        }
        Object normalized = FieldValues.normalize(spec, value);
        if (Objects.equals(normalized, committed)) {
            return;
        }
        committed = normalized;
        applying = true;
        try {
            raw.set(FieldValues.toRaw(spec, value));
        } finally {
            applying = false;
        }
        externalError.set("");
    }

    /** The user finished editing: a valid, changed value goes to the form's commit handler. */
    public void commit() {
        if (applying) {
            return;
        }
        touched.set(true);
        if (!error.get().isEmpty()) {
            return;
        }
        Object typed = typedValue();
        if (!Objects.equals(typed, committed)) {
            committed = typed;
            commits.accept(new FieldCommit(spec.path(), typed));
        }
    }

    /** An error from outside the form (the document refused the value); cleared by the next edit. */
    public void showExternalError(String message) {
        externalError.set(message == null ? "" : message);
        if (!externalError.get().isEmpty()) {
            touched.set(true);
            committed = REFUSED; // the value did not land: committing it again must try again
        }
    }

    void reveal() {
        touched.set(true);
        children.forEach(FieldModel::reveal);
    }

    private void updateShown() {
        String own = touched.get() ? error.get() : "";
        shownError.set(!externalError.get().isEmpty() ? externalError.get() : own);
    }

    private void validate() {
        if (spec.kind() == FieldKind.OBJECT) {
            return;
        }
        error.set(check());
    }

    private String check() {
        Object typed;
        try {
            typed = FieldValues.toTyped(spec, raw.get());
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (typed == null) {
            boolean needed = spec.required() && spec.defaultValue() == null
                    && (parent == null || parent.children.stream().anyMatch(c -> c != this && c.rawProperty().get() != null));
            return needed ? "is required" : "";
        }
        // the engine's own check, so a form never accepts what a run would refuse
        InputSpec asInput = new InputSpec(spec.name(), spec.schema(), false, null, "", false);
        try {
            InputValues.resolve(Map.of(spec.name(), asInput), Map.of(spec.name(), typed));
            return "";
        } catch (InvalidInputsException e) {
            return e.errors().stream().map(InputError::message).distinct().collect(Collectors.joining("; "));
        }
    }
}
