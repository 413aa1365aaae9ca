package dev.junction.designer.canvas;

import dev.junction.designer.layout.Position;
import dev.junction.designer.palette.PaletteDrag;
import dev.junction.designer.palette.PaletteItem;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The canvas's mouse and keyboard handling: one press-drag-release state machine on the surface (move cards, pan,
 * selection rectangle, drag a dependency), wheel and pinch zoom, drops from the palette, and the editing keys.
 * It only calls the view model and asks the renderer for a pulse; it never edits skins itself.
 */
final class CanvasGestures {

    private enum Mode { NONE, MOVE, PAN, BAND, CONNECT }

    private static final double NUDGE = 8;

    private final CanvasView view;
    private final CanvasViewModel vm;
    private final CanvasViewport viewport;
    private final Pane surface;
    private final Group handleLayer;
    private final Rectangle band = new Rectangle();
    private final Path preview = new Path();
    private final HBox ghost = new HBox(8);
    private final FontIcon ghostIcon = new FontIcon();
    private final Label ghostLabel = new Label();

    private Mode mode = Mode.NONE;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragged;
    private Map<String, Position> moveStart = Map.of();
    private Set<String> bandBase = Set.of();
    private String connectFrom;
    private String connectTarget;
    private Point2D pointer;

    CanvasGestures(CanvasView view, CanvasViewModel vm, CanvasViewport viewport, Pane surface, Group handleLayer) {
        this.view = view;
        this.vm = vm;
        this.viewport = viewport;
        this.surface = surface;
        this.handleLayer = handleLayer;
        band.getStyleClass().add("selection-band");
        band.setManaged(false);
        band.setVisible(false);
        band.setMouseTransparent(true);
        preview.getStyleClass().add("connect-preview");
        preview.setMouseTransparent(true);
        preview.setVisible(false);
        ghost.getStyleClass().add("step-ghost");
        ghost.setMouseTransparent(true);
        ghost.setVisible(false);
        ghost.setPrefSize(CanvasViewModel.CARD_WIDTH, CanvasViewModel.CARD_HEIGHT);
        ghost.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        ghostLabel.getStyleClass().add("ghost-title");
        ghost.getChildren().addAll(ghostIcon, ghostLabel);
        handleLayer.getChildren().addAll(preview, ghost);
        install();
    }

    Rectangle band() {
        return band;
    }

    /** Where the pointer is over the canvas (surface coordinates), if it is. */
    Optional<Point2D> pointer() {
        return Optional.ofNullable(pointer);
    }

