package dev.junction.designer.forms;

import atlantafx.base.controls.ToggleSwitch;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Creates the control that edits one field and keeps it in step with the field's model. */
final class FieldEditors {

    private static final String NONE = "";

    private FieldEditors() {}

    static Node create(FieldModel model) {
        FieldSpec spec = model.spec();
        Node editor = switch (spec.kind()) {
            case TEXT, INTEGER, NUMBER, DURATION -> text(model, new TextField());
            case SECRET -> text(model, new PasswordField());
            case CODE -> area(model, 3, 14);
            case YAML -> area(model, 1, 6);
            case BOOLEAN -> toggle(model);
            case ENUM -> choice(model);
            case LIST -> new ListEditor(model);
            case MAP -> new MapEditor(model);
            case OBJECT -> throw new IllegalArgumentException("groups are laid out by the form");
        };
        editor.setId("field-" + String.join("-", spec.path()));
        editor.getStyleClass().add("field-editor");
        return editor;
    }

    private static Node text(FieldModel model, TextField field) {
        bind(model, field);
        field.setOnAction(e -> model.commit());
        field.setPromptText(prompt(model.spec()));
        return field;
    }

    private static Node area(FieldModel model, int minRows, int maxRows) {
        TextArea area = new TextArea();
        area.getStyleClass().add("form-code");
        area.setStyle(CodeFont.style());
        area.setWrapText(false);
        bind(model, area);
        area.setPrefRowCount(rows(area.getText(), minRows, maxRows));
        area.textProperty().addListener(o -> area.setPrefRowCount(rows(area.getText(), minRows, maxRows)));
        area.setPromptText(prompt(model.spec()));
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                model.commit();
                e.consume();
            }
        });
        return area;
    }

    private static int rows(String text, int min, int max) {
        int lines = (int) text.chars().filter(c -> c == '\n').count() + 1;
        return Math.max(min, Math.min(max, lines));
    }

    private static void bind(FieldModel model, TextInputControl control) {
        control.setText(asText(model.rawProperty().get()));
        control.textProperty().addListener((obs, old, now) -> {
            String current = asText(model.rawProperty().get());
            if (!now.equals(current)) {
                model.rawProperty().set(now.isEmpty() ? null : now);
            }
        });
        model.rawProperty().addListener((obs, old, now) -> {
            String text = asText(now);
            if (!text.equals(control.getText())) {
                control.setText(text);
            }
        });
        control.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                model.commit();
            }
        });
    }

    private static Node toggle(FieldModel model) {
        ToggleSwitch toggle = new ToggleSwitch();
        toggle.setSelected(Boolean.TRUE.equals(model.rawProperty().get())
                || model.rawProperty().get() == null && Boolean.TRUE.equals(model.spec().defaultValue()));
        toggle.selectedProperty().addListener((obs, old, now) -> {
            model.rawProperty().set(now);
            model.commit();
        });
        model.rawProperty().addListener((obs, old, now) -> {
            boolean selected = now == null ? Boolean.TRUE.equals(model.spec().defaultValue()) : Boolean.TRUE.equals(now);
            if (toggle.isSelected() != selected) {
                toggle.setSelected(selected);
            }
        });
        return toggle;
    }

    private static Node choice(FieldModel model) {
        ComboBox<String> combo = new ComboBox<>();
        if (!model.spec().required()) {
            combo.getItems().add(NONE);
        }
        model.spec().options().forEach(o -> combo.getItems().add(FieldValues.optionText(o)));
        combo.setButtonCell(new OptionCell(model.spec()));
        combo.setCellFactory(list -> new OptionCell(model.spec()));
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setValue(asText(model.rawProperty().get()));
        combo.valueProperty().addListener((obs, old, now) -> {
            String current = asText(model.rawProperty().get());
            if (!Objects.equals(now == null ? "" : now, current)) {
                model.rawProperty().set(now == null || now.isEmpty() ? null : now);
                model.commit();
            }
        });
        model.rawProperty().addListener((obs, old, now) -> {
            if (!asText(now).equals(combo.getValue() == null ? "" : combo.getValue())) {
                combo.setValue(asText(now));
            }
        });
        return combo;
    }

    /** "default: …" for a field that has a default (an empty text default reads "empty"), else null. */
    static String defaultHint(FieldSpec spec) {
        Object d = spec.defaultValue();
        if (d == null) {
            return null;
        }
        String text = d instanceof java.util.List<?> || d instanceof java.util.Map<?, ?> ? FlowYaml.write(d) : String.valueOf(d);
        return "default: " + (text.isEmpty() ? "empty" : text);
    }

    private static String prompt(FieldSpec spec) {
        String hint = defaultHint(spec);
        if (hint != null) {
            return hint;
        }
        return switch (spec.kind()) {
            case DURATION -> "e.g. 90s, 15m, 1h30m";
            case INTEGER, NUMBER -> spec.minimum() != null || spec.maximum() != null
                    ? bound(spec.minimum(), "…") + " – " + bound(spec.maximum(), "…") : "";
            case YAML -> "YAML value, e.g. [a, b] or {key: value}";
            default -> "";
        };
    }

    private static String bound(Double value, String none) {
        if (value == null) {
            return none;
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
    }

    private static String asText(Object raw) {
        return raw == null ? "" : raw.toString();
    }

    /** Shows the empty choice as "(none)". */
    private static final class OptionCell extends ListCell<String> {
        private final FieldSpec spec;

        OptionCell(FieldSpec spec) {
            this.spec = spec;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(spec.defaultValue() != null ? "default (" + spec.defaultValue() + ")" : null);
            } else {
                setText(item.isEmpty() ? (spec.defaultValue() != null ? "default (" + spec.defaultValue() + ")" : "(none)")
                        : item);
            }
        }
    }
}
