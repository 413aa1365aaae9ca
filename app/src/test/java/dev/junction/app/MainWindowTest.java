package dev.junction.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.designer.actions.CommandPaletteViewModel;
import dev.junction.designer.actions.DesignerAction;
import dev.junction.designer.console.LogEntry;
import dev.junction.designer.editor.EditorMode;
import dev.junction.designer.editor.WorkflowEditorView;
import dev.junction.designer.workspace.WorkspaceNode;
import dev.junction.run.StepStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The real main window, driven through its keyboard and mouse (headless platform). */
class MainWindowTest {

    @TempDir
    Path home;

    private RunningApp app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        app = RunningApp.start(home);
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    @Test
    void firstStartOpensTheSampleWorkspaceWithEveryPanel() throws Exception {
        app.waitFor(() -> app.window().explorer().model().treeProperty().get() != null);

        assertThat(app.fx(() -> app.window().workspaceProperty().get())).isEqualTo(app.workspace);
        assertThat(app.fx(() -> app.stage.getTitle())).isEqualTo("sample-workflows — Junction");
        for (String id : List.of("#workspace-explorer", "#editor-tabs", "#inspector-panel", "#palette-panel",
                "#bottom-panel", "#status-bar", "#main-toolbar", "#welcome")) {
            assertThat(robot.lookup(id).tryQuery()).as(id).isPresent();
        }
        TabPane bottom = robot.lookup("#bottom-panel").queryAs(TabPane.class);
        assertThat(bottom.getTabs()).extracting(t -> t.getText()).containsExactly("Problems", "Runs", "Logs", "Timeline",
                "Changes", "History");
        WorkspaceNode tree = app.fx(() -> app.window().explorer().model().treeProperty().get());
        assertThat(tree.workflows()).extracting(p -> p.getFileName().toString())
                .contains("hello.yaml", "ci-build.yaml", "deployment.yaml");
        assertThat(tree.actions()).extracting(p -> p.getFileName().toString()).containsExactly("python-check");
        assertThat(app.fx(() -> app.window().settings().recentWorkspaces())).containsExactly(app.workspace);
    }

    @Test
    void doubleClickingAWorkflowInTheExplorerOpensItInOneTab() throws Exception {
        Node cell = workflowCell("hello.yaml");
        robot.doubleClickOn(cell, MouseButton.PRIMARY);
        app.waitFor(() -> app.window().editors().activeEditor() != null);

        WorkflowEditorView editor = app.fx(() -> app.window().editors().activeEditor());
        assertThat(editor.file()).isEqualTo(app.workspace.resolve("hello.yaml"));
        assertThat(tabTitles()).containsExactly("hello.yaml");
        assertThat(robot.lookup("#welcome").query().isVisible()).isFalse();

        robot.doubleClickOn(workflowCell("hello.yaml"), MouseButton.PRIMARY);
        assertThat(tabTitles()).as("a file opens once").containsExactly("hello.yaml");
        robot.doubleClickOn(workflowCell("deployment.yaml"), MouseButton.PRIMARY);
        app.waitFor(() -> tabTitles().size() == 2);
        assertThat(tabTitles()).containsExactly("hello.yaml", "deployment.yaml");
    }

    @Test
    void ctrlSSavesTheActiveWorkflowAndClearsTheDirtyMarker() throws Exception {
        Path file = app.workspace.resolve("hello.yaml");
        WorkflowEditorView editor = open(file);
        app.fx(() -> editor.document().edit("Rename", t -> t.renameStep("report", "summary"), null));
        assertThat(tabTitles()).containsExactly("hello.yaml" + WorkflowEditorView.DIRTY_MARKER);
        assertThat(Files.readString(file)).doesNotContain("summary:");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        app.waitFor(() -> !editor.document().dirtyProperty().get());

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(app.fx(() -> editor.document().text()))
                .contains("summary:");
        assertThat(tabTitles()).containsExactly("hello.yaml");
        assertThat(app.fx(() -> app.window().statusMessage())).endsWith("Saved hello.yaml");
    }

