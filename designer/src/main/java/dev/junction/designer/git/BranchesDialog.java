package dev.junction.designer.git;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import dev.junction.git.workspace.BranchInfo;
import dev.junction.git.workspace.MergeOutcome;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
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
 * The branches: local ones (the current one marked, ahead/behind its upstream) and remote-tracking ones, with
 * create, switch, merge into the current branch, and delete. Results and refusals show inside the dialog; a merge
 * with conflicts is also reported to the window (the conflicted files are badged). FX thread.
 */
public final class BranchesDialog {

    private final BranchesViewModel model;
    private final Dialog<Void> dialog = new Dialog<>();
    private final ListView<BranchInfo> list = new ListView<>();
    private final Label status = new Label();
    private final Label error = GitDialogs.errorLabel("branches-error");
    private final Consumer<MergeOutcome> onConflicts;

    /** @param onConflicts told about a merge that left conflicts, after the dialog shows it */
    public BranchesDialog(BranchesViewModel model, Supplier<Window> owner, Consumer<MergeOutcome> onConflicts) {
        this.model = model;
        this.onConflicts = onConflicts;
        GitDialogs.prepare(dialog, owner, "Branches", "Branches");
        dialog.setGraphic(new FontIcon(Feather.GIT_BRANCH));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().setId("branches-dialog");
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().setPrefWidth(600);
    }

    public void showAndWait() {
        run(model.load(), null);
        dialog.showAndWait();
    }

    private VBox content() {
        list.setId("branches-list");
        list.setItems(model.branches());
        list.setCellFactory(v -> new BranchCell());
        list.setPrefHeight(240);
        list.getStyleClass().add(Styles.DENSE);

        TextField name = new TextField();
        name.setId("branch-name");
        name.setPromptText("New branch name, e.g. feature/retry");
        CheckBox switchTo = new CheckBox("Switch to it");
        switchTo.setSelected(true);
        Button create = new Button("Create", new FontIcon(Feather.PLUS));
        create.setId("branch-create");
        create.disableProperty().bind(name.textProperty().isEmpty());
        create.setOnAction(e -> run(model.create(name.getText(), switchTo.isSelected()),
                () -> {
                    status.setText("Created " + name.getText().strip() + (switchTo.isSelected() ? " and switched to it." : "."));
                    name.clear();
                }));
        HBox createRow = new HBox(8, name, switchTo, create);
        createRow.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.HBox.setHgrow(name, javafx.scene.layout.Priority.ALWAYS);

        Button switchButton = selectionButton("Switch", Feather.SHUFFLE, "branch-switch");
        switchButton.setOnAction(e -> withSelected(b -> run(model.switchTo(b.name()),
                () -> status.setText("Switched to " + b.name() + "."))));
        Button merge = selectionButton("Merge into Current", Feather.GIT_MERGE, "branch-merge");
        merge.setOnAction(e -> withSelected(b -> {
            CompletableFuture<MergeOutcome> merging = model.merge(b.name());
            merging.whenComplete((outcome, failure) -> {
                if (failure != null) {
                    error.setText(GitFailures.message(failure));
                } else {
                    error.setText("");
                    String text = BranchesViewModel.describe(outcome, b.name());
                    if (outcome.status() == MergeOutcome.Status.CONFLICTING) {
                        error.setText(text);
                        onConflicts.accept(outcome);
                    } else {
                        status.setText(text);
                    }
                }
            });
        }));
        Button delete = selectionButton("Delete", Feather.TRASH_2, "branch-delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> withSelected(b -> {
            if (GitDialogs.confirm(dialog::getOwner, "Delete Branch", "Delete the branch " + b.name() + "?",
                    "Its commits stay only if another branch contains them.", "Delete")) {
                run(model.delete(b.name(), true), () -> status.setText("Deleted " + b.name() + "."));
            }
        }));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            boolean none = now == null;
            switchButton.setDisable(none || now.current());
            merge.setDisable(none || now.current());
            delete.setDisable(none || now.current() || now.remote());
        });
        HBox actions = new HBox(8, switchButton, merge, new Spacer(), delete);
        status.setId("branches-status");
        status.getStyleClass().add(Styles.SUCCESS);
        status.setWrapText(true);
        return new VBox(10, list, actions, createRow, status, error);
    }

    private Button selectionButton(String text, Feather icon, String id) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setDisable(true);
        return button;
    }

    private void withSelected(Consumer<BranchInfo> action) {
        BranchInfo selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            status.setText("");
            action.accept(selected);
        }
    }

    private void run(CompletableFuture<?> operation, Runnable onSuccess) {
        error.setText("");
        operation.whenComplete((v, failure) -> {
            if (failure != null) {
                error.setText(GitFailures.message(failure));
            } else if (onSuccess != null) {
                onSuccess.run();
            }
        });
    }

    private static final class BranchCell extends ListCell<BranchInfo> {
        @Override
        protected void updateItem(BranchInfo branch, boolean empty) {
            super.updateItem(branch, empty);
            getStyleClass().removeAll("current-branch", "remote-branch");
            if (empty || branch == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            FontIcon icon = new FontIcon(branch.current() ? Feather.CHECK : branch.remote() ? Feather.CLOUD : Feather.GIT_BRANCH);
            Label name = new Label(branch.name(), icon);
            Label detail = new Label(detail(branch));
            detail.getStyleClass().add(Styles.TEXT_MUTED);
            HBox row = new HBox(10, name, new Spacer(), detail);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
            if (branch.current()) {
                getStyleClass().add("current-branch");
            } else if (branch.remote()) {
                getStyleClass().add("remote-branch");
            }
        }

        private static String detail(BranchInfo branch) {
            StringBuilder text = new StringBuilder(branch.commitId().substring(0, 7));
            branch.upstream().ifPresent(u -> text.append("  ·  ").append(u));
            if (branch.ahead() > 0) {
                text.append("  ↑").append(branch.ahead());
            }
            if (branch.behind() > 0) {
                text.append("  ↓").append(branch.behind());
            }
            return text.toString();
        }
    }
}
