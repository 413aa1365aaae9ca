package dev.junction.designer.git;

import dev.junction.git.workspace.BranchInfo;
import dev.junction.git.workspace.MergeOutcome;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextInputDialog;

/**
 * The branch actions of the window: the Branches dialog, new branch, switch and merge (a branch picked from a list
 * read off the FX thread), abort merge; results in the status bar, refusals and conflicts also in a dialog.
 * FX thread only.
 */
final class BranchActions {

    private final GitWorkspace git;
    private final GitController.Shell shell;

    BranchActions(GitWorkspace git, GitController.Shell shell) {
        this.git = git;
        this.shell = shell;
    }

    void branches() {
        new BranchesDialog(new BranchesViewModel(git), shell::owner, this::conflicts).showAndWait();
    }

    void newBranch() {
        TextInputDialog dialog = new TextInputDialog();
        GitDialogs.prepare(dialog, shell::owner, "New Branch", "Create a branch at the current commit and switch to it");
        dialog.getEditor().setPromptText("feature/retry");
        dialog.showAndWait().filter(name -> !name.isBlank()).ifPresent(name ->
                new BranchesViewModel(git).create(name, true).whenComplete((v, failure) -> {
                    if (failure != null) {
                        shell.error(GitFailures.message(failure));
                    } else {
                        shell.info("Created " + name.strip() + " and switched to it.");
                    }
                }));
    }

    void switchBranch() {
        chooseBranch("Switch Branch", "Switch to another branch", "Switch", name ->
                new BranchesViewModel(git).switchTo(name).whenComplete((v, failure) -> {
                    if (failure != null) {
                        shell.error(GitFailures.message(failure));
                        GitDialogs.inform(shell::owner, Alert.AlertType.WARNING, "Switch Branch",
                                "Cannot switch to " + name, GitFailures.message(failure));
                    } else {
                        shell.info("Switched to " + git.branchProperty().get() + ".");
                    }
                }));
    }

    void mergeBranch() {
        chooseBranch("Merge Branch", "Merge a branch into " + git.branchProperty().get(), "Merge", name ->
                new BranchesViewModel(git).merge(name).whenComplete((outcome, failure) -> {
                    if (failure != null) {
                        shell.error(GitFailures.message(failure));
                        GitDialogs.inform(shell::owner, Alert.AlertType.WARNING, "Merge", "Cannot merge " + name,
                                GitFailures.message(failure));
                    } else if (outcome.status() == MergeOutcome.Status.CONFLICTING) {
                        conflicts(outcome);
                        GitDialogs.inform(shell::owner, Alert.AlertType.WARNING, "Merge", "Conflicts to resolve",
                                BranchesViewModel.describe(outcome, name));
                    } else {
                        shell.info(BranchesViewModel.describe(outcome, name));
                    }
                }));
    }

    void conflicts(MergeOutcome outcome) {
        shell.error(outcome.conflicts().size() + (outcome.conflicts().size() == 1 ? " file conflicts: " : " files conflict: ")
                + String.join(", ", outcome.conflicts()) + ". Resolve the markers, then commit (or abort the merge).");
        shell.showPanel(GitController.Panel.CHANGES);
    }

    /** Lets the user pick a branch other than the current one (the list is read first, off the FX thread). */
    private void chooseBranch(String title, String header, String verb, java.util.function.Consumer<String> chosen) {
        new BranchesViewModel(git).load().whenComplete((all, failure) -> {
            if (failure != null) {
                shell.error(GitFailures.message(failure));
                return;
            }
            List<String> names = all.stream().filter(b -> !b.current()).map(BranchInfo::name).toList();
            if (names.isEmpty()) {
                shell.error("There is no other branch. Create one first (Git › New Branch…).");
                return;
            }
            ChoiceDialog<String> dialog = new ChoiceDialog<>(names.getFirst(), names);
            GitDialogs.prepare(dialog, shell::owner, title, header);
            dialog.setContentText(verb);
            dialog.showAndWait().ifPresent(chosen);
        });
    }

    void abortMerge() {
        if (GitDialogs.confirm(shell::owner, "Abort Merge", "Abort the merge?", "The files go back to the last commit;"
                + " the merge's changes and your conflict resolutions so far are discarded.", "Abort Merge")) {
            new BranchesViewModel(git).abortMerge().whenComplete((v, failure) -> {
                if (failure != null) {
                    shell.error(GitFailures.message(failure));
                } else {
                    shell.info("The merge was aborted.");
                }
            });
        }
    }
}
