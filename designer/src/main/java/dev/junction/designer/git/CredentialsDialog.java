package dev.junction.designer.git;

import atlantafx.base.theme.Styles;
import dev.junction.git.credentials.Credential;
import dev.junction.git.credentials.CredentialStore;
import dev.junction.git.credentials.CredentialStoreException;
import java.util.Map;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The stored git credentials, by host: which kind each is (never the secret), remove one, or add one for a host
 * (asked with the same sign-in fields as a refused push). FX thread; the store is a small local file.
 */
public final class CredentialsDialog {

    private final CredentialStore store;
    private final RemoteDialogs prompts;
    private final Dialog<Void> dialog = new Dialog<>();
    private final ObservableList<Map.Entry<String, Credential>> entries = FXCollections.observableArrayList();
    private final Label error = GitDialogs.errorLabel("credentials-error");

    public CredentialsDialog(CredentialStore store, RemoteDialogs prompts, Supplier<Window> owner) {
        this.store = store;
        this.prompts = prompts;
        GitDialogs.prepare(dialog, owner, "Git Credentials", "Stored git credentials");
        dialog.setGraphic(new FontIcon(Feather.KEY));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().setId("credentials-dialog");
        dialog.getDialogPane().setContent(content());
    }

    public void showAndWait() {
        load();
        dialog.showAndWait();
    }

    private VBox content() {
        ListView<Map.Entry<String, Credential>> list = new ListView<>(entries);
        list.setPrefHeight(160);
        list.getStyleClass().add(Styles.DENSE);
        list.setPlaceholder(new Label("None stored. Junction asks when a host wants a login."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Map.Entry<String, Credential> entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : entry.getKey() + "    " + switch (entry.getValue()) {
                    case Credential.Token t -> "user " + t.username() + " with a token";
                    case Credential.SshKey k -> "ssh key " + k.privateKey();
                });
            }
        });
        Button remove = new Button("Remove", new FontIcon(Feather.TRASH_2));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> change(() -> store.remove(list.getSelectionModel().getSelectedItem().getKey())));
        TextField host = new TextField();
        host.setPromptText("Remote URL or host, e.g. https://github.com/acme/flows.git");
        Button add = new Button("Add…", new FontIcon(Feather.PLUS));
        add.disableProperty().bind(host.textProperty().isEmpty());
        add.setOnAction(e -> {
            String text = host.getText().strip();
            RemoteTarget target = RemoteTarget.of(text.contains("://") || text.contains(":") ? text : "https://" + text + "/");
            if (target.isLocal()) {
                error.setText("A local repository needs no credentials.");
                return;
            }
            prompts.credentialDialog(target, "Enter the credential to use for " + target.hostKey() + ".")
                    .showAndWait().ifPresent(c -> change(() -> store.put(target.hostKey(), c)));
        });
        HBox addRow = new HBox(8, host, add);
        javafx.scene.layout.HBox.setHgrow(host, javafx.scene.layout.Priority.ALWAYS);
        VBox box = new VBox(10, list, new HBox(remove), addRow, error,
                GitDialogs.hint("Kept in " + store.file() + ", readable only by you; never in a workspace."));
        box.setPrefWidth(560);
        return box;
    }

    private void change(Runnable action) {
        try {
            action.run();
            error.setText("");
        } catch (CredentialStoreException | IllegalArgumentException e) {
            error.setText(e.getMessage());
        }
        load();
    }

    private void load() {
        try {
            entries.setAll(store.all().entrySet());
        } catch (CredentialStoreException e) {
            error.setText(e.getMessage());
        }
    }
}
