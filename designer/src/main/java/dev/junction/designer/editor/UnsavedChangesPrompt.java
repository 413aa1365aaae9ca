package dev.junction.designer.editor;

import dev.junction.designer.document.WorkflowDocument;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks what to do with unsaved changes before documents close. */
@FunctionalInterface
public interface UnsavedChangesPrompt {

    enum Choice { SAVE, DISCARD, CANCEL }

    /** @param dirty the documents with unsaved changes (at least one) */
    Choice ask(List<WorkflowDocument> dirty);

    /** The standard dialog: Save / Don't Save / Cancel, listing the files. */
    static UnsavedChangesPrompt dialog(java.util.function.Supplier<Window> owner) {
        return dirty -> {
            ButtonType save = new ButtonType(dirty.size() == 1 ? "Save" : "Save All", ButtonBar.ButtonData.YES);
            ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
            Alert alert = new Alert(Alert.AlertType.WARNING, "", save, discard, ButtonType.CANCEL);
            alert.initOwner(owner.get());
            alert.setTitle("Unsaved changes");
            String names = dirty.stream().map(d -> d.file().getFileName().toString()).collect(Collectors.joining(", "));
            alert.setHeaderText(dirty.size() == 1 ? "Save changes to " + names + "?"
                    : "Save changes to " + dirty.size() + " workflows?");
            alert.setContentText(dirty.size() == 1 ? "Your changes are lost if you don't save them."
                    : names + "\n\nYour changes are lost if you don't save them.");
            ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
            return answer == save ? Choice.SAVE : answer == discard ? Choice.DISCARD : Choice.CANCEL;
        };
    }
}
