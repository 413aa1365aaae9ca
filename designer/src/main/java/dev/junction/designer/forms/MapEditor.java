package dev.junction.designer.forms;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;

/** A map of names to scalar values (env, headers, outputs): a name and a value field per row. */
final class MapEditor extends RowsEditor {

    MapEditor(FieldModel model) {
        super(model, "Add entry");
    }

    @Override
    protected Object rawFrom(List<Row> rows) {
        List<List<String>> pairs = new ArrayList<>();
        rows.forEach(r -> pairs.add(List.of(text(r.cells().get(0)), text(r.cells().get(1)))));
        return pairs.isEmpty() ? null : pairs;
    }

    @Override
    protected List<List<String>> rowsFrom(Object raw) {
        List<List<String>> rows = new ArrayList<>();
        if (raw instanceof List<?> pairs) {
            pairs.forEach(p -> rows.add(((List<?>) p).stream().map(String::valueOf).toList()));
        }
        return rows;
    }

    @Override
    protected List<Control> cells(List<String> texts) {
        TextField key = new TextField(texts.isEmpty() ? "" : texts.get(0));
        key.setPromptText("name");
        key.getStyleClass().add("map-key");
        TextField value = new TextField(texts.isEmpty() ? "" : texts.get(1));
        value.setPromptText(model.spec().nullable() ? "value (empty: none)" : "value");
        return List.of(key, value);
    }
}
