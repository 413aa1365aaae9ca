package dev.junction.designer.inspector;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A name that renames what it names (a step id, an input): typed, then committed with Enter or by leaving the
 * field; a refused name stays in the field with the reason below it.
 */
final class NameField extends VBox {

    private final TextField field = new TextField();
    private final Label error = new Label();

    /** @param rename takes the new name and returns why it was refused, or "" */
    NameField(String id, String name, Function<String, String> rename) {
        super(4);
        field.setId(id);
        field.setText(name);
        field.setOnAction(e -> commit(rename));
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commit(rename);
            }
        });
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL, "field-error");
        error.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        getChildren().addAll(field, error);
    }

    TextField field() {
        return field;
    }

    /** Shows {@code name} unless the user is typing in the field. */
    void show(String name) {
        if (!field.isFocused()) {
            field.setText(name);
        }
    }

    private void commit(Function<String, String> rename) {
        String refused = rename.apply(field.getText().strip());
        error.setText(refused);
        error.setVisible(!refused.isEmpty());
        field.pseudoClassStateChanged(Styles.STATE_DANGER, !refused.isEmpty());
    }
}