    @Test
    void f5AsksForTheInputsRunsTheWorkflowAndShowsStatusesLogsAndHowItEnded() throws Exception {
        WorkflowEditorView editor = open(app.workspace.resolve("hello.yaml"));

        robot.press(KeyCode.F5).release(KeyCode.F5);
        app.waitFor(() -> dialogTextFields().size() == 1);
        robot.clickOn(dialogTextFields().getFirst()).write("Junction");
        robot.clickOn(button("Run"));

        app.waitFor(() -> app.window().statusMessage().contains("succeeded"));
        assertThat(app.fx(() -> app.window().statusMessage())).matches(".*  Run \\S+ succeeded");
        var statuses = app.fx(() -> Map.copyOf(app.window().runController().statuses(editor.document())));
        assertThat(statuses).containsOnlyKeys("greet", "report");
        assertThat(statuses.values()).allMatch(s -> s.status() == StepStatus.SUCCESS);
        app.waitFor(() -> app.window().runController().console().lines().stream()
                .anyMatch(l -> l.stepKey().equals("report") && l.text().equals("greeted Junction (8 characters)")));
        assertThat(app.fx(() -> app.window().runController().console().lines().stream().map(LogEntry::text).toList()))
                .contains("Hello, Junction!");
    }

    @Test
    void aStepKindDraggedFromThePaletteOntoTheCanvasBecomesAStep() throws Exception {
        WorkflowEditorView editor = open(app.workspace.resolve("hello.yaml"));
        Node runKind = robot.lookup(".palette-item").queryAll().stream()
                .filter(n -> dev.junction.designer.palette.PaletteDrag.itemOf(n)
                        .filter(i -> i.label().equals("Run")).isPresent())
                .findFirst().orElseThrow();
        Node surface = robot.lookup(".canvas-surface").query();
        javafx.geometry.Bounds target = surface.localToScreen(surface.getLayoutBounds());

        robot.drag(runKind, MouseButton.PRIMARY).moveTo(new javafx.geometry.Point2D(target.getMinX() + 60,
                target.getMinY() + 60)).drop();

        app.waitFor(() -> editor.document().text().contains("  step-3:") || editor.document().text().contains("run:"));
        assertThat(editor.document().model().stepIds(dev.junction.workflow.edit.StepSection.STEPS)).hasSize(3);
        assertThat(runKind.getPseudoClassStates()).noneMatch(p -> p.getPseudoClassName().equals("dragging"));
    }

    @Test
    void closingADirtyTabAsksAndCancelKeepsItDontSaveDiscards() throws Exception {
        Path file = app.workspace.resolve("hello.yaml");
        String original = Files.readString(file);
        WorkflowEditorView editor = open(file);
        app.fx(() -> editor.document().edit("Rename", t -> t.renameStep("report", "summary"), null));

        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        robot.clickOn(button("Cancel"));
        assertThat(tabTitles()).containsExactly("hello.yaml" + WorkflowEditorView.DIRTY_MARKER);

        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        robot.clickOn(button("Don't Save"));
        app.waitFor(() -> tabTitles().isEmpty());
        assertThat(Files.readString(file)).isEqualTo(original);
    }

    @Test
    void closingADirtyTabCanSaveIt() throws Exception {
        Path file = app.workspace.resolve("hello.yaml");
        WorkflowEditorView editor = open(file);
        app.fx(() -> editor.document().edit("Rename", t -> t.renameStep("report", "summary"), null));

        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        robot.clickOn(button("Save"));
        app.waitFor(() -> tabTitles().isEmpty());
        assertThat(Files.readString(file)).contains("summary:");
    }

    @Test
    void quittingWithUnsavedChangesAsksFirst() throws Exception {
        WorkflowEditorView editor = open(app.workspace.resolve("hello.yaml"));
        app.fx(() -> editor.document().edit("Rename", t -> t.renameStep("report", "summary"), null));

        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        robot.clickOn(button("Cancel"));
        assertThat(app.fx(() -> app.stage.isShowing())).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        robot.clickOn(button("Don't Save"));
        app.waitFor(() -> !app.stage.isShowing());
        assertThat(Files.readString(app.workspace.resolve("hello.yaml"))).doesNotContain("summary:");
    }

