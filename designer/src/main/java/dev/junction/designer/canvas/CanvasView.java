package dev.junction.designer.canvas;

import atlantafx.base.theme.Styles;
import dev.junction.designer.document.EditorSelection;
import dev.junction.designer.document.WorkflowDocument;
import dev.junction.designer.layout.Direction;
import dev.junction.designer.layout.LayoutStore;
import dev.junction.designer.layout.Position;
import dev.junction.designer.palette.PaletteItem;
import dev.junction.designer.run.StepStatusView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The DAG editor of one open workflow: steps as cards, dependencies as curved edges, built from nodes in layers
 * (grid &lt; edges &lt; cards &lt; handles) with one skin per element. It re-renders from the document's revision,
 * at most once per pulse, and rebuilds only the cards and edges that changed. Every edit is one command on the
 * document's undo stack; card positions live beside the workflow ({@link LayoutStore}), never in its YAML.
 *
 * <p>Mouse: drag a card to move it (with the selection), drag empty space to pan, Shift/Ctrl-drag for a selection
 * rectangle, Ctrl+wheel or pinch to zoom, wheel to scroll, drag from a card's bottom port onto another card to add
 * a dependency, drop palette entries to add steps. Keys: Delete, Ctrl+A/C/V/D, arrows (nudge), Escape.
 *
 * <p>FX thread only. Call {@link #dispose()} when the editor closes: it stops listening to the document.
 */
public final class CanvasView extends StackPane {

    /** Layout of big graphs and layout-file writes: one daemon thread, so writes keep their order. */
    static final ExecutorService BACKGROUND = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "junction-canvas-layout");
        t.setDaemon(true);
        return t;
    });
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final WorkflowDocument doc;
    private final EditorSelection selection;
    private final ObservableMap<String, StepStatusView> statuses;
    private final CanvasViewModel vm;
    private final CanvasViewport viewport = new CanvasViewport();
    private final Pane surface = new Pane();
    private final Group edgeLayer = new Group();
    private final Group stepLayer = new Group();
    private final Group handleLayer = new Group();
    private final Group world = new Group(edgeLayer, stepLayer, handleLayer);
    private final Affine worldTransform = new Affine();
    private final GridLayer grid = new GridLayer();
    private final OverviewLayer overview = new OverviewLayer();
    private final MinimapView minimap = new MinimapView((x, y) -> centerOn(x, y));
    private final Label zoomLabel = new Label("100%");
    private final Label message = new Label();
    private final VBox emptyHint = new VBox(8);
    private final SequentialTransition messageFade = new SequentialTransition();
    private final CanvasRenderer renderer;
    private final CanvasDecorations decorations = new CanvasDecorations();
    private final CanvasGestures gestures;

    private final InvalidationListener documentListener;
    private final SetChangeListener<String> selectionListener;
    private final MapChangeListener<String, StepStatusView> statusListener;
    private final ChangeListener<EdgeKey> edgeListener;

    /** A canvas whose hand-placed positions are kept in the workspace found above the workflow's folder. */
    public CanvasView(WorkflowDocument doc, EditorSelection selection, ObservableMap<String, StepStatusView> statuses) {
        this(doc, selection, statuses, doc.file() == null ? null : LayoutStore.near(doc.file()));
    }

    /**
     * @param layoutStore where hand-placed positions are kept ({@link LayoutStore#of} with the workspace); null
     *                    keeps them in memory only
     */
    public CanvasView(WorkflowDocument doc, EditorSelection selection, ObservableMap<String, StepStatusView> statuses,
                      LayoutStore layoutStore) {
        this.doc = doc;
        this.selection = selection;
        this.statuses = statuses;
        this.vm = new CanvasViewModel(doc, selection, layoutStore, BACKGROUND);
        this.renderer = new CanvasRenderer(this, vm, viewport, statuses, selection, edgeLayer, stepLayer, handleLayer,
                decorations);
        this.gestures = new CanvasGestures(this, vm, viewport, surface, handleLayer);
        this.documentListener = o -> renderer.graphChanged();
        this.selectionListener = c -> renderer.selectionChanged(c.wasAdded() ? c.getElementAdded() : c.getElementRemoved());
        this.statusListener = c -> renderer.statusChanged(c.getKey());
        this.edgeListener = (o, old, now) -> renderer.edgeSelectionChanged(old, now);
        createView();
        initListeners();
        renderer.start();
    }

    private void createView() {
        getStyleClass().add("workflow-canvas");
        getStylesheets().add(CanvasView.class.getResource("canvas.css").toExternalForm());
        setFocusTraversable(true);
        setMinSize(0, 0);

        world.getTransforms().add(worldTransform);
        world.setManaged(false);
        surface.getStyleClass().add("canvas-surface");
        surface.getChildren().addAll(grid, overview, world, gestures.band());
        overview.setManaged(false);
        overview.setVisible(false);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(surface.widthProperty());
        clip.heightProperty().bind(surface.heightProperty());
        surface.setClip(clip);
        grid.setManaged(false);
        surface.layoutBoundsProperty().addListener((o, a, b) -> {
            grid.resizeRelocate(0, 0, b.getWidth(), b.getHeight());
            overview.resizeRelocate(0, 0, b.getWidth(), b.getHeight());
            renderer.viewportChanged();
        });

        Label emptyTitle = new Label("Drag a step from the palette to start");
        emptyTitle.getStyleClass().add("empty-title");
        Label emptyText = new Label("or write steps in the YAML editor: the diagram follows the text");
        emptyText.getStyleClass().add("empty-text");
        FontIcon emptyIcon = new FontIcon(Feather.GIT_PULL_REQUEST);
        emptyIcon.getStyleClass().add("empty-icon");
        emptyHint.getChildren().setAll(emptyIcon, emptyTitle, emptyText);
        emptyHint.getStyleClass().add("canvas-empty");
        emptyHint.setAlignment(Pos.CENTER);
        emptyHint.setMouseTransparent(true);
        emptyHint.setVisible(false);

        HBox toolbar = new HBox(2,
                button(Feather.ZOOM_OUT, "Zoom out (Ctrl+wheel)", this::zoomOut), zoomLabel,
                button(Feather.ZOOM_IN, "Zoom in (Ctrl+wheel)", this::zoomIn),
                button(Feather.MAXIMIZE, "Fit to view", this::fitToView),
                button(Feather.ARROW_DOWN, "Tidy layout, top to bottom", () -> tidy(Direction.TOP_TO_BOTTOM)),
                button(Feather.ARROW_RIGHT, "Tidy layout, left to right", () -> tidy(Direction.LEFT_TO_RIGHT)));
        toolbar.getStyleClass().add("canvas-toolbar");
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        zoomLabel.getStyleClass().add("zoom-label");
        zoomLabel.setOnMouseClicked(e -> fitToView());
        StackPane.setAlignment(toolbar, Pos.BOTTOM_LEFT);
        StackPane.setAlignment(minimap, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(toolbar, new Insets(12));
        StackPane.setMargin(minimap, new Insets(12));

        message.getStyleClass().add("canvas-message");
        message.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        message.setVisible(false);
        message.setMouseTransparent(true);
        StackPane.setAlignment(message, Pos.TOP_CENTER);
        StackPane.setMargin(message, new Insets(14));
        FadeTransition out = new FadeTransition(Duration.millis(400), message);
        out.setToValue(0);
        messageFade.getChildren().setAll(new PauseTransition(Duration.seconds(5)), out);
        messageFade.setOnFinished(e -> message.setVisible(false));

        getChildren().addAll(surface, emptyHint, toolbar, minimap, message);
    }

    private void initListeners() {
        doc.revisionProperty().addListener(documentListener);
        doc.validationProperty().addListener(documentListener);
        selection.steps().addListener(selectionListener);
        statuses.addListener(statusListener);
        vm.selectedEdgeProperty().addListener(edgeListener);
        vm.messageProperty().addListener((o, old, m) -> showMessage(m));
        viewport.scaleProperty().addListener(o -> renderer.viewportChanged());
        viewport.translateXProperty().addListener(o -> renderer.viewportChanged());
        viewport.translateYProperty().addListener(o -> renderer.viewportChanged());
        zoomLabel.textProperty().bind(viewport.scaleProperty().multiply(100).asString("%.0f%%"));
        sceneProperty().addListener((o, old, scene) -> renderer.sceneChanged(old, scene));
        if (vm.messageProperty().get() != null) {
            showMessage(vm.messageProperty().get());
        }
    }

    private Button button(Ikon icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    // ---- what the renderer and the gestures need -------------------------------------------------

    void applyViewport() {
        worldTransform.setToTransform(viewport.scale(), 0, viewport.translateX(), 0, viewport.scale(), viewport.translateY());
        grid.show(viewport.scale(), viewport.translateX(), viewport.translateY());
        Point2D a = viewport.toDiagram(0, 0);
        Point2D b = viewport.toDiagram(surface.getWidth(), surface.getHeight());
        minimap.show(vm.positions(), Set.copyOf(selection.steps()), new double[] {a.getX(), a.getY(), b.getX(), b.getY()});
    }

    boolean showsOverview() {
        return overview.isVisible();
    }

    /** Switches between node cards and the drawn overview (far zoomed out). */
    void showOverview(boolean on) {
        overview.setVisible(on);
        world.setVisible(!on);
    }

    void drawOverview(OverviewLayer.Scene scene) {
        overview.show(scene);
    }

    void showEmpty(boolean empty) {
        emptyHint.setVisible(empty);
    }

    double surfaceWidth() {
        return surface.getWidth();
    }

    double surfaceHeight() {
        return surface.getHeight();
    }

    CanvasRenderer renderer() {
        return renderer;
    }

    private void showMessage(CanvasMessage m) {
        if (m == null) {
            return;
        }
        message.setText(m.text());
        message.pseudoClassStateChanged(ERROR, m.severity() == CanvasMessage.Severity.ERROR);
        message.setOpacity(1);
        message.setVisible(true);
        messageFade.playFromStart();
    }

    private void centerOn(double x, double y) {
        viewport.centerOn(x, y, surface.getWidth(), surface.getHeight());
    }

    // ---- the shell's actions ----------------------------------------------------------------------

    public CanvasViewModel viewModel() {
        return vm;
    }

    /** Marks other views put on the cards and edges (e.g. the graph diff's added/removed/changed colours). */
    public CanvasDecorations decorations() {
        return decorations;
    }

    /**
     * A read-only canvas shows the diagram (cards can still be moved, zoomed, selected) but refuses every change
     * to the workflow with a message; its ports are hidden ({@code .workflow-canvas.read-only}).
     */
    public void setReadOnly(boolean readOnly) {
        vm.setReadOnly(readOnly);
        getStyleClass().remove("read-only");
        if (readOnly) {
            getStyleClass().add("read-only");
        }
    }

    /** The zoom factor (1 = 100 %). */
    public ReadOnlyDoubleProperty zoomProperty() {
        return viewport.scaleProperty();
    }

    /** True once every step of the current revision has a card in its place (after the first layout). */
    public ReadOnlyBooleanProperty readyProperty() {
        return renderer.readyProperty();
    }

    /** Deletes the selected steps (one undo step), or the selected dependency. */
    public void deleteSelection() {
        vm.deleteSelection();
    }

    /** Puts the selected steps on the system clipboard as YAML. */
    public void copySelection() {
        String yaml = vm.copySelection();
        if (!yaml.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(yaml);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    /** Adds the steps on the clipboard (renamed on clashes) at the pointer, or in the middle of the view. */
    public void paste() {
        String yaml = Clipboard.getSystemClipboard().getString();
        if (yaml == null || yaml.isBlank()) {
            vm.show(CanvasMessage.info("The clipboard is empty: copy steps first"));
            return;
        }
        Point2D at = gestures.pointer().orElseGet(() -> new Point2D(surface.getWidth() / 2, surface.getHeight() / 2));
        Point2D d = viewport.toDiagram(at.getX(), at.getY());
        vm.paste(yaml, new Position(d.getX() - CanvasViewModel.CARD_WIDTH / 2, d.getY() - CanvasViewModel.CARD_HEIGHT / 2));
    }

    public void duplicateSelection() {
        vm.duplicateSelection();
    }

    public void selectAll() {
        vm.selectAll();
    }

    /** Adds a step from the palette in the middle of the view (for keyboard use). */
    public Optional<String> addStep(PaletteItem item) {
        Point2D d = viewport.toDiagram(surface.getWidth() / 2, surface.getHeight() / 2);
        return vm.addStep(item, new Position(d.getX() - CanvasViewModel.CARD_WIDTH / 2, d.getY() - CanvasViewModel.CARD_HEIGHT / 2));
    }

    public void fitToView() {
        Map<String, Position> ps = vm.positions();
        if (ps.isEmpty()) {
            viewport.centerOn(0, 0, 0, 0);
            return;
        }
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Position p : ps.values()) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x() + CanvasViewModel.CARD_WIDTH);
            maxY = Math.max(maxY, p.y() + CanvasViewModel.CARD_HEIGHT);
        }
        viewport.fit(minX, minY, maxX, maxY, surface.getWidth(), surface.getHeight());
    }

    public void zoomIn() {
        viewport.zoomIn(surface.getWidth(), surface.getHeight());
    }

    public void zoomOut() {
        viewport.zoomOut(surface.getWidth(), surface.getHeight());
    }

    /** Lays every step out again (ELK layered) in the given direction; off the FX thread for big graphs. */
    public void tidy(Direction direction) {
        renderer.tidy(direction);
    }

    /**
     * Selects a step and scrolls it into the middle of the view.
     *
     * @return false (with a message on the canvas) when there is no such step
     */
    public boolean findStep(String id) {
        if (!vm.graph().steps().containsKey(id)) {
            vm.show(CanvasMessage.error("No step '" + id + "' in this workflow"));
            return false;
        }
        vm.select(List.of(id), false);
        vm.position(id).ifPresent(p -> centerOn(p.x() + CanvasViewModel.CARD_WIDTH / 2, p.y() + CanvasViewModel.CARD_HEIGHT / 2));
        return true;
    }

    /** Stops listening to the document, the selection and the statuses; the view is not usable afterwards. */
    public void dispose() {
        doc.revisionProperty().removeListener(documentListener);
        doc.validationProperty().removeListener(documentListener);
        selection.steps().removeListener(selectionListener);
        statuses.removeListener(statusListener);
        vm.selectedEdgeProperty().removeListener(edgeListener);
        messageFade.stop();
        renderer.dispose();
        vm.dispose();
    }

    /**
     * Loads the layout code and lets the JIT compile it, on a low-priority thread of its own (a real layout never
     * waits for it), so the first big workflow opened lays out about as fast as later ones. Call it when the
     * application starts; optional. Costs about a second of one core.
     */
    public static void warmUp() {
        Thread t = new Thread(() -> {
            List<String> nodes = new java.util.ArrayList<>();
            List<dev.junction.designer.layout.LayoutGraph.Edge> edges = new java.util.ArrayList<>();
            for (int i = 0; i < 400; i++) {
                nodes.add("s" + i);
                for (int back = 1; back <= Math.min(i, 2); back++) {
                    edges.add(new dev.junction.designer.layout.LayoutGraph.Edge("s" + (i - back), "s" + i));
                }
            }
            var graph = new dev.junction.designer.layout.LayoutGraph(nodes, edges, CanvasViewModel.CARD_WIDTH,
                    CanvasViewModel.CARD_HEIGHT);
            for (int round = 0; round < 3; round++) {
                new dev.junction.designer.layout.GraphLayout().layout(graph, Direction.TOP_TO_BOTTOM);
            }
        }, "junction-canvas-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }
}
