package dev.junction.designer.git;

import dev.junction.git.workspace.ChangeKind;
import dev.junction.git.workspace.FileStatus;
import dev.junction.git.workspace.WorkspaceStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Changes view without pixels: the changed files of the workspace (following its status) with a checkbox each,
 * which survives refreshes, and the commands on them. A file that appears is included; conflicting files first,
 * then by path. FX thread only.
 */
public final class ChangesViewModel {

    private final GitWorkspace git;
    private final ObservableList<ChangeItem> items =
            FXCollections.observableArrayList(item -> new javafx.beans.Observable[] {item.includedProperty()});
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final IntegerBinding includedCount = Bindings.createIntegerBinding(
            () -> (int) items.stream().filter(ChangeItem::isIncluded).count(), items);
    private final BooleanBinding merging;

    public ChangesViewModel(GitWorkspace git) {
        this.git = git;
        this.merging = Bindings.createBooleanBinding(() -> git.statusProperty().get() != null
                && git.statusProperty().get().merging(), git.statusProperty());
        git.statusProperty().addListener((obs, old, now) -> show(now));
        git.repositoryProperty().addListener((obs, old, now) -> show(git.statusProperty().get()));
        show(git.statusProperty().get());
    }

    public GitWorkspace git() {
        return git;
    }

    /** The changed files, conflicts first; each item's checkbox is live. */
    public ObservableList<ChangeItem> items() {
        return items;
    }

    /** "3 changed files on main", "No changes on main", or why there is nothing to show. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public IntegerBinding includedCount() {
        return includedCount;
    }

    /** A merge is in progress (resolve the conflicts, then commit). */
    public BooleanBinding merging() {
        return merging;
    }

    /** Paths of the included files, in list order. */
    public List<String> includedPaths() {
        return items.stream().filter(ChangeItem::isIncluded).map(ChangeItem::path).toList();
    }

    public void includeAll(boolean included) {
        items.forEach(item -> item.includedProperty().set(included));
    }

    public CompletableFuture<WorkspaceStatus> refresh() {
        return git.refresh();
    }

    /**
     * Discards the uncommitted changes of files: modified and deleted files get their last committed version back.
     * New files are not deleted (they have no committed version); open editors of the files reload.
     *
     * @throws GitRefusal (in the future) when a file has unsaved changes in an editor or only new files are given
     */
    public CompletableFuture<Void> rollback(List<String> paths) {
        List<String> restorable = items.stream().filter(i -> paths.contains(i.path()))
                .filter(i -> i.kind() == ChangeKind.MODIFIED || i.kind() == ChangeKind.DELETED)
                .map(ChangeItem::path).toList();
        if (restorable.isEmpty()) {
            return CompletableFuture.failedFuture(new GitRefusal("Only modified and deleted files can be rolled back;"
                    + " a new file has no committed version (delete it if you do not want it)."));
        }
        List<String> unsaved = git.buffers().unsaved().stream().filter(p -> restorable.stream()
                .anyMatch(r -> git.fileOf(r).equals(p))).map(p -> p.getFileName().toString()).toList();
        if (!unsaved.isEmpty()) {
            return CompletableFuture.failedFuture(new GitRefusal(String.join(", ", unsaved)
                    + (unsaved.size() == 1 ? " has" : " have") + " unsaved changes in the editor: save or undo them"
                    + " before rolling back."));
        }
        return git.change(repo -> {
            for (String path : restorable) {
                repo.restoreFile(path, "HEAD");
            }
            return null;
        });
    }

    private void show(WorkspaceStatus status) {
        if (git.repositoryProperty().get() == null) {
            items.clear();
            summary.set(git.folderProperty().get() == null ? "No workspace is open."
                    : "This workspace is not a git repository yet.");
            return;
        }
        if (status == null) {
            summary.set("Reading the status…");
            return;
        }
        Map<String, Boolean> previous = new HashMap<>();
        items.forEach(item -> previous.put(item.path(), item.isIncluded()));
        List<ChangeItem> next = status.files().stream()
                .sorted((a, b) -> a.kind() == ChangeKind.CONFLICTING == (b.kind() == ChangeKind.CONFLICTING)
                        ? a.path().compareTo(b.path()) : a.kind() == ChangeKind.CONFLICTING ? -1 : 1)
                .map(file -> item(file, previous.getOrDefault(file.path(), true)))
                .toList();
        items.setAll(next);
        String on = status.branch().map(b -> " on " + b).orElse("");
        int conflicts = status.conflicts().size();
        summary.set(next.isEmpty() ? "No changes" + on
                : next.size() + (next.size() == 1 ? " changed file" : " changed files") + on
                        + (conflicts > 0 ? " · " + conflicts + (conflicts == 1 ? " conflict" : " conflicts") : ""));
    }

    private static ChangeItem item(FileStatus file, boolean included) {
        return new ChangeItem(file.path(), file.kind(), included);
    }
}
