package dev.junction.app;

import atlantafx.base.controls.ModalPane;
import atlantafx.base.theme.Styles;
import dev.junction.app.settings.Settings;
import dev.junction.designer.actions.ActionFactory;
import dev.junction.designer.actions.ActionHandlers;
import dev.junction.designer.actions.CommandPalette;
import dev.junction.designer.actions.CommandPaletteViewModel;
import dev.junction.designer.actions.DesignerAction;
import dev.junction.designer.console.LogConsoleView;
import dev.junction.designer.editor.EditorTabsView;
import dev.junction.designer.editor.UnsavedChangesPrompt;
import dev.junction.designer.editor.WorkflowEditorView;
import dev.junction.designer.git.GitController;
import dev.junction.designer.git.GitStyles;
import dev.junction.designer.git.GitWorkspace;
import dev.junction.designer.inspector.InspectorView;
import dev.junction.designer.palette.PaletteView;
import dev.junction.designer.problems.ProblemsView;
import dev.junction.designer.run.RunController;
import dev.junction.designer.run.RunsView;
import dev.junction.designer.run.SchemaRunInputsForm;
import dev.junction.designer.timeline.TimelineView;
import dev.junction.designer.timeline.TimelineViewModel;
import dev.junction.designer.workspace.WorkspaceExplorer;
import dev.junction.designer.workspace.WorkspaceExplorerViewModel;
import dev.junction.git.workspace.RemoteAccess;
import dev.junction.run.Executor;
import dev.junction.workflow.load.LoadResult;
import dev.junction.workflow.load.WorkflowLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's content, like an IDE: the workspace explorer (and step palette) on the left, editor
 * tabs in the middle, the inspector on the right, Problems/Runs/Logs below, a status bar, and the menus,
 * toolbar and command palette made from {@link DesignerAction}s. Composes the designer's views; what each
 * action does is wired in {@link MainWindowActions}. FX thread only.
 */
public final class MainWindow extends StackPane {

    private final Settings settings;
    private final ActionHandlers handlers = new ActionHandlers();
    private final ActionFactory factory = new ActionFactory(handlers);
    private final WorkspaceExplorerViewModel workspace = new WorkspaceExplorerViewModel();
    private final WorkspaceExplorer explorer = new WorkspaceExplorer(workspace);
    private final PaletteView palette = new PaletteView();
    private final InspectorView inspector = new InspectorView();
    private final ProblemsView problems = new ProblemsView();
    private final RunController runs;
    private final RunsView runsView;
    private final LogConsoleView logs;
    private final TimelineView timeline = new TimelineView(new TimelineViewModel());
    private final EditorTabsView editors;
    private final MainWindowGit git;
    private final StatusBar statusBar = new StatusBar();
    private final ModalPane modal = new ModalPane();
    private final CommandPalette commandPalette;
    private final BorderPane layout = new BorderPane();
    private final SplitPane columns = new SplitPane();
    private final SplitPane centerRows = new SplitPane();
    private final Node sidebar;
    private final Node inspectorPanel;
    private final TabPane bottomPanel = new TabPane();
    private final MenuBar menuBar;
    private Runnable onQuit = () -> { };

    /**
     * @param executor      runs workflows (the local engine, or one that explains why it is unavailable)
     * @param engineProblem why the local engine is unavailable, or ""
     */
    public MainWindow(Settings settings, Executor executor, String engineProblem) {
        this(settings, executor, engineProblem, MainWindowGit.defaultAccess());
    }

