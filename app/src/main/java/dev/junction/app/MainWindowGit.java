package dev.junction.app;

import dev.junction.platform.ConfigDirectory;
import dev.junction.designer.actions.ActionHandlers;
import dev.junction.designer.editor.EditorTabsView;
import dev.junction.designer.git.ChangeBadges;
import dev.junction.designer.git.EditorTabsBuffers;
import dev.junction.designer.git.GitController;
import dev.junction.designer.git.GitWorkspace;
import dev.junction.designer.workspace.WorkspaceExplorer;
import dev.junction.designer.workspace.WorkspaceExplorerViewModel;
import dev.junction.git.credentials.CredentialStore;
import dev.junction.git.workspace.RemoteAccess;
import dev.junction.workflow.load.WorkflowLoader;
import java.nio.file.Path;
import java.time.Duration;
import javafx.beans.InvalidationListener;
import javafx.stage.Window;

/**
 * Git in the main window: the workspace's repository ({@link GitWorkspace}) following the open folder, the explorer's
 * badges, status refreshes when files change or the window gets the focus back, and the window as the
 * {@link GitController}'s shell (owner, status bar, bottom tabs, opening a cloned workspace). FX thread only.
 */
final class MainWindowGit implements GitController.Shell {

    private final MainWindow window;
    private final GitWorkspace git;
    private final GitController controller;

    MainWindowGit(MainWindow window, EditorTabsView editors, ActionHandlers handlers, RemoteAccess access) {
        this.window = window;
        this.git = new GitWorkspace(access, new EditorTabsBuffers(editors, window::showError));
        this.controller = new GitController(git, editors, WorkflowLoader.standard(), handlers, this);
    }

    /** Credentials in the settings folder (an owner-only file), ssh keys and known_hosts in ~/.ssh, 30 s timeout. */
    static RemoteAccess defaultAccess() {
        return new RemoteAccess(new CredentialStore(ConfigDirectory.resolve().resolve(CredentialStore.FILE_NAME)),
                Path.of(System.getProperty("user.home", "."), ".ssh"), Duration.ofSeconds(30));
    }

    GitWorkspace git() {
        return git;
    }

    GitController controller() {
        return controller;
    }

    /** Binds the git actions and follows the workspace: its folder, its files on disk, the window's focus. */
    void follow(WorkspaceExplorerViewModel workspace, WorkspaceExplorer explorer) {
        controller.bind();
        workspace.rootProperty().addListener((obs, old, now) -> {
            if (now == null) {
                git.close();
            } else {
                git.open(now);
            }
        });
        ChangeBadges.follow(git.changes(), explorer.badges());
        // a rescan of the tree means files changed on disk (saves, edits elsewhere): git's status may have too
        workspace.treeProperty().addListener((InvalidationListener) o -> {
            workspace.treeProperty().get();
            git.refresh();
        });
        window.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, was, stage) -> {
                    if (stage != null) {
                        // back from a terminal or another git client: show what changed there
                        stage.focusedProperty().addListener((f, wasFocused, focused) -> {
                            if (focused) {
                                git.refresh();
                            }
                        });
                    }
                });
            }
        });
    }

    @Override
    public Window owner() {
        return window.getScene() == null ? null : window.getScene().getWindow();
    }

    @Override
    public void info(String message) {
        window.showMessage(message);
    }

    @Override
    public void error(String message) {
        window.showError(message);
    }

    @Override
    public void showPanel(GitController.Panel panel) {
        window.show(MainWindow.Panel.BOTTOM, true);
        window.selectBottomTab(panel == GitController.Panel.CHANGES ? "changes-tab" : "history-tab");
    }

    @Override
    public void openWorkspace(Path folder) {
        window.openWorkspace(folder);
    }
}
