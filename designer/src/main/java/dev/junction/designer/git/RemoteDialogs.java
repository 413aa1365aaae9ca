package dev.junction.designer.git;

import atlantafx.base.theme.Styles;
import dev.junction.git.credentials.Credential;
import dev.junction.git.workspace.HostKeyRejectedException;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The questions of remote operations as dialogs: sign in to a host (user name and token for https, a key file and
 * its passphrase for ssh) and trust an unknown ssh host after comparing its fingerprint. FX thread.
 */
public final class RemoteDialogs implements RemotePrompts {

    private final Supplier<Window> owner;
    private final Path credentialFile;

    /** @param credentialFile where answers are stored (shown to the user: never the workspace) */
    public RemoteDialogs(Supplier<Window> owner, Path credentialFile) {
        this.owner = owner;
        this.credentialFile = credentialFile;
    }

    @Override
    public Optional<Credential> askCredential(RemoteTarget target, String problem) {
        return credentialDialog(target, problem).showAndWait();
    }

    /** The sign-in dialog; its result is the credential entered, or null when cancelled. */
    public Dialog<Credential> credentialDialog(RemoteTarget target, String problem) {
        Dialog<Credential> dialog = new Dialog<>();
        GitDialogs.prepare(dialog, owner, "Git Credentials", "Sign in to " + target.host().orElse(target.url()));
        dialog.setGraphic(new FontIcon(Feather.KEY));
        ButtonType save = new ButtonType("Save and Retry", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().setId("credential-dialog");
        CredentialFields fields = new CredentialFields(target.ssh(), target.user(), owner);
        Label explanation = new Label(problem);
        explanation.setWrapText(true);
        explanation.getStyleClass().add("dialog-explanation");
        Label error = GitDialogs.errorLabel("credential-error");
        VBox content = new VBox(10, explanation, fields.grid(), error,
                GitDialogs.hint("Stored for " + target.hostKey() + " in " + credentialFile
                        + ", readable only by you; never in the workspace."));
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        Button ok = (Button) dialog.getDialogPane().lookupButton(save);
        ok.getStyleClass().add(Styles.ACCENT);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                if (fields.credential().isEmpty()) {
                    error.setText(target.ssh() ? "Choose your private key file." : "Enter your user name and token.");
                    e.consume();
                }
            } catch (IllegalArgumentException ex) {
                error.setText("Enter your user name and token.");
                e.consume();
            }
        });
        dialog.setResultConverter(type -> type == save ? fields.credential().orElse(null) : null);
        return dialog;
    }

    @Override
    public boolean trustHost(HostKeyRejectedException rejected) {
        return hostKeyDialog(rejected).showAndWait().orElse(false);
    }

    /** The unknown-host dialog: host, fingerprint and the known_hosts file; true when trusted. */
    public Dialog<Boolean> hostKeyDialog(HostKeyRejectedException rejected) {
        Dialog<Boolean> dialog = new Dialog<>();
        GitDialogs.prepare(dialog, owner, "Unknown SSH Host", "Trust the ssh host " + rejected.host() + "?");
        dialog.setGraphic(new FontIcon(Feather.SHIELD));
        ButtonType trust = new ButtonType("Trust Host", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(trust, ButtonType.CANCEL);
        dialog.getDialogPane().setId("host-key-dialog");
        Label text = new Label("Junction has not connected to this host before, so it cannot tell that it is the"
                + " right server. Compare the fingerprint below with the one your git host publishes (or your"
                + " administrator gives you) before trusting it.");
        text.setWrapText(true);
        TextField fingerprint = new TextField(rejected.fingerprint());
        fingerprint.setId("host-key-fingerprint");
        fingerprint.setEditable(false);
        fingerprint.getStyleClass().add("fingerprint");
        VBox content = new VBox(10, text, new Label("Key fingerprint"), fingerprint,
                GitDialogs.hint("Trusting adds the host's key to " + rejected.knownHostsFile() + "."));
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        ((Button) dialog.getDialogPane().lookupButton(trust)).getStyleClass().add(Styles.ACCENT);
        dialog.setResultConverter(type -> type == trust);
        return dialog;
    }

    /**
     * The fields of a credential: user name and token (https) or key file and passphrase (ssh). Used by the sign-in
     * dialog and the clone dialog.
     */
    static final class CredentialFields {

        private final boolean ssh;
        private final TextField user = new TextField();
        private final PasswordField secret = new PasswordField();
        private final GridPane grid = new GridPane(8, 8);

        CredentialFields(boolean ssh, String knownUser, Supplier<Window> owner) {
            this.ssh = ssh;
            user.setId(ssh ? "credential-key" : "credential-user");
            secret.setId(ssh ? "credential-passphrase" : "credential-token");
            GridPane.setHgrow(user, Priority.ALWAYS);
            GridPane.setHgrow(secret, Priority.ALWAYS);
            if (ssh) {
                user.setPromptText("~/.ssh/id_ed25519");
                secret.setPromptText("empty for a key without one");
                Button browse = new Button("Browse…", new FontIcon(Feather.FOLDER));
                browse.setOnAction(e -> {
                    FileChooser chooser = new FileChooser();
                    chooser.setTitle("Choose your private ssh key");
                    File sshFolder = Path.of(System.getProperty("user.home", "."), ".ssh").toFile();
                    if (sshFolder.isDirectory()) {
                        chooser.setInitialDirectory(sshFolder);
                    }
                    File chosen = chooser.showOpenDialog(owner.get());
                    if (chosen != null) {
                        user.setText(chosen.getPath());
                    }
                });
                HBox keyRow = new HBox(6, user, browse);
                HBox.setHgrow(user, Priority.ALWAYS);
                grid.addRow(0, new Label("Private key"), keyRow);
                grid.addRow(1, new Label("Passphrase"), secret);
            } else {
                user.setText(knownUser);
                user.setPromptText("your user name");
                secret.setPromptText("a personal access token (or password)");
                grid.addRow(0, new Label("User name"), user);
                grid.addRow(1, new Label("Token"), secret);
            }
        }

        GridPane grid() {
            return grid;
        }

        boolean ssh() {
            return ssh;
        }

        TextField user() {
            return user;
        }

        PasswordField secret() {
            return secret;
        }

        /** What was typed as a credential; empty when the main field is blank. */
        Optional<Credential> credential() {
            if (user.getText().isBlank() || !ssh && secret.getText().isBlank()) {
                return Optional.empty();
            }
            return CloneViewModel.credential(ssh, user.getText(), secret.getText());
        }
    }
}
