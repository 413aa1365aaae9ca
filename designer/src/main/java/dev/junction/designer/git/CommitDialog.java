package dev.junction.designer.git;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import dev.junction.git.workspace.CommitInfo;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The commit dialog: the changed files with checkboxes, the message, amend, and the author. When git does not know
 * the author, a panel asks for name and e-mail and saves them into this repository's config. The dialog stays open
 * (showing git's explanation) when the commit fails. FX thread.
 */
public final class CommitDialog {

    private final CommitViewModel model;
    private final Dialog<CommitInfo> dialog = new Dialog<>();
    private final ButtonType commitType = new ButtonType("Commit", ButtonBar.ButtonData.OK_DONE);
    private final Label error = GitDialogs.errorLabel("commit-error");

    public CommitDialog(CommitViewModel model, Supplier<Window> owner, String branch) {
        this.model = model;
        GitDialogs.prepare(dialog, owner, "Commit", model.isMerging() ? "Commit the merge on " + branch
                : "Commit to " + branch);
        dialog.setGraphic(new FontIcon(Feather.CHECK_CIRCLE));
        dialog.getDialogPane().getButtonTypes().setAll(commitType, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().setPrefWidth(620);
        dialog.getDialogPane().setId("commit-dialog");
        Button commit = (Button) dialog.getDialogPane().lookupButton(commitType);
        commit.setId("commit-button");
        commit.getStyleClass().add(Styles.ACCENT);
        commit.disableProperty().bind(model.canCommit().not());
        commit.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes when git is done, not before
            error.setText("");
            model.commit().whenComplete((made, failure) -> {
                if (failure != null) {
                    error.setText(GitFailures.message(failure));
                } else {
                    dialog.setResult(made);
                    dialog.close();
                }
            });
        });
        dialog.setResultConverter(type -> null);
    }

    /** Shows the dialog and waits; the commit made, or empty when cancelled. */
    public Optional<CommitInfo> showAndWait() {
        model.load().whenComplete((v, failure) -> {
            if (failure != null) {
                error.setText(GitFailures.message(failure));
            }
        });
        return dialog.showAndWait();
    }

    public Dialog<CommitInfo> dialog() {
        return dialog;
    }

    private VBox content() {
        VBox identity = identityPanel();

        CheckBox all = new CheckBox("Files");
        all.setId("commit-all");
        all.setSelected(model.files().stream().allMatch(ChangeItem::isIncluded));
        all.getStyleClass().add("field-title");
        all.setOnAction(e -> model.files().forEach(i -> i.includedProperty().set(all.isSelected())));
        model.files().addListener((javafx.collections.ListChangeListener<ChangeItem>) c -> {
            long ticked = model.files().stream().filter(ChangeItem::isIncluded).count();
            all.setIndeterminate(ticked > 0 && ticked < model.files().size());
            all.setSelected(ticked > 0 && ticked == model.files().size());
        });
        ListView<ChangeItem> files = new ListView<>(model.files());
        files.setId("commit-files");
        files.getStyleClass().addAll(Styles.DENSE, "changes-list");
        files.setCellFactory(v -> ChangeCell.withPath());
        files.setPrefHeight(170);
        files.setPlaceholder(new Label(model.isMerging() ? "The merge's changes are committed" : "No changed files"));

        Label messageTitle = new Label("Message");
        messageTitle.getStyleClass().add("field-title");
        TextArea message = new TextArea();
        message.setId("commit-message");
        message.setPromptText("Say what the change does, e.g. \"Retry the deploy step twice\"");
        message.setPrefRowCount(4);
        message.setWrapText(true);
        message.textProperty().bindBidirectional(model.messageProperty());
        message.getStyleClass().add("commit-message-area");

        CheckBox amend = new CheckBox("Amend the last commit");
        amend.setId("commit-amend");
        amend.selectedProperty().bindBidirectional(model.amendProperty());
        amend.disableProperty().bind(model.lastMessageProperty().isEmpty());
        Label author = new Label();
        author.setId("commit-author");
        author.getStyleClass().add(Styles.TEXT_MUTED);
        author.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.identityProperty().get() == null
                ? "" : "Author: " + model.identityProperty().get().name() + " <" + model.identityProperty().get().email() + ">",
                model.identityProperty()));
        author.setGraphic(new FontIcon(Feather.USER));
        HBox options = new HBox(10, amend, new Spacer(), author);
        options.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(8, identity, all, files, messageTitle, message, options, error);
        box.getStyleClass().add("commit-content");
        javafx.application.Platform.runLater(message::requestFocus);
        return box;
    }

    /** Shown while git does not know the author: name and e-mail, saved into this repository only. */
    private VBox identityPanel() {
        Label text = new Label();
        text.setWrapText(true);
        text.textProperty().bind(model.identityProblem());
        TextField name = new TextField();
        name.setId("identity-name");
        name.setPromptText("Your Name");
        TextField email = new TextField();
        email.setId("identity-email");
        email.setPromptText("you@example.com");
        Button save = new Button("Save for This Repository");
        save.setId("identity-save");
        save.getStyleClass().add(Styles.SMALL);
        Label problem = GitDialogs.errorLabel("identity-error");
        save.setOnAction(e -> model.saveIdentity(name.getText(), email.getText()).whenComplete((v, failure) ->
                problem.setText(failure == null ? "" : GitFailures.message(failure))));
        GridPane fields = new GridPane(8, 6);
        fields.addRow(0, new Label("Name"), name);
        fields.addRow(1, new Label("E-mail"), email);
        fields.add(save, 1, 2);
        Label title = new Label("Who is committing?", new FontIcon(Feather.USER_X));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        VBox panel = new VBox(6, title, text, fields, problem,
                GitDialogs.hint("Written to this repository's .git/config (user.name, user.email); other"
                        + " repositories are not affected."));
        panel.setId("identity-panel");
        panel.getStyleClass().add("identity-panel");
        panel.visibleProperty().bind(model.identityProblem().isNotEmpty());
        panel.managedProperty().bind(panel.visibleProperty());
        return panel;
    }
}
