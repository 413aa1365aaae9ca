package dev.junction.app;

import dev.junction.designer.actions.ActionHandlers;
import dev.junction.designer.actions.DesignerAction;
import dev.junction.designer.canvas.CanvasView;
import dev.junction.designer.document.WorkflowDocument;
import dev.junction.designer.editor.EditorMode;
import dev.junction.designer.editor.EditorTabsView;
import dev.junction.designer.editor.TextEditing;
import dev.junction.designer.editor.TextEditing.Command;
import dev.junction.designer.editor.WorkflowEditorView;
import dev.junction.designer.layout.Direction;
import dev.junction.designer.run.RunStart;
import dev.junction.run.RunStatus;
import dev.junction.workflow.edit.StepSection;
import dev.junction.designer.workspace.NewWorkflowDialog;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * What each {@link DesignerAction} does in the main window. Edit actions go to the focused text field
 * when one has the focus (so the Edit menu works in forms and the YAML editor too), otherwise to the
 * active editor's canvas.
 */
final class MainWindowActions {

    private final MainWindow window;
    private final EditorTabsView editors;
    private final ActionHandlers handlers;

    MainWindowActions(MainWindow window) {
        this.window = window;
        this.editors = window.editors();
        this.handlers = window.actions();
    }

    void bind() {
        BooleanBinding hasEditor = editors.activeEditorProperty().isNotNull();
        BooleanBinding hasWorkspace = window.workspaceProperty().isNotNull();
        BooleanExpression running = editors.follow(d -> window.runController().state(d).runningProperty());

        handlers.on(DesignerAction.NEW_WORKFLOW, this::newWorkflow, hasWorkspace)
                .on(DesignerAction.OPEN_FOLDER, this::openFolder)
                .on(DesignerAction.REFRESH_WORKSPACE, () -> window.workspaceModel().refresh(), hasWorkspace)
                .on(DesignerAction.SAVE, this::save, editors.follow(WorkflowDocument::dirtyProperty))
                .on(DesignerAction.SAVE_ALL, this::saveAll, editors.anyDirtyProperty())
                .on(DesignerAction.CLOSE_TAB, editors::closeActive, hasEditor)
                .on(DesignerAction.QUIT, window::quit);

        handlers.on(DesignerAction.UNDO, () -> document().undo(), editors.follow(WorkflowDocument::canUndoProperty))
                .on(DesignerAction.REDO, () -> document().redo(), editors.follow(WorkflowDocument::canRedoProperty))
                .on(DesignerAction.COPY, () -> edit(Command.COPY, CanvasView::copySelection), hasEditor)
                .on(DesignerAction.PASTE, () -> edit(Command.PASTE, CanvasView::paste), hasEditor)
                .on(DesignerAction.DUPLICATE, () -> edit(null, CanvasView::duplicateSelection), hasEditor)
                .on(DesignerAction.DELETE, () -> edit(Command.DELETE, CanvasView::deleteSelection), hasEditor)
                .on(DesignerAction.SELECT_ALL, () -> edit(Command.SELECT_ALL, CanvasView::selectAll), hasEditor)
                .on(DesignerAction.FIND_STEP, this::findStep, hasEditor);

        handlers.on(DesignerAction.COMMAND_PALETTE, window::showCommandPalette)
                .on(DesignerAction.SHOW_CANVAS, () -> mode(EditorMode.CANVAS), hasEditor)
                .on(DesignerAction.SHOW_SPLIT, () -> mode(EditorMode.SPLIT), hasEditor)
                .on(DesignerAction.SHOW_YAML, () -> mode(EditorMode.YAML), hasEditor)
                .on(DesignerAction.ZOOM_IN, () -> canvas().zoomIn(), hasEditor)
                .on(DesignerAction.ZOOM_OUT, () -> canvas().zoomOut(), hasEditor)
                .on(DesignerAction.FIT_TO_VIEW, () -> canvas().fitToView(), hasEditor)
                .on(DesignerAction.TIDY_TOP_DOWN, () -> canvas().tidy(Direction.TOP_TO_BOTTOM), hasEditor)
                .on(DesignerAction.TIDY_LEFT_RIGHT, () -> canvas().tidy(Direction.LEFT_TO_RIGHT), hasEditor)
                .on(DesignerAction.TOGGLE_EXPLORER, () -> toggle(MainWindow.Panel.EXPLORER))
                .on(DesignerAction.TOGGLE_INSPECTOR, () -> toggle(MainWindow.Panel.INSPECTOR))
                .on(DesignerAction.TOGGLE_BOTTOM_PANEL, () -> toggle(MainWindow.Panel.BOTTOM));

        handlers.on(DesignerAction.RUN_WORKFLOW, this::runWorkflow, hasEditor.and(running.not()))
                .on(DesignerAction.RUN_SELECTED_STEP, this::runSelectedStep, hasEditor.and(running.not()))
                .on(DesignerAction.RERUN_FROM_FAILED, this::rerunFromFailed, hasEditor.and(running.not()))
                .on(DesignerAction.STOP_RUN, () -> window.runController().stop(document()), running);

        handlers.on(DesignerAction.KEYBOARD_SHORTCUTS, () -> HelpDialogs.shortcuts(owner()))
                .on(DesignerAction.ABOUT, () -> HelpDialogs.about(owner()));
        // TOGGLE_THEME is bound by the app, which owns the theme
    }