    private void install() {
        surface.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        surface.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        surface.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        surface.addEventHandler(MouseEvent.MOUSE_MOVED, e -> pointer = new Point2D(e.getX(), e.getY()));
        surface.addEventHandler(MouseEvent.MOUSE_EXITED, e -> pointer = null);
        surface.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        surface.addEventHandler(ZoomEvent.ZOOM, e -> {
            viewport.zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        surface.addEventHandler(MouseDragEvent.MOUSE_DRAG_OVER, this::paletteOver);
        surface.addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> ghost.setVisible(false));
        surface.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, this::paletteDropped);
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    // ---- press, drag, release ------------------------------------------------------------------------

    private void pressed(MouseEvent e) {
        view.requestFocus();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragged = false;
        Node target = e.getPickResult().getIntersectedNode();
        if (e.getButton() == MouseButton.MIDDLE) {
            mode = Mode.PAN;
        } else if (e.getButton() != MouseButton.PRIMARY) {
            mode = Mode.NONE;
        } else if (property(target, PortSkin.ID_KEY) instanceof String from) {
            mode = Mode.CONNECT;
            connectFrom = from;
        } else if ((property(target, StepSkin.ID_KEY) instanceof String card ? card : overviewStep(e)) instanceof String id) {
            boolean toggle = e.isShiftDown() || e.isShortcutDown();
            if (toggle || !vm.selectedSteps().contains(id)) {
                vm.click(id, toggle);
            }
            mode = vm.selectedSteps().contains(id) ? Mode.MOVE : Mode.NONE;
            moveStart = new HashMap<>();
            for (String s : vm.selectedSteps()) {
                vm.position(s).ifPresent(p -> moveStart.put(s, p));
            }
        } else if (property(target, EdgeSkin.KEY) instanceof EdgeKey edge) {
            vm.selectEdge(edge);
            mode = Mode.NONE;
        } else if (e.isShiftDown() || e.isShortcutDown()) {
            mode = Mode.BAND;
            bandBase = Set.copyOf(vm.selectedSteps());
        } else {
            mode = Mode.PAN;
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        pointer = new Point2D(e.getX(), e.getY());
        dragged |= Math.hypot(e.getX() - pressX, e.getY() - pressY) > 2;
        switch (mode) {
            case MOVE -> {
                double dx = (e.getX() - pressX) / viewport.scale();
                double dy = (e.getY() - pressY) / viewport.scale();
                Map<String, Position> to = new HashMap<>();
                moveStart.forEach((id, p) -> to.put(id, p.plus(dx, dy)));
                vm.moveSteps(to);
                view.renderer().positionsChanged();
            }
            case PAN -> viewport.panBy(e.getX() - lastX, e.getY() - lastY);
            case BAND -> {
                band.setX(Math.min(pressX, e.getX()));
                band.setY(Math.min(pressY, e.getY()));
                band.setWidth(Math.abs(e.getX() - pressX));
                band.setHeight(Math.abs(e.getY() - pressY));
                band.setVisible(true);
                Point2D a = viewport.toDiagram(pressX, pressY);
                Point2D b = viewport.toDiagram(e.getX(), e.getY());
                Set<String> ids = new LinkedHashSet<>(bandBase);
                ids.addAll(vm.stepsIn(a.getX(), a.getY(), b.getX(), b.getY()));
                vm.select(ids, false);
            }
            case CONNECT -> connectDragged(e);
            case NONE -> { }
        }
        lastX = e.getX();
        lastY = e.getY();
        e.consume();
    }

    private void released(MouseEvent e) {
        switch (mode) {
            case MOVE -> {
                if (dragged) {
                    vm.saveLayout();
                }
            }
            case PAN -> {
                if (!dragged && e.getButton() == MouseButton.PRIMARY) {
                    vm.clearSelection();
                }
            }
            case BAND -> band.setVisible(false);
            case CONNECT -> connectReleased();
            case NONE -> { }
        }
        mode = Mode.NONE;
        e.consume();
    }

    private void connectDragged(MouseEvent e) {
        Point2D at = viewport.toDiagram(e.getX(), e.getY());
        vm.position(connectFrom).ifPresent(p -> {
            Point2D start = PortSkin.center(p, PortSkin.Side.OUT, vm.direction());
            EdgeSkin.curve(preview, start, at, vm.direction());
            preview.setVisible(true);
        });
        String target = vm.stepAt(at.getX(), at.getY()).filter(id -> !id.equals(connectFrom)).orElse(null);
        if (!java.util.Objects.equals(target, connectTarget)) {
            hint(connectTarget, null);
            connectTarget = target;
            if (target != null) {
                hint(target, !vm.wouldCloseCycle(connectFrom, target));
            }
        }
    }

    private void connectReleased() {
        preview.setVisible(false);
        hint(connectTarget, null);
        String from = connectFrom;
        String to = connectTarget;
        connectFrom = null;
        connectTarget = null;
        if (from != null && to != null) {
            vm.connect(from, to);
        }
    }

    private void hint(String id, Boolean accepted) {
        StepSkin skin = id == null ? null : view.renderer().skin(id);
        if (skin != null) {
            skin.setConnectHint(accepted);
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown()) {
            viewport.zoomAt(Math.pow(1.0025, e.getDeltaY()), e.getX(), e.getY());
        } else {
            viewport.panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    // ---- drops from the palette -----------------------------------------------------------------------

    private void paletteOver(MouseDragEvent e) {
        Optional<PaletteItem> item = PaletteDrag.itemOf(e.getGestureSource());
        if (item.isEmpty()) {
            return;
        }
        Point2D at = viewport.toDiagram(e.getX(), e.getY());
        ghostIcon.setIconCode(item.get().icon());
        ghostLabel.setText(item.get().label());
        ghost.relocate(at.getX() - CanvasViewModel.CARD_WIDTH / 2, at.getY() - CanvasViewModel.CARD_HEIGHT / 2);
        ghost.setVisible(true);
        e.consume();
    }

    private void paletteDropped(MouseDragEvent e) {
        ghost.setVisible(false);
        Optional<PaletteItem> item = PaletteDrag.itemOf(e.getGestureSource());
        if (item.isEmpty()) {
            return;
        }
        Point2D at = viewport.toDiagram(e.getX(), e.getY());
        vm.addStep(item.get(), new Position(at.getX() - CanvasViewModel.CARD_WIDTH / 2,
                at.getY() - CanvasViewModel.CARD_HEIGHT / 2));
        view.requestFocus();
        e.consume();
    }

    // ---- keys -------------------------------------------------------------------------------------------

    private void keyPressed(KeyEvent e) {
        boolean shortcut = e.isShortcutDown();
        KeyCode code = e.getCode();
        boolean handled = true;
        if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            view.deleteSelection();
        } else if (shortcut && code == KeyCode.A) {
            view.selectAll();
        } else if (shortcut && code == KeyCode.C) {
            view.copySelection();
        } else if (shortcut && code == KeyCode.X) {
            view.copySelection();
            view.deleteSelection();
        } else if (shortcut && code == KeyCode.V) {
            view.paste();
        } else if (shortcut && code == KeyCode.D) {
            view.duplicateSelection();
        } else if (code == KeyCode.ESCAPE) {
            if (mode == Mode.CONNECT) {
                preview.setVisible(false);
                hint(connectTarget, null);
                connectTarget = null;
                mode = Mode.NONE;
            } else {
                vm.clearSelection();
            }
        } else if (!shortcut && code.isArrowKey() && !vm.selectedSteps().isEmpty()) {
            double step = e.isShiftDown() ? NUDGE * 4 : NUDGE;
            double dx = code == KeyCode.LEFT ? -step : code == KeyCode.RIGHT ? step : 0;
            double dy = code == KeyCode.UP ? -step : code == KeyCode.DOWN ? step : 0;
            Map<String, Position> to = new HashMap<>();
            for (String id : List.copyOf(vm.selectedSteps())) {
                vm.position(id).ifPresent(p -> to.put(id, p.plus(dx, dy)));
            }
            vm.moveSteps(to);
            vm.saveLayout();
            view.renderer().positionsChanged();
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    /** The card under the pointer when the diagram is drawn as an overview (no card nodes to pick). */
    private String overviewStep(MouseEvent e) {
        if (!view.showsOverview()) {
            return null;
        }
        Point2D at = viewport.toDiagram(e.getX(), e.getY());
        return vm.stepAt(at.getX(), at.getY()).orElse(null);
    }

    /** A property of the node or of its nearest ancestor that has it (cards are made of several nodes). */
    private Object property(Node node, Object key) {
        for (Node n = node; n != null && n != surface; n = n.getParent()) {
            if (n.hasProperties() && n.getProperties().containsKey(key)) {
                return n.getProperties().get(key);
            }
        }
        return null;
    }
}