    @Test
    void commandPaletteListsEveryActionAndRunsTheOneTyped() throws Exception {
        open(app.workspace.resolve("hello.yaml"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        app.waitFor(() -> app.window().isCommandPaletteShowing());

        @SuppressWarnings("unchecked")
        ListView<CommandPaletteViewModel.Entry> list = robot.lookup("#command-palette-list").queryAs(ListView.class);
        List<DesignerAction> listed = app.fx(() -> list.getItems().stream().map(CommandPaletteViewModel.Entry::action).toList());
        assertThat(listed).containsExactlyInAnyOrder(Arrays.stream(DesignerAction.values())
                .filter(a -> a != DesignerAction.COMMAND_PALETTE).toArray(DesignerAction[]::new));

        robot.write("yaml only");
        app.waitFor(() -> list.getItems().getFirst().action() == DesignerAction.SHOW_YAML);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        app.waitFor(() -> !app.window().isCommandPaletteShowing());
        assertThat(app.fx(() -> app.window().editors().activeEditor().modeProperty().get())).isEqualTo(EditorMode.YAML);
        assertThat(app.fx(() -> app.window().settings().editorModeProperty().get())).isEqualTo(EditorMode.YAML);
    }

    @Test
    void escapeClosesTheCommandPaletteWithoutRunningAnything() throws Exception {
        robot.clickOn("#command-center");
        app.waitFor(() -> app.window().isCommandPaletteShowing());
        robot.write("quit");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        app.waitFor(() -> !app.window().isCommandPaletteShowing());
        assertThat(app.stage.isShowing()).isTrue();
    }

    @Test
    void everyActionIsInTheMenuBar() throws Exception {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        assertThat(dev.junction.designer.actions.ActionFactory.inMenuBar(bar))
                .containsExactlyInAnyOrder(DesignerAction.values());
        for (DesignerAction action : DesignerAction.values()) {
            assertThat(app.window().actions().isBound(action)).as(action.name()).isTrue();
        }
    }

    @Test
    void togglingTheThemeSwitchesToDarkAndIsRemembered() throws Exception {
        assertThat(app.fx(() -> javafx.application.Application.getUserAgentStylesheet())).contains("primer-light");

        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.T).release(KeyCode.T, KeyCode.ALT, KeyCode.CONTROL);

        app.waitFor(() -> javafx.application.Application.getUserAgentStylesheet().contains("primer-dark"));
        assertThat(app.window().getPseudoClassStates()).extracting(Object::toString).contains("dark");
        org.awaitility.Awaitility.await().atMost(10, TimeUnit.SECONDS).untilAsserted(() ->
                assertThat(Files.readString(app.configDir.resolve("settings.json"))).contains("\"theme\" : \"DARK\""));
    }

    @Test
    void newWorkflowAsksForANameCreatesTheFileAndOpensIt() throws Exception {
        app.waitFor(() -> app.window().explorer().model().treeProperty().get() != null);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.clickOn("#new-workflow-name");
        robot.write("hello");
        assertThat(robot.lookup("#new-workflow-problem").queryLabeled().getText()).contains("already exists");
        robot.write("-again");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        Path created = app.workspace.resolve("hello-again.yaml");
        app.waitFor(() -> app.window().editors().activeEditor() != null);
        assertThat(app.fx(() -> app.window().editors().activeEditor().file())).isEqualTo(created);
        assertThat(Files.readString(created)).startsWith("name: hello-again\n");
        app.waitFor(() -> app.window().explorer().model().treeProperty().get().workflows().contains(created));
    }

    @Test
    void theExplorerFollowsFilesChangedOutsideTheApp() throws Exception {
        app.waitFor(() -> app.window().explorer().model().treeProperty().get() != null);
        Path added = Files.createDirectories(app.workspace.resolve("nightly")).resolve("backup.yaml");
        Files.writeString(added, "name: backup\nsteps:\n  copy:\n    run: echo copy\n");

        app.waitFor(() -> app.window().explorer().model().treeProperty().get().workflows().contains(added));
        Files.delete(app.workspace.resolve("hello.yaml"));
        app.waitFor(() -> !app.window().explorer().model().treeProperty().get().workflows()
                .contains(app.workspace.resolve("hello.yaml")));
    }

    @Test
    void anInvalidWorkflowShowsItsErrorCountInTheEditorAndTheProblemsTab() throws Exception {
        Path broken = app.workspace.resolve("broken.yaml");
        Files.writeString(broken, "name: broken\nsteps:\n  a:\n    run: echo a\n    needs: [ghost]\n");
        WorkflowEditorView editor = open(broken);
        app.waitFor(() -> editor.document().validationProperty().get() != null);

        assertThat(robot.lookup("#editor-status").queryLabeled().getText()).isEqualTo("1 error");
        TabPane bottom = robot.lookup("#bottom-panel").queryAs(TabPane.class);
        assertThat(app.fx(() -> bottom.getTabs().getFirst().getText())).isEqualTo("Problems 1");

        app.fx(() -> editor.document().edit("Fix", t -> t.removeNeed("a", "ghost"), null));
        app.waitFor(() -> "Valid".equals(robot.lookup("#editor-status").queryLabeled().getText()));
        assertThat(app.fx(() -> bottom.getTabs().getFirst().getText())).isEqualTo("Problems");
    }

    @Test
    void sidePanelsToggleFromTheKeyboard() throws Exception {
        assertThat(robot.lookup("#sidebar").tryQuery()).isPresent();
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        assertThat(robot.lookup("#sidebar").tryQuery()).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.J).release(KeyCode.J, KeyCode.CONTROL);
        assertThat(robot.lookup("#bottom-panel").tryQuery()).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        assertThat(robot.lookup("#sidebar").tryQuery()).isPresent();
        assertThat(app.fx(() -> app.window().settings().explorerShown())).isTrue();
        assertThat(app.fx(() -> app.window().settings().bottomPanelShown())).isFalse();
    }

