package dev.junction.designer.git;

import dev.junction.git.graphdiff.UnreadableWorkflowException;
import dev.junction.git.workspace.CommitInfo;
import dev.junction.git.workspace.FileDiff;
import java.util.List;
import java.util.Objects;
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
 * One file compared between two versions: the old side is a revision ({@code HEAD} or a commit), the new side the
 * file on disk or another commit. Produces the side-by-side rows for the text diff and the union scene for the graph
 * diff, both computed off the FX thread; re-reads when either side is changed or {@link #reload()} is called (the
 * window does after saves and git operations). FX thread only.
 */
public final class DiffViewModel {

    private final GitWorkspace git;
    private final String path;
    private final ObjectProperty<String> oldRevision = new SimpleObjectProperty<>(this, "oldRevision");
    private final ObjectProperty<String> newRevision = new SimpleObjectProperty<>(this, "newRevision");
    private final ReadOnlyObjectWrapper<FileDiff> diff = new ReadOnlyObjectWrapper<>(this, "diff");
    private final ReadOnlyObjectWrapper<SideBySideDiff> rows = new ReadOnlyObjectWrapper<>(this, "rows");
    private final ReadOnlyObjectWrapper<GraphDiffScene> graph = new ReadOnlyObjectWrapper<>(this, "graph");
    private final ReadOnlyStringWrapper graphProblem = new ReadOnlyStringWrapper(this, "graphProblem", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObservableList<CommitInfo> revisions = FXCollections.observableArrayList();
    private long loading;

    /**
     * @param path        the repository path of the file
     * @param oldRevision what to compare with, e.g. {@code HEAD} or a commit id
     * @param newRevision a commit id, or null for the file on disk
     */
    public DiffViewModel(GitWorkspace git, String path, String oldRevision, String newRevision) {
        this.git = git;
        this.path = Objects.requireNonNull(path, "path");
        this.oldRevision.set(Objects.requireNonNull(oldRevision, "oldRevision"));
        this.newRevision.set(newRevision);
        this.oldRevision.addListener((obs, old, now) -> reload());
        this.newRevision.addListener((obs, old, now) -> reload());
    }

    public String path() {
        return path;
    }

    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    public ObjectProperty<String> oldRevisionProperty() {
        return oldRevision;
    }

    /** null: the file on disk. */
    public ObjectProperty<String> newRevisionProperty() {
        return newRevision;
    }

    public ReadOnlyObjectProperty<FileDiff> diffProperty() {
        return diff.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SideBySideDiff> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** The graph scene; null while loading or when a version is not YAML ({@link #graphProblemProperty()}). */
    public ReadOnlyObjectProperty<GraphDiffScene> graphProperty() {
        return graph.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty graphProblemProperty() {
        return graphProblem.getReadOnlyProperty();
    }

    /** Why nothing could be compared (unknown revision, unreadable file), or "". */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The file's commits, newest first, to choose the old side from; filled by {@link #loadRevisions()}. */
    public ObservableList<CommitInfo> revisions() {
        return revisions;
    }

    /** A title such as "hello.yaml: HEAD ↔ working tree". */
    public String title() {
        return fileName() + ": " + label(oldRevision.get()) + " ↔ " + label(newRevision.get());
    }

    public static String label(String revision) {
        if (revision == null) {
            return "working tree";
        }
        return revision.matches("[0-9a-f]{40}") ? revision.substring(0, 7) : revision;
    }

    /** Compares again; the future completes when the properties show the result. */
    public CompletableFuture<Void> reload() {
        long request = ++loading;
        String from = oldRevision.get();
        String to = newRevision.get();
        return git.read(repo -> {
            FileDiff read = to == null ? repo.diff(path, from) : repo.diff(path, from, to);
            SideBySideDiff lined = SideBySideDiff.of(read);
            GraphDiffScene scene = null;
            String problem = "";
            if (read.binary()) {
                problem = "The file is binary; there is no graph to compare.";
            } else {
                try {
                    scene = GraphDiffScene.of(read.oldText(), read.newText());
                } catch (UnreadableWorkflowException e) {
                    problem = e.getMessage();
                }
            }
            return new Loaded(read, lined, scene, problem);
        }).handle((loaded, failure) -> {
            if (request != loading) {
                return null;
            }
            if (failure != null) {
                error.set(GitFailures.message(failure));
                return null;
            }
            error.set("");
            diff.set(loaded.diff());
            rows.set(loaded.rows());
            graphProblem.set(loaded.problem());
            graph.set(loaded.scene());
            return null;
        });
    }

    /** Reads the file's history for the "compare with" choice. */
    public CompletableFuture<List<CommitInfo>> loadRevisions() {
        return git.read(repo -> repo.status().headCommit().isEmpty() ? List.<CommitInfo>of()
                : repo.history(path, HistoryViewModel.LIMIT)).thenApply(list -> {
                    revisions.setAll(list);
                    return list;
                });
    }

    private record Loaded(FileDiff diff, SideBySideDiff rows, GraphDiffScene scene, String problem) {}
}
