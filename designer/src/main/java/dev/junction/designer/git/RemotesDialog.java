package dev.junction.designer.git;

import atlantafx.base.theme.Styles;
import dev.junction.git.workspace.RemoteInfo;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The repository's remotes: list, add (name and URL) and remove. FX thread. */
public final class RemotesDialog {

    private final GitWorkspace git;
    private final Dialog<Void> dialog = new Dialog<>();
    private final ObservableList<RemoteInfo> remotes = FXCollections.observableArrayList();
    private final Label error = GitDialogs.errorLabel("remotes-error");

    public RemotesDialog(GitWorkspace git, Supplier<Window> owner) {
        this.git = git;
        GitDialogs.prepare(dialog, owner, "Remotes", "Remotes of this repository");
        dialog.setGraphic(new FontIcon(Feather.SERVER));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().setId("remotes-dialog");
        dialog.getDialogPane().setContent(content());
    }

    public void showAndWait() {
        load();
        dialog.showAndWait();
    }

    private VBox content() {
        ListView<RemoteInfo> list = new ListView<>(remotes);
        list.setId("remotes-list");
        list.setPrefHeight(140);
        list.getStyleClass().add(Styles.DENSE);
        list.setPlaceholder(new Label("No remotes yet: add the URL of the repository on your git host."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(RemoteInfo remote, boolean empty) {
                super.updateItem(remote, empty);
                setText(empty || remote == null ? null : remote.name() + "    " + remote.fetchUrl()
                        + (remote.pushUrl().equals(remote.fetchUrl()) ? "" : "  (push: " + remote.pushUrl() + ")"));
            }
        });
        Button remove = new Button("Remove", new FontIcon(Feather.TRASH_2));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            RemoteInfo selected = list.getSelectionModel().getSelectedItem();
            git.change(repo -> {
                repo.removeRemote(selected.name());
                return null;
            }).whenComplete((v, failure) -> done(failure));
        });
        TextField name = new TextField(remotes.isEmpty() ? "origin" : "");
        name.setId("remote-name");
        name.setPromptText("origin");
        name.setPrefColumnCount(8);
        TextField url = new TextField();
        url.setId("remote-url");
        url.setPromptText("https://github.com/acme/flows.git");
        HBox.setHgrow(url, Priority.ALWAYS);
        Button add = new Button("Add", new FontIcon(Feather.PLUS));
        add.setId("remote-add");
        add.disableProperty().bind(name.textProperty().isEmpty().or(url.textProperty().isEmpty()));
        add.setOnAction(e -> git.change(repo -> repo.addRemote(name.getText().strip(), url.getText().strip()))
                .whenComplete((v, failure) -> {
                    if (failure == null) {
                        url.clear();
                        name.clear();
                    }
                    done(failure);
                }));
        HBox addRow = new HBox(8, name, url, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, list, new HBox(remove), new Label("Add a remote"), addRow, error);
        box.setPrefWidth(560);
        return box;
    }

    private void done(Throwable failure) {
        error.setText(failure == null ? "" : GitFailures.message(failure));
        load();
    }

    private void load() {
        git.read(repo -> repo.remotes()).whenComplete((list, failure) -> {
            if (failure != null) {
                error.setText(GitFailures.message(failure));
            } else {
                remotes.setAll(list);
            }
        });
    }
}