    /**
     * @param remoteAccess how git remotes are reached: the credential store (in the user's config folder, never
     *                     the workspace), the ssh folder with known_hosts, the network timeout
     */
    public MainWindow(Settings settings, Executor executor, String engineProblem, RemoteAccess remoteAccess) {
        this.settings = settings;
        this.runs = new RunController(executor, new SettingsRunInputs(settings), SchemaRunInputsForm.factory(),
                java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        this.runsView = new RunsView(runs);
        this.logs = new LogConsoleView(runs.console());
        this.editors = new EditorTabsView(WorkflowLoader.standard(), runs::statuses,
                UnsavedChangesPrompt.dialog(() -> getScene().getWindow()), new WelcomeView(handlers));
        this.git = new MainWindowGit(this, editors, handlers, remoteAccess);
        this.commandPalette = new CommandPalette(new CommandPaletteViewModel(factory.paletteEntries(), handlers,
                action -> action != DesignerAction.COMMAND_PALETTE));
        this.sidebar = createSidebar();
        this.inspectorPanel = panel("INSPECTOR", inspector);
        this.menuBar = factory.menuBar();
        createView();
        initListeners();
        new MainWindowActions(this).bind();
        git.follow(workspace, explorer);
        statusBar.showEngine(engineProblem);
    }

    // ---- public API ------------------------------------------------------------------------------

    /** Opens {@code folder} as the workspace (explorer, palette, recent list). */
    public void openWorkspace(Path folder) {
        if (!Files.isDirectory(folder)) {
            showError("Cannot open " + folder + ": not a folder");
            return;
        }
        workspace.open(folder);
        settings.addRecentWorkspace(folder);
    }

    /** The open workspace folder, or null. */
    public ReadOnlyObjectProperty<Path> workspaceProperty() {
        return workspace.rootProperty();
    }

    /** Opens a workflow in a tab (or selects its tab); completes when it shows. */
    public CompletableFuture<WorkflowEditorView> openWorkflow(Path file) {
        return editors.open(file);
    }

    public EditorTabsView editors() {
        return editors;
    }

    public WorkspaceExplorer explorer() {
        return explorer;
    }

    /** The handlers of every action: {@code actions().run(DesignerAction.SAVE)} does what Ctrl+S does. */
    public ActionHandlers actions() {
        return handlers;
    }

    public RunController runController() {
        return runs;
    }

    /** The workspace as a git working copy (status, badges, operations). */
    public GitWorkspace git() {
        return git.git();
    }

    /** The git actions, panels and dialogs. */
    public GitController gitController() {
        return git.controller();
    }

    public Settings settings() {
        return settings;
    }

    /** Shows the command palette over the window. */
    public void showCommandPalette() {
        commandPalette.prepareToShow();
        modal.show(commandPalette);
    }

    public void hideCommandPalette() {
        modal.hide(true);
    }

    public boolean isCommandPaletteShowing() {
        return modal.isDisplay();
    }

    /**
     * Asks about unsaved changes before the window closes.
     *
     * @return true when it may close (everything saved or discarded), false if the user cancelled
     */
    public boolean confirmClose() {
        return editors.closeAll();
    }

    /** What the Quit action does once unsaved changes are settled (the app closes the stage). */
    public void setOnQuit(Runnable onQuit) {
        this.onQuit = onQuit;
    }

    /** Stops watching the workspace folder and closes its repository. */
    public void dispose() {
        workspace.close();
        git.git().close();
    }

    // ---- for MainWindowActions ---------------------------------------------------------------------

    void quit() {
        if (confirmClose()) {
            onQuit.run();
        }
    }

    /** The engine finished opening: "" when it runs, else why not (shown in the status bar and as an error). */
    void showEngineProblem(String problem) {
        statusBar.showEngine(problem);
        if (!problem.isEmpty()) {
            showError(problem);
        }
    }

    void showMessage(String text) {
        statusBar.showMessage(text, false);
    }

    void showError(String text) {
        statusBar.showMessage(text, true);
    }

    String statusMessage() {
        return statusBar.message();
    }

    WorkspaceExplorerViewModel workspaceModel() {
        return workspace;
    }

    boolean isShown(Panel panel) {
        return switch (panel) {
            case EXPLORER -> columns.getItems().contains(sidebar);
            case INSPECTOR -> columns.getItems().contains(inspectorPanel);
            case BOTTOM -> centerRows.getItems().contains(bottomPanel);
        };
    }

    enum Panel { EXPLORER, INSPECTOR, BOTTOM }

    /** Shows or hides a side panel, keeping the other panels' sizes. */
    void show(Panel panel, boolean shown) {
        if (isShown(panel) == shown) {
            return;
        }
        switch (panel) {
            case EXPLORER -> {
                if (shown) {
                    columns.getItems().addFirst(sidebar);
                } else {
                    columns.getItems().remove(sidebar);
                }
            }
            case INSPECTOR -> {
                if (shown) {
                    columns.getItems().addLast(inspectorPanel);
                } else {
                    columns.getItems().remove(inspectorPanel);
                }
            }
            case BOTTOM -> {
                if (shown) {
                    centerRows.getItems().addLast(bottomPanel);
                    centerRows.setDividerPositions(0.72);
                } else {
                    centerRows.getItems().remove(bottomPanel);
                }
            }
        }
        placeColumnDividers();
        settings.setPanels(isShown(Panel.EXPLORER), isShown(Panel.INSPECTOR), isShown(Panel.BOTTOM));
    }

    void selectBottomTab(String id) {
        bottomPanel.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(bottomPanel.getSelectionModel()::select);
    }

    // ---- view ------------------------------------------------------------------------------------

    private void createView() {
        getStyleClass().add("main-window");
        getStylesheets().add(GitStyles.STYLESHEET);
        setId("main-window");
        Menu file = menuBar.getMenus().getFirst();
        int afterOpenFolder = file.getItems().indexOf(file.getItems().stream()
                .filter(i -> ActionFactory.id(DesignerAction.OPEN_FOLDER).equals(i.getId())).findFirst().orElseThrow()) + 1;
        file.getItems().add(afterOpenFolder, new RecentWorkspacesMenu(settings, this::openWorkspace));
        VBox top = new VBox(menuBar, MainToolBar.create(factory, this::showCommandPalette));
        layout.setTop(top);

        bottomPanel.setId("bottom-panel");
        bottomPanel.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        bottomPanel.getStyleClass().addAll("bottom-panel", Styles.DENSE);
        bottomPanel.getTabs().addAll(
                bottomTab("problems-tab", "Problems", Feather.ALERT_TRIANGLE, problems),
                bottomTab("runs-tab", "Runs", Feather.ACTIVITY, runsView),
                bottomTab("logs-tab", "Logs", Feather.TERMINAL, logs),
                bottomTab("timeline-tab", "Timeline", Feather.BAR_CHART_2, timeline),
                bottomTab("changes-tab", "Changes", Feather.GIT_COMMIT, git.controller().changesView()),
                bottomTab("history-tab", "History", Feather.CLOCK, git.controller().historyView()));

        centerRows.setOrientation(Orientation.VERTICAL);
        centerRows.getItems().addAll(editors, bottomPanel);
        centerRows.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(bottomPanel, false);

        columns.getItems().addAll(sidebar, centerRows, inspectorPanel);
        columns.getStyleClass().add("main-columns");
        SplitPane.setResizableWithParent(sidebar, false);
        SplitPane.setResizableWithParent(inspectorPanel, false);
        placeColumnDividers();
        layout.setCenter(columns);
        statusBar.showGit(git.controller().progressView(), git.git().branchProperty(),
                () -> handlers.run(dev.junction.designer.actions.DesignerAction.GIT_BRANCHES));
        layout.setBottom(statusBar);

        if (!settings.explorerShown()) {
            columns.getItems().remove(sidebar);
        }
        if (!settings.inspectorShown()) {
            columns.getItems().remove(inspectorPanel);
        }
        if (!settings.bottomPanelShown()) {
            centerRows.getItems().remove(bottomPanel);
        }
        placeColumnDividers();

        modal.setId("modal-pane");
        modal.setAlignment(Pos.TOP_CENTER);
        modal.usePredefinedTransitionFactories(null);
        commandPalette.setOnClose(this::hideCommandPalette);
        getChildren().addAll(layout, modal);
    }

    private Node createSidebar() {
        explorer.setOnOpenWorkflow(this::openWorkflow);
        // double-click (or Enter) on a palette entry adds it to the canvas in front
        palette.setOnActivate(item -> {
            WorkflowEditorView editor = editors.activeEditor();
            if (editor != null) {
                editor.canvas().addStep(item);
            }
        });
        SplitPane split = new SplitPane(explorer, panel("PALETTE", palette));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        split.getStyleClass().add("sidebar");
        split.setId("sidebar");
        return split;
    }

    /** A side panel: a small caps title over the content. */
    private static BorderPane panel(String title, Node content) {
        Label label = new Label(title);
        label.getStyleClass().add("panel-title");
        HBox header = new HBox(label);
        header.getStyleClass().add("panel-header");
        header.setAlignment(Pos.CENTER_LEFT);
        BorderPane panel = new BorderPane(content);
        panel.setTop(header);
        panel.getStyleClass().add("side-panel");
        panel.setId(title.toLowerCase(java.util.Locale.ROOT) + "-panel");
        return panel;
    }

    private static Tab bottomTab(String id, String text, Feather icon, Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        tab.setGraphic(new FontIcon(icon));
        return tab;
    }

    private void placeColumnDividers() {
        double width = getWidth() > 0 ? getWidth() : 1280;
        double left = 260 / width;
        double right = 1 - 300 / width;
        boolean hasLeft = columns.getItems().contains(sidebar);
        boolean hasRight = columns.getItems().contains(inspectorPanel);
        if (hasLeft && hasRight) {
            columns.setDividerPositions(left, right);
        } else if (hasLeft) {
            columns.setDividerPositions(left);
        } else if (hasRight) {
            columns.setDividerPositions(right);
        }
    }

    private final javafx.collections.SetChangeListener<String> stepFilter = this::narrowLogsToSelection;

    /** A single selected step narrows the Logs tab to it; selecting nothing (or several) shows every step. */
    private void narrowLogsToSelection(javafx.collections.SetChangeListener.Change<? extends String> change) {
        WorkflowEditorView editor = editors.activeEditor();
        if (editor != null) {
            runs.console().stepFilterProperty().set(editor.selection().single());
        }
    }

    private final javafx.beans.value.ChangeListener<LoadResult> problemCount = (obs, old, now) -> showProblemCount(now);

    /** "Problems 3" on the bottom tab while the active workflow has problems. */
    private void showProblemCount(LoadResult validation) {
        int count = validation == null ? 0 : validation.problems().size();
        bottomPanel.getTabs().getFirst().setText(count == 0 ? "Problems" : "Problems " + count);
    }

    private void initListeners() {
        workspace.rootProperty().addListener((obs, old, now) -> {
            statusBar.showWorkspace(now);
            palette.setWorkspace(now);
        });
        workspace.errorProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                showError(now);
            }
        });
        editors.setOnError(this::showError);
        editors.setOnClosed(editor -> runs.forget(editor.document()));
        editors.defaultModeProperty().bind(settings.editorModeProperty());
        editors.activeEditorProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.document().validationProperty().removeListener(problemCount);
            }
            if (now != null) {
                now.document().validationProperty().addListener(problemCount);
            }
            showProblemCount(now == null ? null : now.document().validationProperty().get());
            inspector.setTarget(now == null ? null : now.document(), now == null ? null : now.selection());
            problems.setTarget(now == null ? null : now.document(), now == null ? null : now.selection());
            runsView.setTarget(now == null ? null : now.document());
            timeline.model().dataProperty().unbind();
            if (now != null) {
                timeline.model().dataProperty().bind(runs.state(now.document()).timelineProperty());
                now.selection().steps().addListener(stepFilter);
            } else {
                timeline.model().dataProperty().set(null);
            }
            if (old != null) {
                old.selection().steps().removeListener(stepFilter);
            }
        });
        widthProperty().addListener((obs, old, now) -> {
            if (old.doubleValue() == 0) {
                placeColumnDividers();
            }
        });
    }
}
