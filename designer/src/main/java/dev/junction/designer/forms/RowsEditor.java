package dev.junction.designer.forms;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Rows of cells with a remove button each and an "Add" button: the editor of lists (one cell per row) and
 * maps (name and value). Rows are rebuilt only when the value changes from outside, so focus and caret stay
 * while the user types.
 */
abstract class RowsEditor extends VBox {

    /** One row's cells, in order. */
    protected record Row(HBox box, List<Control> cells) {}

    protected final FieldModel model;
    private final VBox rows = new VBox(4);
    private final List<Row> current = new ArrayList<>();
    private final String addLabel;
    private boolean fromRows;

    RowsEditor(FieldModel model, String addLabel) {
        this.model = model;
        this.addLabel = addLabel;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("rows-editor");
        setSpacing(4);
        Button add = new Button(addLabel, new FontIcon(Feather.PLUS));
        add.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, "rows-add");
        add.setOnAction(e -> {
            Row row = addRow(List.of());
            row.cells().getFirst().requestFocus();
        });
        String hint = FieldEditors.defaultHint(model.spec());
        if (hint == null) {
            getChildren().addAll(rows, add);
        } else {
            // what an empty list or map stands for, as a text field's prompt says it
            Label defaults = new Label(hint);
            defaults.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "rows-default");
            defaults.visibleProperty().bind(Bindings.isEmpty(rows.getChildren()));
            defaults.managedProperty().bind(defaults.visibleProperty());
            HBox addLine = new HBox(8, add, defaults);
            addLine.setAlignment(Pos.CENTER_LEFT);
            getChildren().addAll(rows, addLine);
        }
        rebuild();
    }

    private void initListeners() {
        model.rawProperty().addListener((obs, old, now) -> {
            if (!fromRows) {
                rebuild();
            }
        });
    }

    /** The rows' values as the field's raw value. */
    protected abstract Object rawFrom(List<Row> rows);

    /** The cell texts of each row for a raw value. */
    protected abstract List<List<String>> rowsFrom(Object raw);

    /** The cells of a new row, holding {@code texts} (empty for a new row). */
    protected abstract List<Control> cells(List<String> texts);

    private void rebuild() {
        rows.getChildren().clear();
        current.clear();
        for (List<String> texts : rowsFrom(model.rawProperty().get())) {
            addRow(texts);
        }
    }

    private Row addRow(List<String> texts) {
        List<Control> cells = cells(texts);
        HBox box = new HBox(4);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("rows-editor-row");
        for (Control cell : cells) {
            HBox.setHgrow(cell, Priority.ALWAYS);
            cell.setMaxWidth(Double.MAX_VALUE);
            watch(cell);
        }
        Button remove = new Button(null, new FontIcon(Feather.X));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL, "rows-remove");
        remove.setTooltip(new Tooltip("Remove"));
        Row row = new Row(box, cells);
        remove.setOnAction(e -> {
            rows.getChildren().remove(box);
            current.remove(row);
            push();
            model.commit();
        });
        box.getChildren().addAll(cells);
        box.getChildren().add(remove);
        rows.getChildren().add(box);
        current.add(row);
        return row;
    }

    private void watch(Control cell) {
        if (cell instanceof TextField field) {
            field.textProperty().addListener(o -> push());
            field.setOnAction(e -> model.commit());
            field.focusedProperty().addListener((o, was, is) -> {
                if (!is) {
                    model.commit();
                }
            });
        } else if (cell instanceof ComboBox<?> combo) {
            combo.valueProperty().addListener(o -> {
                push();
                model.commit();
            });
        }
    }

    private void push() {
        fromRows = true;
        try {
            model.rawProperty().set(rawFrom(current));
        } finally {
            fromRows = false;
        }
    }

    static String text(Control cell) {
        if (cell instanceof TextField field) {
            return field.getText();
        }
        Object value = ((ComboBox<?>) cell).getValue();
        return value == null ? "" : value.toString();
    }
}