    // ---- helpers -------------------------------------------------------------------------------

    private WorkflowEditorView open(Path file) throws Exception {
        WorkflowEditorView editor = app.fx(() -> app.window().openWorkflow(file)).get(20, TimeUnit.SECONDS);
        app.waitFor(() -> app.window().editors().activeEditor() == editor);
        return editor;
    }

    private List<String> tabTitles() throws Exception {
        return app.fx(() -> app.window().editors().tabPane().getTabs().stream().map(t -> t.getText()).toList());
    }

    private Node workflowCell(String name) throws Exception {
        app.waitFor(() -> robot.lookup(".tree-cell").queryAll().stream()
                .anyMatch(n -> n instanceof TreeCell<?> c && name.equals(c.getText())));
        return robot.lookup(".tree-cell").queryAll().stream()
                .filter(n -> n instanceof TreeCell<?> c && name.equals(c.getText())).findFirst().orElseThrow();
    }

    private List<TextField> dialogTextFields() {
        return robot.lookup(".text-field").queryAll().stream()
                .filter(n -> n instanceof TextField f && f.getScene() != app.stage.getScene() && f.isVisible())
                .map(TextField.class::cast).toList();
    }

    private Button button(String text) throws Exception {
        app.waitFor(() -> robot.lookup(".button").queryAll().stream()
                .anyMatch(n -> n instanceof Button b && text.equals(b.getText()) && b.getScene() != app.stage.getScene()));
        return robot.lookup(".button").queryAll().stream()
                .filter(n -> n instanceof Button b && text.equals(b.getText()) && b.getScene() != app.stage.getScene())
                .map(Button.class::cast).findFirst().orElseThrow();
    }
}
