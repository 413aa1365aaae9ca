package dev.junction.designer.git;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Small shared pieces of the git dialogs: owner, stylesheet, confirmations and error labels. FX thread. */
final class GitDialogs {

    private GitDialogs() {}

    /** Gives a dialog its owner window and the git stylesheet. */
    static <T> Dialog<T> prepare(Dialog<T> dialog, Supplier<Window> owner, String title, String header) {
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().getStylesheets().add(GitStyles.STYLESHEET);
        dialog.getDialogPane().getStyleClass().add("git-dialog");
        dialog.setResizable(true);
        return dialog;
    }

    /** Asks a yes/no question; true when the user chose {@code yes}. */
    static boolean confirm(Supplier<Window> owner, String title, String header, String text, String yes) {
        ButtonType ok = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ok, ButtonType.CANCEL);
        prepare(alert, owner, title, header);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == ok;
    }

    /** Shows a problem the user must read before going on (conflicts, a refused push). */
    static void inform(Supplier<Window> owner, Alert.AlertType type, String title, String header, String text) {
        Alert alert = new Alert(type, text, ButtonType.OK);
        prepare(alert, owner, title, header);
        alert.getDialogPane().setMinWidth(520);
        alert.showAndWait();
    }

    /** A wrapping red label for errors inside a dialog; hidden while empty. */
    static Label errorLabel(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().addAll("dialog-error", Styles.DANGER);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.managedProperty().bind(label.visibleProperty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    /** A muted explanation under a field. */
    static Node hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        label.setWrapText(true);
        return label;
    }
}
