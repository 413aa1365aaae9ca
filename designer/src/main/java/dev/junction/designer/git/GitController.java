package dev.junction.designer.git;

import dev.junction.designer.actions.ActionHandlers;
import dev.junction.designer.actions.DesignerAction;
import dev.junction.designer.editor.EditorTabsView;
import dev.junction.designer.editor.WorkflowEditorView;
import dev.junction.git.workspace.ChangeKind;
import dev.junction.git.workspace.CommitInfo;
import dev.junction.git.workspace.WorkspaceRepository;
import dev.junction.git.workspace.WorkspaceStatus;
import dev.junction.workflow.load.WorkflowLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * The git actions of the window: binds every {@code GIT_*} {@link DesignerAction} (menus, shortcuts, palette) and
 * opens the git views and dialogs: Changes and History panels, diffs and old versions in editor tabs, commit,
 * branches, remotes, credentials, clone. Messages go to the window's status bar; failures a user must act on
 * (a refused push, conflicts) also in a dialog. FX thread only.
 */
public final class GitController implements GitNavigator {

    /** What the controller needs from the window around it. */
    public interface Shell {

        /** The window dialogs belong to. */
        Window owner();

        void info(String message);

        void error(String message);

        /** Brings a git panel to the front (the bottom area's tab). */
        void showPanel(Panel panel);

        /** Opens a folder as the workspace (after a clone). */
        void openWorkspace(Path folder);
    }

    public enum Panel { CHANGES, HISTORY }

    private final GitWorkspace git;
    private final EditorTabsView editors;
    private final WorkflowLoader loader;
    private final ActionHandlers actions;
    private final Shell shell;
    private final RemoteDialogs prompts;
    private final ChangesView changes;
    private final HistoryView history;
    private final SyncViewModel sync;
    private final GitProgressView progress;
    private final List<DiffView> diffs = new ArrayList<>();
    private final BranchActions branchActions;

    public GitController(GitWorkspace git, EditorTabsView editors, WorkflowLoader loader, ActionHandlers actions,
                         Shell shell) {
        this.git = git;
        this.editors = editors;
        this.loader = loader;
        this.actions = actions;
        this.shell = shell;
        this.prompts = new RemoteDialogs(shell::owner, git.access().credentials().file());
        this.changes = new ChangesView(new ChangesViewModel(git), actions, this);
        this.history = new HistoryView(new HistoryViewModel(git), this);
        this.sync = new SyncViewModel(git, prompts);
        this.progress = new GitProgressView(git.taskProperty());
        this.branchActions = new BranchActions(git, shell);
        // a diff against the files on disk follows them: every status read (saves, git operations) re-compares
        git.statusProperty().addListener((InvalidationListener) o -> {
            if (git.statusProperty().get() == null) {
                return; // closed: the diffs keep what they show
            }
            diffs.stream().filter(d -> d.model().newRevisionProperty().get() == null).forEach(d -> d.model().reload());
        });
    }

    public ChangesView changesView() {
        return changes;
    }

    public HistoryView historyView() {
        return history;
    }

    public GitProgressView progressView() {
        return progress;
    }

    public GitWorkspace git() {
        return git;
    }

    /** The prompts remote operations use (dialogs), e.g. for tests that answer them. */
    public RemoteDialogs prompts() {
        return prompts;
    }

