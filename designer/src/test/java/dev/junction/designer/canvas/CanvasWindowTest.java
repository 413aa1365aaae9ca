package dev.junction.designer.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.junction.designer.document.EditorSelection;
import dev.junction.designer.document.WorkflowDocument;
import dev.junction.designer.layout.LayoutStore;
import dev.junction.designer.palette.PaletteDrag;
import dev.junction.designer.palette.PaletteItem;
import dev.junction.designer.palette.PaletteView;
import dev.junction.designer.palette.StepKindInfo;
import dev.junction.designer.run.StepStatusView;
import dev.junction.run.StepStatus;
import dev.junction.workflow.load.WorkflowLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.event.Event;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The canvas in a real window, driven with the mouse and keyboard like a user would. */
@ExtendWith(ApplicationExtension.class)
class CanvasWindowTest {

    private static final String CHAIN = CanvasViewModelTest.CHAIN;

    @TempDir
    Path workspace;

    private Stage stage;
    private WorkflowDocument doc;
    private CanvasView canvas;
    private PaletteView palette;
    private final EditorSelection selection = new EditorSelection();
    private final ObservableMap<String, StepStatusView> statuses = FXCollections.observableHashMap();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new HBox(), 1000, 760));
        stage.show();
    }

    private void open(FxRobot robot, String text) throws Exception {
        Path file = workspace.resolve("demo.yaml");
        Files.writeString(file, text);
        robot.interact(() -> {
            try {
                doc = WorkflowDocument.open(file, WorkflowLoader.standard());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            canvas = new CanvasView(doc, selection, statuses, LayoutStore.of(workspace, file));
            palette = new PaletteView();
            palette.setPrefWidth(240);
            palette.setMinWidth(240);
            HBox root = new HBox(palette, canvas);
            HBox.setHgrow(canvas, Priority.ALWAYS);
            stage.getScene().setRoot(root);
        });
        await(() -> canvas.readyProperty().get());
    }

    private static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node card(FxRobot robot, String id) {
        return robot.lookup(".step-card").match(n -> id.equals(n.getProperties().get(StepSkin.ID_KEY))).query();
    }

    private Node outPort(FxRobot robot, String id) {
        return robot.lookup(".port-out").match(n -> id.equals(n.getProperties().get(PortSkin.ID_KEY))).query();
    }

    private Node paletteEntry(FxRobot robot, StepKindInfo kind) {
        return robot.lookup(".palette-item")
                .match(n -> PaletteDrag.itemOf(n).filter(i -> i instanceof PaletteItem.Kind k && k.kind() == kind).isPresent())
                .query();
    }

    private Point2D onCanvas(double x, double y) {
        return canvas.localToScreen(x, y);
    }

    @Test
    void aThreeStepWorkflowIsBuiltByDragAndDrop(FxRobot robot) throws Exception {
        open(robot, "name: demo\n");

        robot.drag(paletteEntry(robot, StepKindInfo.RUN), MouseButton.PRIMARY).moveTo(onCanvas(300, 90)).drop();
        robot.drag(paletteEntry(robot, StepKindInfo.HTTP), MouseButton.PRIMARY).moveTo(onCanvas(300, 260)).drop();
        robot.drag(paletteEntry(robot, StepKindInfo.LOG), MouseButton.PRIMARY).moveTo(onCanvas(300, 430)).drop();
        await(() -> robot.lookup(".step-card").queryAll().size() == 3);

        robot.drag(outPort(robot, "step-1"), MouseButton.PRIMARY).moveTo(card(robot, "step-2")).drop();
        robot.drag(outPort(robot, "step-2"), MouseButton.PRIMARY).moveTo(card(robot, "step-3")).drop();
        await(() -> robot.lookup(".edge").queryAll().size() == 2);

        String expected = """
                name: demo
                steps:
                  step-1:
                    run: echo hello
                  step-2:
                    needs: [step-1]
                    http:
                      method: GET
                      url: https://example.com
                  step-3:
                    needs: [step-2]
                    log: hello
                """;
        assertThat(doc.text()).isEqualTo(expected);
        robot.interact(() -> {
            try {
                doc.save();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(Files.readString(doc.file())).isEqualTo(expected);
        assertThat(doc.validateNow().hasErrors()).isFalse();
        assertThat(workspace.resolve(".junction/layout/demo.json")).exists();
        snapshot(robot, "canvas-built-by-drag-and-drop.png");
    }

    @Test
    void undoAndRedoOfCanvasEditsRestoreTheTextExactly(FxRobot robot) throws Exception {
        open(robot, CHAIN);

        robot.drag(outPort(robot, "a"), MouseButton.PRIMARY).moveTo(card(robot, "c")).drop();
        await(() -> doc.text().contains("needs: [b, a]"));
        robot.clickOn(card(robot, "b")).type(KeyCode.DELETE);
        await(() -> robot.lookup(".step-card").queryAll().size() == 2);
        String edited = doc.text();
        assertThat(edited).doesNotContain("  b:").contains("needs: [a]\n    log: done");

        robot.interact(() -> {
            doc.undo();
            doc.undo();
        });
        assertThat(doc.text()).isEqualTo(CHAIN);
        await(() -> robot.lookup(".step-card").queryAll().size() == 3);
        robot.interact(() -> {
            doc.redo();
            doc.redo();
        });
        assertThat(doc.text()).isEqualTo(edited);
        await(() -> robot.lookup(".step-card").queryAll().size() == 2);
    }

    @Test
    void aConnectionThatWouldCloseACycleIsRefusedWithAVisibleMessage(FxRobot robot) throws Exception {
        open(robot, CHAIN);

        robot.drag(outPort(robot, "c"), MouseButton.PRIMARY).moveTo(card(robot, "a")).drop();

        Label message = robot.lookup(".canvas-message").queryAs(Label.class);
        await(message::isVisible);
        assertThat(message.getText()).isEqualTo("Not connected: dependency cycle: a → b → c → a");
        assertThat(doc.text()).isEqualTo(CHAIN);
        assertThat(doc.canUndoProperty().get()).isFalse();
        snapshot(robot, "canvas-refused-cycle.png");
    }

    @Test
    void mouseSelectsMovesAndPansAndKeysCopyAndPaste(FxRobot robot) throws Exception {
        open(robot, CHAIN);
        robot.clickOn(card(robot, "a"));
        assertThat(selection.steps()).containsExactly("a");
        shiftClick(robot, card(robot, "c")); // the headless robot's mouse events carry no key modifiers
        assertThat(selection.steps()).containsExactlyInAnyOrder("a", "c");

        var before = canvas.viewModel().position("a").orElseThrow();
        double scale = canvas.zoomProperty().get();
        robot.drag(card(robot, "a"), MouseButton.PRIMARY).moveBy(120, 0).drop();
        var after = canvas.viewModel().position("a").orElseThrow();
        assertThat(after.x() - before.x()).isCloseTo(120 / scale, org.assertj.core.data.Offset.offset(2.0));
        assertThat(Files.readString(workspace.resolve(".junction/layout/demo.json"))).contains("\"a\"");
        assertThat(doc.text()).isEqualTo(CHAIN); // moving is not an edit of the workflow

        robot.moveTo(onCanvas(40, 40)).clickOn(MouseButton.PRIMARY); // empty space: clears
        await(() -> selection.steps().isEmpty());
        robot.clickOn(card(robot, "b")).press(KeyCode.CONTROL).type(KeyCode.C).type(KeyCode.V).release(KeyCode.CONTROL);
        await(() -> doc.text().contains("  b-2:"));
        assertThat(selection.steps()).containsExactly("b-2");

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        assertThat(selection.steps()).containsExactlyInAnyOrder("a", "b", "c", "b-2");
        double zoom = canvas.zoomProperty().get();
        robot.interact(canvas::zoomOut);
        assertThat(canvas.zoomProperty().get()).isLessThan(zoom);
    }

    @Test
    void shiftDragOnEmptySpaceSelectsTheCardsTheBandTouchesAndAddsToTheSelection(FxRobot robot) throws Exception {
        open(robot, CHAIN);
        Node surface = robot.lookup(".canvas-surface").query();
        Bounds a = boundsOn(surface, card(robot, "a"));
        Bounds b = boundsOn(surface, card(robot, "b"));
        Bounds c = boundsOn(surface, card(robot, "c"));
        // from beside card a (empty space) to the middle of card b: a and b are touched, c is not
        Point2D from = new Point2D(Math.min(a.getMinX(), b.getMinX()) - 20, Math.min(a.getMinY(), b.getMinY()) - 20);
        Point2D to = new Point2D(b.getCenterX(), b.getCenterY());
        assertThat(new BoundingBox(Math.min(from.getX(), to.getX()), Math.min(from.getY(), to.getY()),
                Math.abs(to.getX() - from.getX()), Math.abs(to.getY() - from.getY())).intersects(c))
                .as("the layout puts c outside the band").isFalse();

        shiftDrag(robot, surface, from, new Point2D((from.getX() + to.getX()) / 2, (from.getY() + to.getY()) / 2), to,
                () -> assertThat(robot.lookup(".selection-band").query().isVisible()).isTrue());
        assertThat(selection.steps()).containsExactlyInAnyOrder("a", "b");
        assertThat(robot.lookup(".selection-band").query().isVisible()).isFalse();

        // a second band over c adds to what was selected
        Point2D beyondC = new Point2D(c.getMaxX() + 20, c.getMaxY() + 20);
        shiftDrag(robot, surface, beyondC, new Point2D(c.getCenterX() + 5, c.getCenterY() + 5),
                new Point2D(c.getCenterX(), c.getCenterY()), () -> { });
        assertThat(selection.steps()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(doc.text()).isEqualTo(CHAIN); // selecting is not an edit
    }

    @Test
    void theMinimapShowsOnlyWhilePartOfTheDiagramIsOutOfView(FxRobot robot) throws Exception {
        open(robot, CHAIN);
        Node minimap = robot.lookup(".canvas-minimap").query();
        robot.interact(canvas::fitToView);
        await(() -> !minimap.isVisible());
        for (int i = 0; i < 6; i++) {
            robot.interact(canvas::zoomIn);
        }
        await(minimap::isVisible);
        robot.interact(canvas::fitToView);
        await(() -> !minimap.isVisible());
    }

    @Test
    void onlyTheCardOfTheChangedStepIsRebuiltAndStatusesShowOnCards(FxRobot robot) throws Exception {
        open(robot, CHAIN);
        Node a = card(robot, "a");
        Node b = card(robot, "b");

        robot.interact(() -> doc.edit("edit", t -> t.setStepField("b", "run", "echo changed"), this));
        await(() -> robot.from(card(robot, "b")).lookup(".step-summary").queryAs(Label.class).getText().equals("echo changed"));
        assertThat(card(robot, "a")).isSameAs(a);
        assertThat(card(robot, "b")).isSameAs(b); // updated in place, not rebuilt

        robot.interact(() -> {
            statuses.put("a", new StepStatusView(StepStatus.SUCCESS, Instant.now(), Duration.ofMillis(1500), 1, ""));
            statuses.put("b", new StepStatusView(StepStatus.RUNNING, Instant.now().minusSeconds(3), null, 1, ""));
        });
        await(() -> robot.from(card(robot, "b")).lookup(".status-badge").tryQuery().isPresent());
        assertThat(robot.from(card(robot, "a")).lookup(".status-badge").queryAs(Label.class).getText()).isEqualTo("1.5 s");
        assertThat(robot.from(card(robot, "b")).lookup(".status-badge").queryAs(Label.class).getText()).matches("[34]\\.\\d s");
        assertThat(card(robot, "b").getPseudoClassStates().toString()).contains("status-running");
    }

    /** A shift-click as the platform would deliver it, through the scene's normal dispatch (picking included). */
    private static Bounds boundsOn(Node surface, Node node) {
        return surface.sceneToLocal(node.localToScene(node.getLayoutBounds()));
    }

    /** Press, drag and release with Shift held, in surface coordinates (the headless robot sends no modifiers). */
    private static void shiftDrag(FxRobot robot, Node surface, Point2D from, Point2D via, Point2D to, Runnable whileDragging) {
        fireShift(robot, surface, MouseEvent.MOUSE_PRESSED, from);
        fireShift(robot, surface, MouseEvent.MOUSE_DRAGGED, via);
        fireShift(robot, surface, MouseEvent.MOUSE_DRAGGED, to);
        whileDragging.run();
        fireShift(robot, surface, MouseEvent.MOUSE_RELEASED, to);
    }

    private static void fireShift(FxRobot robot, Node surface, javafx.event.EventType<MouseEvent> type, Point2D at) {
        robot.interact(() -> {
            Point2D scene = surface.localToScene(at);
            Point2D screen = surface.localToScreen(at);
            Event.fireEvent(surface, new MouseEvent(type, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                    MouseButton.PRIMARY, 1, true, false, false, false, true, false, false, true,
                    type == MouseEvent.MOUSE_DRAGGED, false, new PickResult(surface, scene.getX(), scene.getY())));
        });
    }

    private static void shiftClick(FxRobot robot, Node node) {
        robot.interact(() -> {
            Point2D local = new Point2D(node.getLayoutBounds().getCenterX(), node.getLayoutBounds().getCenterY());
            Point2D scene = node.localToScene(local);
            Point2D screen = node.localToScreen(local);
            for (var type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED)) {
                Event.fireEvent(node, new MouseEvent(type, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                        MouseButton.PRIMARY, 1, true, false, false, false, type == MouseEvent.MOUSE_PRESSED, false,
                        false, true, false, true, new PickResult(node, scene.getX(), scene.getY())));
            }
        });
    }

    private void snapshot(FxRobot robot, String name) {
        robot.interact(() -> {
            try {
                Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "junction-canvas-tests"));
                ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", dir.resolve(name).toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
