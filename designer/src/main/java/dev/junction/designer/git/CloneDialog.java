package dev.junction.designer.git;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Clone a repository into a new workspace: URL, where (folder and name), optional credentials for the URL's host,
 * and the clone's progress with a cancel button. Closes with the new folder when the clone is done; stays open with
 * git's explanation when it fails. FX thread.
 */
public final class CloneDialog {

    private final CloneViewModel model;
    private final Supplier<Window> owner;
    private final Dialog<Path> dialog = new Dialog<>();
    private final ButtonType cloneType = new ButtonType("Clone", ButtonBar.ButtonData.OK_DONE);
    private final Label error = GitDialogs.errorLabel("clone-error");
    private final VBox credentials = new VBox(8);
    private RemoteDialogs.CredentialFields fields;

    public CloneDialog(CloneViewModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
        GitDialogs.prepare(dialog, owner, "Clone Repository", "Clone a repository into a new workspace");
        dialog.setGraphic(new FontIcon(Feather.DOWNLOAD));
        dialog.getDialogPane().getButtonTypes().setAll(cloneType, ButtonType.CANCEL);
        dialog.getDialogPane().setId("clone-dialog");
        dialog.getDialogPane().setContent(content());
        Button clone = (Button) dialog.getDialogPane().lookupButton(cloneType);
        clone.setId("clone-button");
        clone.getStyleClass().add(Styles.ACCENT);
        clone.disableProperty().bind(model.canClone().not());
        clone.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            error.setText("");
            model.cloneRepository(fields.credential().orElse(null)).whenComplete((folder, failure) -> {
                if (failure != null) {
                    error.setText(GitFailures.message(failure));
                } else {
                    dialog.setResult(folder);
                    dialog.close();
                }
            });
        });
        Button cancel = (Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.addEventFilter(ActionEvent.ACTION, e -> {
            GitTask running = model.taskProperty().get();
            if (running != null) {
                running.cancel(); // the dialog stays until git has stopped and cleaned up
                e.consume();
            }
        });
        dialog.setResultConverter(type -> null);
    }

    /** The new workspace folder, or empty when cancelled. */
    public Optional<Path> showAndWait() {
        return dialog.showAndWait();
    }

    public Dialog<Path> dialog() {
        return dialog;
    }

    private VBox content() {
        TextField url = new TextField();
        url.setId("clone-url");
        url.setPromptText("https://github.com/acme/flows.git  or  git@github.com:acme/flows.git");
        url.textProperty().bindBidirectional(model.urlProperty());
        TextField parent = new TextField();
        parent.setId("clone-parent");
        parent.setEditable(false);
        parent.textProperty().bind(Bindings.createStringBinding(() -> model.parentProperty().get() == null ? ""
                : model.parentProperty().get().toString(), model.parentProperty()));
        Button browse = new Button("Browse…", new FontIcon(Feather.FOLDER));
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Folder to clone into");
            if (model.parentProperty().get() != null && model.parentProperty().get().toFile().isDirectory()) {
                chooser.setInitialDirectory(model.parentProperty().get().toFile());
            }
            File chosen = chooser.showDialog(owner.get());
            if (chosen != null) {
                model.parentProperty().set(chosen.toPath());
            }
        });
        HBox parentRow = new HBox(6, parent, browse);
        HBox.setHgrow(parent, Priority.ALWAYS);
        TextField name = new TextField();
        name.setId("clone-name");
        name.textProperty().bindBidirectional(model.nameProperty());
        name.setOnKeyTyped(e -> model.nameEdited());
        GridPane grid = new GridPane(8, 8);
        grid.addRow(0, new Label("URL"), url);
        grid.addRow(1, new Label("In folder"), parentRow);
        grid.addRow(2, new Label("Name"), name);
        GridPane.setHgrow(url, Priority.ALWAYS);
        GridPane.setHgrow(parentRow, Priority.ALWAYS);

        showCredentialFields();
        model.urlProperty().addListener((obs, old, now) -> {
            if (RemoteTarget.of(old).ssh() != RemoteTarget.of(now).ssh()) {
                showCredentialFields();
            }
        });
        TitledPane login = new TitledPane("Credentials (optional: for private repositories)", credentials);
        login.setExpanded(false);
        login.setId("clone-credentials");
        login.getStyleClass().add(Styles.DENSE);

        Label problem = new Label();
        problem.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        problem.textProperty().bind(model.problem());
        problem.setWrapText(true);

        ProgressBar bar = new ProgressBar();
        bar.setId("clone-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        Label step = new Label();
        step.getStyleClass().add(Styles.TEXT_MUTED);
        VBox progress = new VBox(4, step, bar);
        progress.visibleProperty().bind(model.taskProperty().isNotNull());
        progress.managedProperty().bind(progress.visibleProperty());
        model.taskProperty().addListener((obs, old, now) -> {
            bar.progressProperty().unbind();
            step.textProperty().unbind();
            if (now != null) {
                bar.progressProperty().bind(now.progressProperty());
                step.textProperty().bind(now.messageProperty());
            }
        });

        VBox box = new VBox(10, grid, login, problem, progress, error);
        box.setPrefWidth(600);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    private void showCredentialFields() {
        RemoteTarget target = model.remote();
        fields = new RemoteDialogs.CredentialFields(target.ssh(), target.user(), owner);
        credentials.getChildren().setAll(fields.grid(), GitDialogs.hint(target.ssh()
                ? "The key stays where it is; its path and passphrase are stored in your user settings."
                : "Stored for the host in your user settings (readable only by you), never in the workspace."));
    }
}