    private WorkflowEditorView editor() {
        return editors.activeEditor();
    }

    private WorkflowDocument document() {
        return editor().document();
    }

    private CanvasView canvas() {
        return editor().canvas();
    }

    private Window owner() {
        return window.getScene() == null ? null : window.getScene().getWindow();
    }

    /**
     * An Edit command goes to the focused text if any; else to the canvas, unless the focus is in a list or
     * tree outside the editor (Delete in the explorer must not delete steps the user is not looking at).
     */
    private void edit(Command textCommand, Consumer<CanvasView> onCanvas) {
        Node focused = window.getScene() == null ? null : window.getScene().getFocusOwner();
        Optional<Runnable> onText = textCommand == null ? Optional.empty() : TextEditing.forFocused(focused, textCommand);
        if (onText.isPresent()) {
            onText.get().run();
        } else if (focused == null || isInside(focused, editor()) || !(focused instanceof TreeView<?>
                || focused instanceof ListView<?> || focused instanceof TableView<?> || focused instanceof TreeTableView<?>)) {
            onCanvas.accept(canvas());
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void newWorkflow() {
        Path folder = window.explorer().targetFolder();
        new NewWorkflowDialog(owner(), folder).ask().ifPresent(file -> {
            window.workspaceModel().refresh();
            window.openWorkflow(file);
            window.showMessage("Created " + file.getFileName());
        });
    }

    private void openFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of workflows");
        Path current = window.workspaceProperty().get();
        if (current != null && current.getParent() != null) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        File chosen = chooser.showDialog(owner());
        if (chosen != null) {
            window.openWorkspace(chosen.toPath());
        }
    }

    private void save() {
        WorkflowEditorView editor = editor();
        if (editors.saveActive()) {
            window.showMessage("Saved " + editor.file().getFileName());
        }
    }

    private void saveAll() {
        if (editors.saveAll()) {
            window.showMessage("Saved all workflows");
        }
    }

    private void findStep() {
        var model = document().model();
        List<String> ids = model == null ? List.of() : java.util.Arrays.stream(StepSection.values())
                .flatMap(section -> model.stepIds(section).stream()).sorted().toList();
        if (ids.isEmpty()) {
            window.showError("This workflow has no steps to find");
            return;
        }
        ChoiceDialog<String> dialog = new ChoiceDialog<>(editor().selection().single() != null
                ? editor().selection().single() : ids.getFirst(), ids);
        dialog.initOwner(owner());
        dialog.setTitle("Find Step");
        dialog.setHeaderText("Go to a step on the canvas");
        dialog.showAndWait().ifPresent(id -> canvas().findStep(id));
    }

    private void mode(EditorMode mode) {
        editor().modeProperty().set(mode);
        window.settings().editorModeProperty().set(mode);
    }

    private void toggle(MainWindow.Panel panel) {
        window.show(panel, !window.isShown(panel));
    }

    private void runWorkflow() {
        window.selectBottomTab("logs-tab");
        report(window.runController().runWorkflow(document(), owner()));
    }

    private void runSelectedStep() {
        Set<String> selected = Set.copyOf(editor().selection().steps());
        if (selected.isEmpty()) {
            window.showError("Select the step to run on the canvas first");
            return;
        }
        window.selectBottomTab("logs-tab");
        report(window.runController().runSteps(document(), selected));
    }

    private void rerunFromFailed() {
        window.selectBottomTab("logs-tab");
        report(window.runController().rerunFailed(document()));
    }

    /**
     * Puts what became of a run request in the status bar (the futures complete on the FX thread), and how the
     * run ended once it has.
     */
    private void report(CompletableFuture<RunStart> start) {
        start.whenComplete((result, error) -> {
            if (error != null) {
                window.showError("The run could not start: " + error.getMessage());
                return;
            }
            window.showMessage(result.message());
            if (result instanceof RunStart.Started started) {
                started.completion().whenComplete((status, failure) -> javafx.application.Platform.runLater(() -> {
                    if (failure != null || status != RunStatus.SUCCESS) {
                        window.showError("Run " + started.runId() + " " + ended(status));
                    } else {
                        window.showMessage("Run " + started.runId() + " succeeded");
                    }
                }));
            }
        });
    }

    private static String ended(RunStatus status) {
        return status == null ? "ended with an internal error" : switch (status) {
            case FAILURE -> "failed";
            case CANCELLED -> "was cancelled";
            default -> "ended " + status.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
