package dev.junction.designer.forms;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;

/** A list of scalars: a text field per item, or a choice per item when the items are an enum. */
final class ListEditor extends RowsEditor {

    ListEditor(FieldModel model) {
        super(model, "Add");
    }

    @Override
    protected Object rawFrom(List<Row> rows) {
        List<String> items = new ArrayList<>();
        rows.forEach(r -> items.add(text(r.cells().getFirst())));
        return items.isEmpty() ? null : items;
    }

    @Override
    protected List<List<String>> rowsFrom(Object raw) {
        List<List<String>> rows = new ArrayList<>();
        if (raw instanceof List<?> items) {
            items.forEach(i -> rows.add(List.of(String.valueOf(i))));
        }
        return rows;
    }

    @Override
    protected List<Control> cells(List<String> texts) {
        String text = texts.isEmpty() ? "" : texts.getFirst();
        FieldSpec spec = model.spec();
        if (spec.itemKind() == FieldKind.ENUM) {
            ComboBox<String> combo = new ComboBox<>();
            spec.itemOptions().forEach(o -> combo.getItems().add(FieldValues.optionText(o)));
            combo.setValue(text.isEmpty() ? null : text);
            combo.setPromptText("choose…");
            return List.of(combo);
        }
        TextField field = new TextField(text);
        field.setPromptText(spec.itemKind() == FieldKind.TEXT ? "item" : spec.itemKind().name().toLowerCase());
        return List.of(field);
    }
}
