package dev.junction.designer.workspace;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for a new workflow's name and creates the file. The problem with the name shows below the field
 * as one types, and Create stays disabled until there is none.
 */
public final class NewWorkflowDialog extends Dialog<Path> {

    private final TextField name = new TextField();
    private final Label problem = new Label();

    public NewWorkflowDialog(Window owner, Path folder) {
        initOwner(owner);
        setTitle("New Workflow");
        setHeaderText("Create a workflow in " + folder.getFileName());
        name.setId("new-workflow-name");
        name.setPromptText("e.g. nightly-backup");
        problem.setId("new-workflow-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        VBox content = new VBox(8, new Label("Name"), name, problem);
        content.setPrefWidth(420);
        getDialogPane().setContent(content);
        ButtonType create = new ButtonType("Create", ButtonType.OK.getButtonData());
        getDialogPane().getButtonTypes().setAll(create, ButtonType.CANCEL);
        var createButton = getDialogPane().lookupButton(create);
        name.textProperty().addListener((obs, old, now) -> {
            String text = NewWorkflowFile.problem(folder, now);
            problem.setText(now.isBlank() ? "" : text);
            createButton.setDisable(!text.isEmpty());
        });
        createButton.setDisable(true);
        createButton.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                setResult(NewWorkflowFile.create(folder, name.getText()));
            } catch (Exception ex) {
                problem.setText(ex.getMessage());
                e.consume(); // keep the dialog open
            }
        });
        setResultConverter(button -> button == create ? getResult() : null);
        Platform.runLater(name::requestFocus);
    }

    /** Shows the dialog and waits: the created file, or empty when cancelled. */
    public Optional<Path> ask() {
        return showAndWait();
    }
}
