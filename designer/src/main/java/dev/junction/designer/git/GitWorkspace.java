package dev.junction.designer.git;

import dev.junction.git.workspace.ChangeKind;
import dev.junction.git.workspace.FileStatus;
import dev.junction.git.workspace.GitWorkspaceException;
import dev.junction.git.workspace.RemoteAccess;
import dev.junction.git.workspace.WorkspaceRepository;
import dev.junction.git.workspace.WorkspaceStatus;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The open workspace as a git working copy, for the FX views: whether it is a repository, its status (branch,
 * changed files) and the changed files by absolute path for explorer badges. Every git call runs on a virtual thread
 * and its future completes on the FX thread; calls that change files refresh the status and the open editors after.
 *
 * <p>FX thread only (state and calls); the futures it returns complete on the FX thread.
 */
public final class GitWorkspace implements AutoCloseable {

    private static final ExecutorService WORKERS =
            Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("junction-git-", 0).factory());

    private final RemoteAccess access;
    private final EditorBuffers buffers;
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>(this, "folder");
    private final ReadOnlyObjectWrapper<WorkspaceRepository> repository = new ReadOnlyObjectWrapper<>(this, "repository");
    private final ReadOnlyObjectWrapper<WorkspaceStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyStringWrapper branch = new ReadOnlyStringWrapper(this, "branch", "");
    private final ReadOnlyObjectWrapper<GitTask> task = new ReadOnlyObjectWrapper<>(this, "task");
    private final ObservableMap<Path, ChangeKind> changes = FXCollections.observableHashMap();
    private final BooleanBinding isRepository = repository.isNotNull();
    private long generation;
    private CompletableFuture<WorkspaceStatus> refreshing;
    private boolean refreshAgain;
    private CompletableFuture<WorkspaceStatus> nextRefresh;

    /**
     * @param access  how remotes are reached (credentials, ssh folder, timeout)
     * @param buffers the open editors, asked before and refreshed after operations that change files
     */
    public GitWorkspace(RemoteAccess access, EditorBuffers buffers) {
        this.access = Objects.requireNonNull(access, "access");
        this.buffers = Objects.requireNonNull(buffers, "buffers");
    }

    public RemoteAccess access() {
        return access;
    }

    public EditorBuffers buffers() {
        return buffers;
    }

    /** The workspace folder, or null when none is open. */
    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    /** The working copy holding the workspace, or null when the folder is not in one. */
    public ReadOnlyObjectProperty<WorkspaceRepository> repositoryProperty() {
        return repository.getReadOnlyProperty();
    }

    public BooleanBinding isRepository() {
        return isRepository;
    }

    /** The latest status; null while none is known (no repository, or before the first read). */
    public ReadOnlyObjectProperty<WorkspaceStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The current branch, "HEAD (abc1234)" when detached, "" without a repository. */
    public ReadOnlyStringProperty branchProperty() {
        return branch.getReadOnlyProperty();
    }

    /** The long operation in progress (clone excepted: that has no workspace yet), or null. */
    public ReadOnlyObjectProperty<GitTask> taskProperty() {
        return task.getReadOnlyProperty();
    }

    /** Changed files of the latest status by absolute, normalized path; deleted files included. */
    public ObservableMap<Path, ChangeKind> changes() {
        return changes;
    }

    /** The absolute file of a repository path. @throws IllegalStateException without a repository */
    public Path fileOf(String path) {
        return requireRepository().folder().resolve(path).toAbsolutePath().normalize();
    }

    /**
     * Opens {@code workspaceFolder}: finds the working copy holding it, if any, and reads its status. The previous
     * workspace's repository is closed.
     *
     * @return completes with whether the folder is in a git working copy
     */
    public CompletableFuture<Boolean> open(Path workspaceFolder) {
        Path normalized = workspaceFolder.toAbsolutePath().normalize();
        long opening = ++generation;
        closeRepository();
        folder.set(normalized);
        return background(() -> WorkspaceRepository.isRepository(normalized)
                        ? WorkspaceRepository.open(normalized, access) : null)
                .thenApply(opened -> {
                    if (opening != generation) {
                        if (opened != null) {
                            opened.close(); // another workspace was opened meanwhile
                        }
                        return false;
                    }
                    repository.set(opened);
                    if (opened != null) {
                        refresh();
                    }
                    return opened != null;
                });
    }

    /**
     * Makes the workspace folder a new repository (first branch {@code main}) and reads its status.
     *
     * @throws IllegalStateException when no folder is open or it already is a repository
     */
    public CompletableFuture<WorkspaceStatus> init() {
        Path target = folder.get();
        if (target == null || repository.get() != null) {
            throw new IllegalStateException(target == null ? "no workspace is open" : "already a repository");
        }
        long initializing = generation;
        return background(() -> WorkspaceRepository.init(target, access)).thenCompose(created -> {
            if (initializing != generation) {
                created.close();
                return CompletableFuture.failedFuture(new GitRefusal("Another workspace was opened meanwhile."));
            }
            repository.set(created);
            return refresh();
        });
    }

    /**
     * Reads the status again (coalesced: a refresh asked for while one runs makes one more run after it).
     *
     * @return completes with the new status, or null without a repository
     */
    public CompletableFuture<WorkspaceStatus> refresh() {
        WorkspaceRepository repo = repository.get();
        if (repo == null) {
            return CompletableFuture.completedFuture(null);
        }
        if (refreshing != null) {
            refreshAgain = true;
            if (nextRefresh == null) {
                nextRefresh = new CompletableFuture<>();
            }
            return nextRefresh;
        }
        long reading = generation;
        CompletableFuture<WorkspaceStatus> done = background(repo::status).thenApply(read -> {
            if (reading == generation && repository.get() == repo) {
                show(repo, read);
            }
            return read;
        });
        refreshing = done;
        done.whenComplete((read, error) -> {
            refreshing = null;
            if (refreshAgain) {
                refreshAgain = false;
                CompletableFuture<WorkspaceStatus> waiting = nextRefresh;
                nextRefresh = null;
                refresh().whenComplete((again, e2) -> {
                    if (e2 != null) {
                        waiting.completeExceptionally(e2);
                    } else {
                        waiting.complete(again);
                    }
                });
            }
        });
        return done;
    }

    private void show(WorkspaceRepository repo, WorkspaceStatus read) {
        status.set(read);
        branch.set(read.branch().orElse(read.headCommit().map(id -> "HEAD (" + id.substring(0, 7) + ")").orElse("HEAD")));
        Map<Path, ChangeKind> now = new HashMap<>();
        Path root = repo.folder().toAbsolutePath().normalize();
        for (FileStatus file : read.files()) {
            now.put(root.resolve(file.path()).normalize(), file.kind());
        }
        changes.keySet().retainAll(now.keySet());
        now.forEach((path, kind) -> {
            if (changes.get(path) != kind) {
                changes.put(path, kind);
            }
        });
    }

    /**
     * Runs a read (diff, history, file at a revision) off the FX thread. Without a repository the future fails with
     * a {@link GitRefusal} that says so.
     */
    public <T> CompletableFuture<T> read(GitCall<T> call) {
        WorkspaceRepository repo = repository.get();
        if (repo == null) {
            return notARepository();
        }
        return background(() -> call.call(repo));
    }

    private static <T> CompletableFuture<T> notARepository() {
        return CompletableFuture.failedFuture(new GitRefusal("This workspace is not a git repository yet: use"
                + " Git › Init Repository, or clone a repository."));
    }

    /**
     * Runs a call that changes the index, files or refs (commit, restore, branch, merge) off the FX thread, then
     * reloads open editors whose files changed and refreshes the status, whether it succeeded or not.
     */
    public <T> CompletableFuture<T> change(GitCall<T> call) {
        WorkspaceRepository repo = repository.get();
        if (repo == null) {
            return notARepository();
        }
        return afterChange(background(() -> call.call(repo)));
    }

    /**
     * Runs a long call (fetch, pull, push) with a {@link GitTask} that shows progress and can cancel it; one at a
     * time. Reloads editors and refreshes the status after it, as {@link #change} does.
     *
     * @param call gets the task, to pass to git as its progress listener
     */
    public <T> CompletableFuture<T> longChange(String title, Function<GitTask, GitCall<T>> call) {
        WorkspaceRepository repo = repository.get();
        if (repo == null) {
            return notARepository();
        }
        if (task.get() != null) {
            return CompletableFuture.failedFuture(new GitRefusal("Wait until \"" + task.get().titleProperty().get()
                    + "\" is done (or cancel it)."));
        }
        GitTask running = new GitTask(title);
        task.set(running);
        GitCall<T> work = call.apply(running);
        CompletableFuture<T> done = background(() -> work.call(repo));
        done.whenComplete((r, e) -> {
            if (task.get() == running) {
                task.set(null);
            }
        });
        return afterChange(done);
    }

    private <T> CompletableFuture<T> afterChange(CompletableFuture<T> done) {
        CompletableFuture<T> settled = new CompletableFuture<>();
        done.whenComplete((result, error) -> {
            buffers.reloadFromDisk();
            refresh().whenComplete((s, e) -> {
                if (error != null) {
                    settled.completeExceptionally(GitFailures.cause(error));
                } else {
                    settled.complete(result);
                }
            });
        });
        return settled;
    }

    /** Stops showing the repository (e.g. the workspace closed); its files are untouched. */
    public void closeRepository() {
        WorkspaceRepository open = repository.get();
        status.set(null);
        repository.set(null);
        branch.set("");
        changes.clear();
        if (open != null) {
            WORKERS.execute(open::close); // after nothing: reads in flight hold their own JGit objects
        }
    }

    @Override
    public void close() {
        generation++;
        closeRepository();
        folder.set(null);
    }

    private WorkspaceRepository requireRepository() {
        WorkspaceRepository repo = repository.get();
        if (repo == null) {
            throw new IllegalStateException("the workspace is not a git repository");
        }
        return repo;
    }

    /** A blocking call on a virtual thread; the future completes on the FX thread. */
    @FunctionalInterface
    interface Blocking<T> {
        T call() throws Exception;
    }

    static <T> CompletableFuture<T> background(Blocking<T> call) {
        CompletableFuture<T> future = new CompletableFuture<>();
        WORKERS.execute(() -> {
            try {
                T value = call.call();
                Platform.runLater(() -> future.complete(value));
            } catch (Throwable e) {
                Platform.runLater(() -> future.completeExceptionally(e));
            }
        });
        return future;
    }
}
