package dev.junction.designer.inspector;

import atlantafx.base.theme.Styles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junction.designer.forms.FieldKind;
import dev.junction.designer.forms.SchemaForm;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** One workflow input as a card: its name, type, description, default, allowed values, required and secret flags. */
final class InputCard extends VBox {

    static final List<String> TYPES = List.of("string", "integer", "number", "boolean", "array", "object");

    private final String name;
    private final String type;
    private final boolean hasDefault;
    private final SchemaForm form;

    InputCard(InspectorViewModel model, String name, Map<String, Object> spec) {
        super(10);
        this.name = name;
        this.type = typeOf(spec);
        this.hasDefault = spec.get("default") != null;
        getStyleClass().add("input-card");
        NameField title = new NameField("inspector-input-name-" + name, name, newName -> model.renameInput(name, newName));
        title.field().getStyleClass().add("input-card-name");
        title.field().setTooltip(new Tooltip("The input's name; renaming it renames {{ inputs." + name + " }} everywhere"));
        HBox.setHgrow(title, javafx.scene.layout.Priority.ALWAYS);
        Label badge = new Label(type);
        badge.getStyleClass().addAll("input-card-type", Styles.TEXT_SMALL);
        badge.setMinWidth(Region.USE_PREF_SIZE); // the name field gives way, the type stays readable
        Button remove = new Button(null, new FontIcon(Feather.TRASH_2));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL, "input-card-remove");
        remove.setTooltip(new Tooltip("Remove input " + name));
        remove.setId("inspector-remove-input-" + name);
        HBox header = new HBox(8, title, badge, remove);
        header.setAlignment(Pos.CENTER_LEFT);

        form = new SchemaForm(schema(type, hasDefault));
        form.setId("inspector-input-" + name);
        form.setOnCommit(c -> {
            Object value = c.value();
            var field = form.model().field(c.path()).orElseThrow();
            if (field.spec().kind() == FieldKind.BOOLEAN && Objects.equals(value, field.spec().defaultValue())) {
                value = null; // the default needs no key
            }
            String error = model.setInputField(name, c.name(), value);
            if (!error.isEmpty()) {
                form.showError(c.path(), error);
            }
        });
        remove.setOnAction(e -> model.removeInput(name));
        getChildren().addAll(header, form);
        refresh(spec);
    }

    String name() {
        return name;
    }

    /** What the card's fields depend on: a change of it needs a new card. */
    static String key(String name, Map<String, Object> spec) {
        return name + ":" + typeOf(spec) + ":" + (spec.get("default") != null);
    }

    void refresh(Map<String, Object> spec) {
        form.setValues(spec);
    }

    static String typeOf(Map<String, Object> spec) {
        Object type = spec.get("type");
        return type == null ? "string" : String.valueOf(type);
    }

    /**
     * The form's schema: the default and the allowed values take the input's own type; "required" shows what
     * applies when it is not written (required unless there is a default).
     */
    private static JsonNode schema(String type, boolean hasDefault) {
        var f = JsonNodeFactory.instance;
        ObjectNode schema = f.objectNode().put("type", "object");
        ObjectNode p = schema.putObject("properties");
        TYPES.forEach(p.putObject("type").putArray("enum")::add);
        p.putObject("description").put("type", "string");
        ObjectNode defaultField = p.putObject("default");
        switch (type) {
            case "array" -> defaultField.put("type", "array").putObject("items").put("type", "string");
            case "object" -> defaultField.put("type", "object");
            case "string", "integer", "number", "boolean" -> defaultField.put("type", type);
            default -> { }
        }
        if (List.of("string", "integer", "number").contains(type)) {
            p.putObject("enum").put("type", "array").put("description", "Allowed values; none for any.")
                    .putObject("items").put("type", type);
        }
        p.putObject("required").put("type", "boolean").put("default", !hasDefault);
        p.putObject("secret").put("type", "boolean").put("default", false);
        return schema;
    }
}
