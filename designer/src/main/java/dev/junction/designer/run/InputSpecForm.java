package dev.junction.designer.run;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.junction.workflow.InputSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The built-in run-inputs form: one row per input with a control chosen by its schema (a switch for
 * booleans, a choice for enums, a masked field for secrets, a JSON area for arrays and objects, a text field
 * otherwise), the description under it, and the validator's messages inline. Empty fields are left out so the
 * input's default applies. FX thread only.
 */
public final class InputSpecForm implements RunInputsForm {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One input's row: how to read its value and where its errors go. */
    private record Field(InputSpec spec, Control control, Supplier<Object> value, Label error) {}

    private final GridPane grid = new GridPane();
    private final Map<String, Field> fields = new LinkedHashMap<>();

    public InputSpecForm(Map<String, InputSpec> inputs, Map<String, Object> initial) {
        grid.getStyleClass().add("run-inputs-form");
        grid.setHgap(16);
        grid.setVgap(4);
        grid.setPadding(new Insets(4, 0, 4, 0));
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(120);
        names.setHalignment(HPos.LEFT);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        controls.setMinWidth(280);
        grid.getColumnConstraints().addAll(names, controls);
        int row = 0;
        for (InputSpec spec : inputs.values()) {
            Field field = field(spec, initial.get(spec.name()));
            field.control().setId("input-" + spec.name());
            fields.put(spec.name(), field);
            grid.add(nameOf(spec), 0, row);
            VBox cell = new VBox(3, field.control());
            if (!spec.description().isEmpty()) {
                Label description = new Label(spec.description());
                description.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                description.setWrapText(true);
                cell.getChildren().add(description);
            }
            cell.getChildren().add(field.error());
            cell.setPadding(new Insets(0, 0, 8, 0));
            grid.add(cell, 1, row);
            GridPane.setValignment(grid.getChildren().get(grid.getChildren().size() - 2), VPos.TOP);
            row++;
        }
    }

    @Override
    public Node node() {
        return grid;
    }

    @Override
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            Object value = field.value().get();
            if (value != null) {
                values.put(name, value);
            }
        });
        return values;
    }

    @Override
    public void showErrors(Map<String, List<String>> errorsByInput) {
        fields.forEach((name, field) -> {
            List<String> errors = errorsByInput.getOrDefault(name, List.of());
            field.error().setText(String.join("\n", errors));
            field.error().setVisible(!errors.isEmpty());
            field.error().setManaged(!errors.isEmpty());
            field.control().pseudoClassStateChanged(Styles.STATE_DANGER, !errors.isEmpty());
        });
    }

    /** The control of an input, for tests and for focusing the first invalid field. */
    public Control control(String input) {
        Field field = fields.get(input);
        return field == null ? null : field.control();
    }

    private static Node nameOf(InputSpec spec) {
        Label name = new Label(spec.name() + (spec.required() ? " *" : ""));
        name.getStyleClass().add(Styles.TEXT_BOLD);
        Label type = new Label(spec.secret() ? spec.type() + ", secret" : spec.type());
        type.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox box = new VBox(1, name, type);
        box.setPadding(new Insets(5, 0, 0, 0));
        return box;
    }

    private static Field field(InputSpec spec, Object initial) {
        Label error = new Label();
        error.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER, "run-input-error");
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);
        JsonNode enumValues = spec.schema().get("enum");
        if (spec.type().equals("boolean")) {
            ToggleSwitch toggle = new ToggleSwitch();
            Object value = initial != null ? initial : spec.defaultValue();
            toggle.setSelected(value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString()));
            return new Field(spec, toggle, toggle::isSelected, error);
        }
        if (enumValues != null && enumValues.isArray() && !spec.secret()) {
            ComboBox<String> choice = new ComboBox<>();
            if (!spec.required()) {
                choice.getItems().add("");
            }
            enumValues.forEach(v -> choice.getItems().add(v.isTextual() ? v.asText() : v.toString()));
            choice.setPromptText(prompt(spec));
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.setCellFactory(v -> new ChoiceCell(prompt(spec)));
            choice.setButtonCell(new ChoiceCell(prompt(spec)));
            String value = initial == null ? null : text(initial);
            if (value != null && choice.getItems().contains(value)) {
                choice.setValue(value);
            }
            return new Field(spec, choice, () -> {
                String v = choice.getValue();
                return v == null || v.isEmpty() ? null : v;
            }, error);
        }
        TextInputControl input;
        if (spec.secret()) {
            input = new PasswordField();
        } else if (spec.type().equals("array") || spec.type().equals("object")) {
            TextArea area = new TextArea();
            area.setPrefRowCount(3);
            area.setWrapText(true);
            area.getStyleClass().add("run-input-json");
            input = area;
        } else {
            input = new TextField();
        }
        input.setPromptText(prompt(spec));
        if (initial != null) {
            input.setText(text(initial));
        }
        input.setMaxWidth(Double.MAX_VALUE);
        return new Field(spec, input, () -> input.getText() == null || input.getText().isBlank() ? null : input.getText(),
                error);
    }

    private static String prompt(InputSpec spec) {
        if (spec.defaultValue() != null) {
            String value = text(spec.defaultValue());
            return value.isEmpty() ? "default: empty" : "default: " + value;
        }
        if (spec.type().equals("array")) {
            return "JSON list, e.g. [\"a\", \"b\"], or a, b";
        }
        if (spec.type().equals("object")) {
            return "JSON object, e.g. {\"key\": \"value\"}";
        }
        return spec.required() ? "required" : "optional";
    }

    private static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            try {
                return JSON.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                return Objects.toString(value);
            }
        }
        return Objects.toString(value);
    }

    /** Shows the empty choice (and no choice) as the prompt, e.g. "default: stable". */
    private static final class ChoiceCell extends javafx.scene.control.ListCell<String> {
        private final String prompt;

        ChoiceCell(String prompt) {
            this.prompt = prompt;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean none = item == null || item.isEmpty();
            setText(none ? prompt : item);
            pseudoClassStateChanged(PROMPT, none);
        }
    }

    private static final javafx.css.PseudoClass PROMPT = javafx.css.PseudoClass.getPseudoClass("prompt");

    /** Groups validator errors by input name, keeping their order. */
    static Map<String, List<String>> byInput(List<dev.junction.workflow.inputs.InputError> errors) {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (var error : errors) {
            grouped.computeIfAbsent(error.input(), k -> new ArrayList<>()).add(error.message());
        }
        return grouped;
    }
}
