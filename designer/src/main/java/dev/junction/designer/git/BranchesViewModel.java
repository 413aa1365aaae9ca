package dev.junction.designer.git;

import dev.junction.git.workspace.BranchInfo;
import dev.junction.git.workspace.MergeOutcome;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Branches without pixels: the local and remote-tracking branches, and create, switch, merge and delete. Switching
 * and merging refuse to run over unsaved editor buffers (the app's own check, before git's check for uncommitted
 * changes), each with a message that says what to do. FX thread only.
 */
public final class BranchesViewModel {

    private final GitWorkspace git;
    private final ObservableList<BranchInfo> branches = FXCollections.observableArrayList();

    public BranchesViewModel(GitWorkspace git) {
        this.git = git;
    }

    /** Local branches (sorted), then remote-tracking ones; filled by {@link #load()}. */
    public ObservableList<BranchInfo> branches() {
        return branches;
    }

    public CompletableFuture<List<BranchInfo>> load() {
        return git.read(repo -> repo.branches()).thenApply(list -> {
            branches.setAll(list);
            return list;
        });
    }

    /**
     * Creates a branch at HEAD and, if asked, switches to it.
     *
     * @throws GitRefusal (in the future) for a blank name
     */
    public CompletableFuture<Void> create(String name, boolean switchTo) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            return CompletableFuture.failedFuture(new GitRefusal("Enter a name for the new branch, e.g. feature/retry."));
        }
        if (switchTo) {
            CompletableFuture<Void> refused = refuseUnsaved("switch to '" + trimmed + "'");
            if (refused != null) {
                return refused;
            }
        }
        return git.change(repo -> {
            repo.createBranch(trimmed, null);
            if (switchTo) {
                repo.switchBranch(trimmed);
            }
            return null;
        }).thenCompose(v -> load()).thenApply(list -> null);
    }

    /**
     * Switches to a branch (a remote-tracking one gets a local branch). Refused while an editor has unsaved changes;
     * git refuses while tracked files have uncommitted changes (the message lists them).
     */
    public CompletableFuture<Void> switchTo(String name) {
        CompletableFuture<Void> refused = refuseUnsaved("switch to '" + name + "'");
        if (refused != null) {
            return refused;
        }
        return git.change(repo -> {
            repo.switchBranch(name);
            return null;
        }).thenCompose(v -> load()).thenApply(list -> null);
    }

    /**
     * Merges a branch into the current one. Conflicts are in the outcome, per file, and the files hold conflict
     * markers (they are badged as conflicting until resolved and committed).
     */
    public CompletableFuture<MergeOutcome> merge(String name) {
        CompletableFuture<MergeOutcome> refused = refuseUnsaved("merge '" + name + "'");
        if (refused != null) {
            return refused;
        }
        return git.change(repo -> repo.merge(name)).thenCompose(outcome -> load().thenApply(list -> outcome));
    }

    public CompletableFuture<Void> abortMerge() {
        CompletableFuture<Void> refused = refuseUnsaved("abort the merge");
        if (refused != null) {
            return refused;
        }
        return git.change(repo -> {
            repo.abortMerge();
            return null;
        });
    }

    public CompletableFuture<Void> delete(String name, boolean force) {
        return git.change(repo -> {
            repo.deleteBranch(name, force);
            return null;
        }).thenCompose(v -> load()).thenApply(list -> null);
    }

    /** The user-facing sentence for a merge outcome. */
    public static String describe(MergeOutcome outcome, String branch) {
        return switch (outcome.status()) {
            case UP_TO_DATE -> "Already up to date with " + branch + ".";
            case FAST_FORWARD -> "Fast-forwarded to " + branch + " ("
                    + outcome.commitId().map(id -> id.substring(0, 7)).orElse("") + ").";
            case MERGED -> "Merged " + branch + " (" + outcome.commitId().map(id -> id.substring(0, 7)).orElse("") + ").";
            case CONFLICTING -> "Merging " + branch + " left " + outcome.conflicts().size()
                    + (outcome.conflicts().size() == 1 ? " file" : " files") + " in conflict: "
                    + String.join(", ", outcome.conflicts())
                    + ". Open each file, keep the lines you want between the <<<<<<< and >>>>>>> markers,"
                    + " delete the markers, then commit.";
        };
    }

    /** A failed future naming the unsaved files, or null when there are none. */
    private <T> CompletableFuture<T> refuseUnsaved(String what) {
        List<Path> unsaved = git.buffers().unsaved();
        if (unsaved.isEmpty()) {
            return null;
        }
        List<String> names = unsaved.stream().map(p -> p.getFileName().toString()).toList();
        return CompletableFuture.failedFuture(new GitRefusal("Cannot " + what + ": " + String.join(", ", names)
                + (names.size() == 1 ? " has" : " have") + " unsaved changes in the editor. Save or close "
                + (names.size() == 1 ? "it" : "them") + " first, so nothing you typed is lost."));
    }
}
