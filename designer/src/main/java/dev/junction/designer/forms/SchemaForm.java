package dev.junction.designer.forms;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import com.fasterxml.jackson.databind.JsonNode;
import dev.junction.workflow.InputSpec;
import dev.junction.workflow.inputs.InvalidInputsException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A form generated from a JSON Schema of an object: one field per property, with an editor chosen by
 * {@link SchemaFields} (text, code, numbers with bounds, switches, choices, lists, key/value tables, durations,
 * masked secrets, nested groups). Values are checked as they are typed, with the engine's validator; errors are
 * shown under their field.
 *
 * <p>Two ways to use it: read {@link #valuesProperty()} and {@link #errors()} (a run dialog), or receive each
 * finished edit through {@link #setOnCommit} (an inspector writing to a document). FX thread only.
 *
 * <pre>{@code
 * SchemaForm form = SchemaForm.forInputs(workflow.inputs());
 * form.setValues(lastValues);
 * runButton.disableProperty().bind(form.validProperty().not());
 * try { InputValues.resolve(workflow.inputs(), form.values()); }
 * catch (InvalidInputsException e) { form.showErrors(byInput(e.errors())); }
 * }</pre>
 */
public class SchemaForm extends VBox {

    private static final String STYLESHEET = SchemaForm.class.getResource("forms.css").toExternalForm();

    private final SchemaFormModel model;
    private final Map<List<String>, Node> editors = new HashMap<>();

    /** A form for an object schema; its local {@code $ref}s point into the schema itself. */
    public SchemaForm(JsonNode objectSchema) {
        this(new SchemaFormModel(objectSchema, null));
    }

    /** A form for an object schema whose local {@code $ref}s point into {@code refRoot} (a larger document). */
    public SchemaForm(JsonNode objectSchema, JsonNode refRoot) {
        this(new SchemaFormModel(objectSchema, refRoot));
    }

    public SchemaForm(SchemaFormModel model) {
        this.model = model;
        createView();
    }

    /**
     * A form for a workflow's (or action's) inputs: each input's schema, description and default (shown as the
     * field's hint; an empty field means "use the default"), required marks, secrets masked.
     */
    public static SchemaForm forInputs(Map<String, InputSpec> inputs) {
        return new SchemaForm(SchemaFormModel.forInputs(inputs));
    }

    private void createView() {
        getStyleClass().add("schema-form");
        getStylesheets().add(STYLESHEET);
        setSpacing(14);
        model.fields().forEach(f -> getChildren().add(row(f)));
    }

    private Node row(FieldModel field) {
        FieldSpec spec = field.spec();
        if (spec.kind() == FieldKind.OBJECT) {
            return group(field);
        }
        Label name = new Label(spec.name());
        name.getStyleClass().add("field-name");
        HBox header = new HBox(4, name);
        header.setAlignment(Pos.CENTER_LEFT);
        if (spec.required()) {
            Label star = new Label("*");
            star.getStyleClass().addAll("field-required", Styles.DANGER);
            header.getChildren().add(star);
        }
        header.getChildren().add(new Spacer());
        Node editor = FieldEditors.create(field);
        editors.put(spec.path(), editor);
        if (spec.kind() == FieldKind.BOOLEAN) {
            header.getChildren().add(editor); // a switch sits at the end of its label's line
        } else {
            Label type = new Label(spec.typeLabel());
            type.getStyleClass().addAll("field-type", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            header.getChildren().add(type);
        }
        VBox box = new VBox(4, header);
        box.getStyleClass().add("field-row");
        if (spec.kind() != FieldKind.BOOLEAN) {
            box.getChildren().add(editor);
        }
        if (!spec.description().isEmpty()) {
            Label description = new Label(spec.description());
            description.getStyleClass().addAll("field-description", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            description.setWrapText(true);
            box.getChildren().add(description);
        }
        Label error = new Label();
        error.getStyleClass().addAll("field-error", Styles.DANGER, Styles.TEXT_SMALL);
        error.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));
        error.setWrapText(true);
        error.textProperty().bind(field.shownErrorProperty());
        error.visibleProperty().bind(field.shownErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        box.getChildren().add(error);
        field.shownErrorProperty().addListener((obs, old, now) -> editor.pseudoClassStateChanged(
                Styles.STATE_DANGER, !now.isEmpty()));
        editor.pseudoClassStateChanged(Styles.STATE_DANGER, !field.shownErrorProperty().get().isEmpty());
        return box;
    }

    private Node group(FieldModel field) {
        Label title = new Label(field.spec().name());
        title.getStyleClass().addAll("field-group-title");
        VBox children = new VBox(12);
        children.getStyleClass().add("field-group-body");
        field.children().forEach(c -> children.getChildren().add(row(c)));
        VBox box = new VBox(8, title);
        if (!field.spec().description().isEmpty()) {
            Label description = new Label(field.spec().description());
            description.getStyleClass().addAll("field-description", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            description.setWrapText(true);
            box.getChildren().add(description);
        }
        box.getChildren().add(children);
        box.getStyleClass().add("field-group");
        return box;
    }

    public SchemaFormModel model() {
        return model;
    }

    /** Sets every field from plain values without committing; see {@link SchemaFormModel#setValues}. */
    public void setValues(Map<String, ?> values) {
        model.setValues(values);
    }

    /** Typed values of the non-empty fields; replaced on every change. */
    public ReadOnlyObjectProperty<Map<String, Object>> valuesProperty() {
        return model.valuesProperty();
    }

    public Map<String, Object> values() {
        return model.values();
    }

    /** {@code "name: message"} for every invalid field. */
    public ObservableList<String> errors() {
        return model.errors();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return model.validProperty();
    }

    /** Receives each valid value the user finishes editing. */
    public void setOnCommit(Consumer<FieldCommit> handler) {
        model.setOnCommit(handler);
    }

    /** Shows the errors of fields the user has not touched yet. */
    public void revealErrors() {
        model.revealErrors();
    }

    /**
     * Shows messages from outside under the fields they name (e.g. {@link InvalidInputsException#errors()} grouped
     * by input); an empty map clears them.
     */
    public void showErrors(Map<String, List<String>> errorsByField) {
        model.showErrors(errorsByField);
    }

    /** Shows a message under a field, e.g. when the document refused its value. */
    public void showError(List<String> path, String message) {
        model.field(path).ifPresent(f -> f.showExternalError(message));
    }

    /** The control that edits a field (tests, focus). */
    public Optional<Node> editor(List<String> path) {
        return Optional.ofNullable(editors.get(List.copyOf(path)));
    }
}
