package dev.junction.app;

import atlantafx.base.theme.Styles;
import dev.junction.designer.actions.ActionFactory;
import dev.junction.designer.actions.DesignerAction;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The Help menu's dialogs: every shortcut, and what this is. */
final class HelpDialogs {

    private HelpDialogs() {}

    static void shortcuts(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        int row = 0;
        for (DesignerAction action : DesignerAction.values()) {
            if (action.key() == null) {
                continue;
            }
            Label name = new Label(action.plainLabel(), ActionFactory.icon(action));
            Label category = new Label(action.category().label());
            category.getStyleClass().add(Styles.TEXT_MUTED);
            Label key = new Label(action.keyText());
            key.getStyleClass().add("key-hint");
            grid.addRow(row++, category, name, key);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setPrefSize(560, 480);
        scroll.setFitToWidth(true);
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Keyboard Shortcuts");
        alert.setHeaderText("Keyboard Shortcuts");
        alert.getDialogPane().setContent(scroll);
        alert.showAndWait();
    }

    static void about(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("About Junction");
        alert.setHeaderText("Junction " + version());
        alert.setContentText("A desktop workflow IDE and workflow executor.\nJava " + Runtime.version()
                + ", JavaFX " + System.getProperty("javafx.runtime.version", "?"));
        alert.showAndWait();
    }

    private static String version() {
        String version = HelpDialogs.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