    /** Binds the git actions; call once. */
    public void bind() {
        BooleanBinding repo = git.isRepository();
        BooleanBinding idle = repo.and(git.taskProperty().isNull());
        BooleanBinding hasChanges = Bindings.createBooleanBinding(() -> !git.changes().isEmpty(), git.changes());
        BooleanBinding merging = Bindings.createBooleanBinding(() -> git.statusProperty().get() != null
                && git.statusProperty().get().merging(), git.statusProperty());
        BooleanBinding hasFile = repo.and(Bindings.createBooleanBinding(() -> targetPath().isPresent(),
                editors.activeEditorProperty(), changes.list().getSelectionModel().selectedItemProperty(),
                changes.list().focusedProperty()));

        actions.on(DesignerAction.GIT_COMMIT, this::commit, repo.and(hasChanges.or(merging)))
                .on(DesignerAction.GIT_PUSH, () -> report(sync.push(), "Push"), idle)
                .on(DesignerAction.GIT_PULL, () -> report(sync.pull(), "Pull"), idle)
                .on(DesignerAction.GIT_FETCH, () -> report(sync.fetch(), "Fetch"), idle)
                .on(DesignerAction.GIT_SHOW_CHANGES, () -> shell.showPanel(Panel.CHANGES))
                .on(DesignerAction.GIT_DIFF, () -> diffOfTarget(DiffView.Mode.TEXT), hasFile)
                .on(DesignerAction.GIT_GRAPH_DIFF, () -> diffOfTarget(DiffView.Mode.GRAPH), hasFile)
                .on(DesignerAction.GIT_ROLLBACK, () -> rollback(rollbackTargets()), repo.and(hasChanges))
                .on(DesignerAction.GIT_REFRESH, git::refresh, repo)
                .on(DesignerAction.GIT_FILE_HISTORY, () -> targetPath().ifPresent(this::showHistory), hasFile)
                .on(DesignerAction.GIT_HISTORY, () -> showHistory(null), repo)
                .on(DesignerAction.GIT_BRANCHES, branchActions::branches, repo)
                .on(DesignerAction.GIT_NEW_BRANCH, branchActions::newBranch, repo)
                .on(DesignerAction.GIT_SWITCH_BRANCH, branchActions::switchBranch, repo)
                .on(DesignerAction.GIT_MERGE, branchActions::mergeBranch, repo)
                .on(DesignerAction.GIT_ABORT_MERGE, branchActions::abortMerge, merging)
                .on(DesignerAction.GIT_REMOTES, () -> new RemotesDialog(git, shell::owner).showAndWait(), repo)
                .on(DesignerAction.GIT_CREDENTIALS, () -> new CredentialsDialog(git.access().credentials(), prompts,
                        shell::owner).showAndWait())
                .on(DesignerAction.GIT_INIT, this::init, git.folderProperty().isNotNull().and(repo.not()))
                .on(DesignerAction.GIT_CLONE, this::cloneRepository);
    }

    // ---- actions --------------------------------------------------------------------------------------

    private void init() {
        Path folder = git.folderProperty().get();
        git.init().whenComplete((status, failure) -> {
            if (failure != null) {
                shell.error(GitFailures.message(failure));
            } else {
                shell.info("Made " + folder.getFileName() + " a git repository (branch main); its files are listed"
                        + " in Changes.");
                shell.showPanel(Panel.CHANGES);
            }
        });
    }

    private void cloneRepository() {
        Path current = git.folderProperty().get();
        Path parent = current != null && current.getParent() != null ? current.getParent()
                : Path.of(System.getProperty("user.home", "."));
        new CloneDialog(new CloneViewModel(git.access(), prompts, parent), shell::owner).showAndWait()
                .ifPresent(folder -> {
                    shell.openWorkspace(folder);
                    shell.info("Cloned into " + folder + " and opened it as the workspace.");
                });
    }

    private void commit() {
        List<Path> unsaved = git.buffers().unsaved();
        if (!unsaved.isEmpty()) {
            String names = String.join(", ", unsaved.stream().map(p -> p.getFileName().toString()).toList());
            if (!GitDialogs.confirm(shell::owner, "Commit", "Save before committing?", names
                    + (unsaved.size() == 1 ? " has" : " have") + " unsaved changes. A commit takes the files as they"
                    + " are on disk, so save first.", "Save All and Continue") || !editors.saveAll()) {
                return;
            }
        }
        CommitViewModel model = new CommitViewModel(git, changes.model().includedPaths());
        new CommitDialog(model, shell::owner, git.branchProperty().get()).showAndWait().ifPresent(made ->
                shell.info("Committed " + made.shortId() + " “" + made.summary() + "” on " + git.branchProperty().get()
                        + "."));
    }

    private void report(CompletableFuture<SyncReport> operation, String what) {
        operation.whenComplete((report, failure) -> {
            if (failure != null) {
                String message = GitFailures.message(failure);
                shell.error(message);
                if (!(GitFailures.cause(failure) instanceof GitRefusal) || what.equals("Push")) {
                    GitDialogs.inform(shell::owner, Alert.AlertType.ERROR, what, what + " failed", message);
                }
                return;
            }
            if (report.hasConflicts()) {
                shell.error(report.message());
                shell.showPanel(Panel.CHANGES);
                GitDialogs.inform(shell::owner, Alert.AlertType.WARNING, what, "Conflicts to resolve", report.message());
            } else {
                shell.info(report.message());
            }
        });
    }

    private void diffOfTarget(DiffView.Mode mode) {
        Optional<String> path = targetPath();
        if (path.isEmpty()) {
            return;
        }
        ChangeKind kind = git.changes().get(git.fileOf(path.get()));
        if (kind == ChangeKind.CONFLICTING) {
            openFile(path.get()); // the markers are the diff
            shell.info(path.get() + " has conflicts: keep the lines you want between the markers, then commit.");
            return;
        }
        open(path.get(), "HEAD", null).show(mode);
    }

    // ---- what views ask for -----------------------------------------------------------------------------

