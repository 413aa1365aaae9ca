package dev.junction.designer.git;

import dev.junction.git.workspace.CommitInfo;
import dev.junction.git.workspace.WorkspaceStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The History view without pixels: the commits of the workspace, or of one file ({@link #fileProperty()}), newest
 * first, re-read when HEAD moves (a commit, a switch, a pull). Opening and restoring an old version of a file go
 * through here. FX thread only.
 */
public final class HistoryViewModel {

    /** How many commits are listed; enough for a workspace's recent work without reading all of history. */
    public static final int LIMIT = 500;

    private final GitWorkspace git;
    private final ObservableList<CommitInfo> commits = FXCollections.observableArrayList();
    private final ObjectProperty<String> file = new SimpleObjectProperty<>(this, "file");
    private final ReadOnlyObjectWrapper<CommitInfo> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private long loading;
    private String shownHead;

    public HistoryViewModel(GitWorkspace git) {
        this.git = git;
        git.statusProperty().addListener((obs, old, now) -> {
            String head = now == null ? null : now.headCommit().orElse("");
            if (now != null && !Objects.equals(head, shownHead)) {
                load();
            }
        });
        git.repositoryProperty().addListener((obs, old, now) -> load());
        file.addListener((obs, old, now) -> load());
    }

    public GitWorkspace git() {
        return git;
    }

    public ObservableList<CommitInfo> commits() {
        return commits;
    }

    /** The repository path whose history is shown; null for the whole workspace. */
    public ObjectProperty<String> fileProperty() {
        return file;
    }

    public ReadOnlyObjectProperty<CommitInfo> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public void select(CommitInfo commit) {
        selected.set(commit);
    }

    /** What the list shows or why it is empty ("12 commits of hello.yaml", "No commits yet"). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Reads the history again; the future completes when the list shows it. */
    public CompletableFuture<List<CommitInfo>> load() {
        long request = ++loading;
        if (git.repositoryProperty().get() == null) {
            commits.clear();
            selected.set(null);
            message.set("This workspace is not a git repository yet.");
            return CompletableFuture.completedFuture(List.of());
        }
        String path = file.get();
        WorkspaceStatus status = git.statusProperty().get();
        return git.read(repo -> {
            if (repo.status().headCommit().isEmpty()) {
                return List.<CommitInfo>of();
            }
            return path == null ? repo.history(LIMIT) : repo.history(path, LIMIT);
        }).whenComplete((list, error) -> {
            if (request != loading) {
                return;
            }
            if (error != null) {
                message.set(GitFailures.message(error));
                return;
            }
            shownHead = status == null ? null : status.headCommit().orElse("");
            String keep = selected.get() == null ? null : selected.get().id();
            commits.setAll(list);
            selected.set(list.stream().filter(c -> c.id().equals(keep)).findFirst()
                    .orElse(list.isEmpty() ? null : list.getFirst())); // the newest, so its details show at once
            String of = path == null ? "" : " of " + path;
            message.set(list.isEmpty() ? (path == null ? "No commits yet." : "No commits" + of + " yet.")
                    : list.size() + (list.size() == 1 ? " commit" : " commits") + of
                            + (list.size() == LIMIT ? " (the newest " + LIMIT + ")" : ""));
        });
    }

    /** A file's text at a commit; empty when the file did not exist there. */
    public CompletableFuture<Optional<String>> version(String path, String commitId) {
        return git.read(repo -> repo.readFile(path, commitId));
    }

    /**
     * Puts a file's version at a commit back on disk (uncommitted), replacing what is there; its editor reloads.
     *
     * @throws GitRefusal (in the future) when the file has unsaved changes in an editor
     */
    public CompletableFuture<Void> restore(String path, String commitId) {
        if (git.buffers().unsaved().contains(git.fileOf(path))) {
            return CompletableFuture.failedFuture(new GitRefusal(path + " has unsaved changes in the editor: save or"
                    + " undo them before restoring an old version."));
        }
        return git.change(repo -> {
            repo.restoreFile(path, commitId);
            return null;
        });
    }
}