    @Override
    public void openDiff(String path, String oldRevision, String newRevision) {
        open(path, oldRevision, newRevision);
    }

    private DiffView open(String path, String oldRevision, String newRevision) {
        String key = "diff:" + path + ":" + oldRevision + ":" + newRevision;
        Optional<Node> existing = editors.view(key);
        if (existing.isPresent()) {
            DiffView view = (DiffView) existing.get();
            editors.openView(key, "", Feather.COLUMNS, view, () -> { });
            view.model().reload();
            return view;
        }
        DiffViewModel model = new DiffViewModel(git, path, oldRevision, newRevision);
        DiffView view = new DiffView(model, loader);
        diffs.add(view);
        editors.openView(key, model.fileName() + " (diff)", Feather.COLUMNS, view, () -> {
            diffs.remove(view);
            view.dispose();
        });
        return view;
    }

    /** The open diff views (tests, screenshots). */
    public List<DiffView> openDiffs() {
        return List.copyOf(diffs);
    }

    @Override
    public void openVersion(String path, CommitInfo commit) {
        history.model().version(path, commit.id()).whenComplete((text, failure) -> {
            if (failure != null) {
                shell.error(GitFailures.message(failure));
                return;
            }
            if (text.isEmpty()) {
                shell.error(path + " does not exist at " + commit.shortId() + ".");
                return;
            }
            String name = path.substring(path.lastIndexOf('/') + 1);
            VersionView view = new VersionView(path, commit, text.get(), () -> openDiff(path, commit.id(), null),
                    () -> restore(path, commit));
            editors.openView("version:" + path + ":" + commit.id(), name + " @ " + commit.shortId(), Feather.CLOCK,
                    view, () -> { });
        });
    }

    @Override
    public void openFile(String path) {
        Path file = git.fileOf(path);
        if (Files.isRegularFile(file)) {
            editors.open(file);
        } else {
            shell.error(path + " is not on disk.");
        }
    }

    @Override
    public void restore(String path, CommitInfo commit) {
        if (!GitDialogs.confirm(shell::owner, "Restore", "Restore " + path + " as of " + commit.shortId() + "?",
                "The file on disk is replaced by its version from “" + commit.summary() + "”. Commit it to keep it;"
                        + " Roll Back returns to the last commit.", "Restore")) {
            return;
        }
        history.model().restore(path, commit.id()).whenComplete((v, failure) -> {
            if (failure != null) {
                shell.error(GitFailures.message(failure));
            } else {
                shell.info("Restored " + path + " as of " + commit.shortId() + " (not committed yet).");
            }
        });
    }

    @Override
    public void showHistory(String path) {
        history.model().fileProperty().set(path);
        history.model().load();
        shell.showPanel(Panel.HISTORY);
    }

    @Override
    public void rollback(List<String> paths) {
        if (paths.isEmpty()) {
            return;
        }
        String what = paths.size() == 1 ? paths.getFirst() : paths.size() + " files";
        if (!GitDialogs.confirm(shell::owner, "Roll Back", "Roll back " + what + "?", "Uncommitted changes to "
                + String.join(", ", paths) + " are discarded: the files get their last committed version back.",
                "Roll Back")) {
            return;
        }
        changes.model().rollback(paths).whenComplete((v, failure) -> {
            if (failure != null) {
                shell.error(GitFailures.message(failure));
            } else {
                shell.info("Rolled back " + what + ".");
            }
        });
    }

    // ---- targets ------------------------------------------------------------------------------------------

    /** The file an action is about: the selected change while the Changes list has the focus, else the open editor's. */
    Optional<String> targetPath() {
        WorkspaceRepository repo = git.repositoryProperty().get();
        if (repo == null) {
            return Optional.empty();
        }
        String selected = changes.selectedPath();
        if (selected != null && (changes.list().isFocused() || editors.activeEditor() == null)) {
            return Optional.of(selected);
        }
        WorkflowEditorView editor = editors.activeEditor();
        if (editor != null) {
            try {
                return Optional.of(repo.pathOf(editor.file()));
            } catch (IllegalArgumentException e) {
                return Optional.empty(); // a file outside the repository
            }
        }
        return Optional.ofNullable(selected);
    }

    private List<String> rollbackTargets() {
        if (changes.list().isFocused() && !changes.list().getSelectionModel().isEmpty()) {
            return changes.selectedPaths();
        }
        Optional<String> target = targetPath();
        WorkspaceStatus status = git.statusProperty().get();
        if (target.isPresent() && status != null && status.file(target.get()).isPresent()) {
            return List.of(target.get());
        }
        return changes.model().includedPaths();
    }
}
