package dev.junction.designer.canvas;

import dev.junction.designer.document.EditorSelection;
import dev.junction.designer.layout.Direction;
import dev.junction.designer.layout.Position;
import dev.junction.designer.run.StepStatusView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ObservableMap;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Keeps the canvas's skins in step with the view model, once per pulse: every change (document revision,
 * validation, selection, run status, viewport) only marks what is dirty and asks for a pulse; just before the
 * pulse lays out the scene, {@link #sync()} applies all of it. Skins are created, updated and disposed by step id
 * and edge, so an edit to one step touches one card.
 *
 * <p>Only cards and edges near the visible part of the diagram have skins (a thousand cards would be tens of
 * thousands of nodes to style); at most {@link #NEW_CARDS_PER_PULSE} are made per pulse, so zooming far out fills
 * the view over a few frames instead of freezing it. Skins far outside the view are disposed.
 */
final class CanvasRenderer {

    static final int NEW_CARDS_PER_PULSE = 150;
    /** Below this zoom the diagram is drawn as an overview (see {@link OverviewLayer}) instead of node cards. */
    static final double OVERVIEW_SCALE = 0.4;
    private static final int NEW_EDGES_PER_PULSE = 400;
    /** How far beyond the visible area skins are made (and twice that, kept), in view sizes. */
    private static final double MARGIN = 0.5;
    /** Below this fit scale a diagram opens at a readable zoom at its start instead of whole. */
    private static final double MIN_OPEN_SCALE = 0.45;
    /** The zoom a diagram too big to fit readably opens at: small text, still legible. */
    private static final double OPEN_SCALE = 0.65;

    private final CanvasView view;
    private final CanvasViewModel vm;
    private final CanvasViewport viewport;
    private final ObservableMap<String, StepStatusView> statuses;
    private final EditorSelection selection;
    private final Group edgeLayer;
    private final Group stepLayer;
    private final Group handleLayer;
    private final Map<String, StepSkin> steps = new HashMap<>();
    private final Map<String, PortSkin> ports = new HashMap<>();
    private final Map<EdgeKey, EdgeSkin> edges = new HashMap<>();
    private final Map<String, List<EdgeKey>> edgesByStep = new HashMap<>();
    private final Set<String> dirtySelection = new HashSet<>();
    private final Set<EdgeKey> dirtyEdgeSelection = new HashSet<>();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final StatusBadges badges;
    private final CanvasLayouts layouts;
    private final Runnable pulseListener = this::onPulse;
    private CanvasGraph rendered = CanvasGraph.EMPTY;
    private Direction renderedDirection;
    private boolean scheduled;
    private boolean graphDirty;
    private boolean viewportDirty = true;
    private boolean fitPending = true;
    /** Skins are still due for what is in view (the per-pulse budget ran out). */
    private boolean materializing;
    private boolean disposed;
    private final CanvasDecorations decorations;
    private final Set<String> dirtyStepMarks = new HashSet<>();
    private final Set<EdgeKey> dirtyEdgeMarks = new HashSet<>();
    private final javafx.collections.MapChangeListener<String, CanvasDecorations.Mark> stepMarkListener = c -> {
        dirtyStepMarks.add(c.getKey());
        schedule();
    };
    private final javafx.collections.MapChangeListener<EdgeKey, String> edgeMarkListener = c -> {
        dirtyEdgeMarks.add(c.getKey());
        schedule();
    };

    CanvasRenderer(CanvasView view, CanvasViewModel vm, CanvasViewport viewport,
                   ObservableMap<String, StepStatusView> statuses, EditorSelection selection, Group edgeLayer,
                   Group stepLayer, Group handleLayer, CanvasDecorations decorations) {
        this.decorations = decorations;
        decorations.steps().addListener(stepMarkListener);
        decorations.edges().addListener(edgeMarkListener);
        this.view = view;
        this.vm = vm;
        this.viewport = viewport;
        this.statuses = statuses;
        this.selection = selection;
        this.edgeLayer = edgeLayer;
        this.stepLayer = stepLayer;
        this.handleLayer = handleLayer;
        this.badges = new StatusBadges(statuses, steps);
        this.layouts = new CanvasLayouts(vm, this::graphChanged, () -> {
            fitPending = true;
            positionsChanged();
        });
    }

    ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** Reads the diagram and starts laying it out at once (off the FX thread when big), before the first pulse. */
    void start() {
        vm.refresh();
        if (vm.needsPlacement()) {
            layouts.place();
        }
        graphChanged();
    }

    // ---- marking dirty ------------------------------------------------------------------------------

    void graphChanged() {
        graphDirty = true;
        ready.set(false);
        schedule();
    }

    void selectionChanged(String id) {
        dirtySelection.add(id);
        viewportDirty = true; // the minimap shows the selection
        schedule();
    }

    void edgeSelectionChanged(EdgeKey old, EdgeKey now) {
        if (old != null) {
            dirtyEdgeSelection.add(old);
        }
        if (now != null) {
            dirtyEdgeSelection.add(now);
        }
        schedule();
    }

    void statusChanged(String id) {
        badges.changed(id);
        schedule();
    }

    void viewportChanged() {
        viewportDirty = true;
        ready.set(false); // cards may have to be made for what comes into view
        schedule();
    }

    /** Positions changed in the view model (a drag, a nudge): move their cards at the next pulse. */
    void positionsChanged() {
        viewportDirty = true;
        schedule();
    }

    void sceneChanged(Scene old, Scene scene) {
        if (old != null) {
            old.removePreLayoutPulseListener(pulseListener);
        }
        if (scene != null) {
            scene.addPreLayoutPulseListener(pulseListener);
            if (scheduled) {
                Platform.requestNextPulse();
            }
        }
    }

    private void schedule() {
        if (!scheduled && !disposed) {
            scheduled = true;
            if (view.getScene() != null) {
                Platform.requestNextPulse();
            }
        }
    }

    private void onPulse() {
        if (scheduled) {
            scheduled = false;
            sync();
        }
    }

    // ---- applying, once per pulse ----------------------------------------------------------------------

    void sync() {
        if (disposed) {
            return;
        }
        boolean structural = false;
        if (graphDirty) {
            graphDirty = false;
            vm.refresh();
            structural = applyGraph();
        }
        if (vm.needsPlacement()) {
            layouts.place();
        }
        Set<String> moved = vm.takeMoved();
        if (renderedDirection != vm.direction()) {
            renderedDirection = vm.direction();
            moved = Set.copyOf(steps.keySet());
        }
        if (!moved.isEmpty()) {
            relocate(moved);
            viewportDirty = true;
        }
        if (fitPending && !vm.needsPlacement() && view.surfaceWidth() > 0) {
            fitPending = false;
            openingView();
        }
        boolean overview = viewport.scale() < OVERVIEW_SCALE;
        boolean overviewChanged = overview != view.showsOverview();
        view.showOverview(overview);
        if (overview) {
            materializing = false; // cards are drawn, not built, at this zoom
        } else if (viewportDirty || structural || materializing || overviewChanged || !moved.isEmpty()) {
            materialize();
        }
        boolean selectionChanged = !dirtySelection.isEmpty();
        boolean statusChanged = badges.pending();
        applySelection();
        applyMarks();
        badges.apply();
        if (overview && (viewportDirty || structural || overviewChanged || selectionChanged || statusChanged
                || !moved.isEmpty())) {
            view.drawOverview(new OverviewLayer.Scene(vm.positions(), rendered.edges(), Set.copyOf(selection.steps()),
                    Map.copyOf(statuses), vm.direction(), viewport.scale(), viewport.translateX(), viewport.translateY()));
        }
        if (viewportDirty) {
            viewportDirty = false;
            view.applyViewport();
        }
        view.showEmpty(rendered.steps().isEmpty());
        ready.set(!vm.needsPlacement() && !layouts.running() && !materializing);
    }

    /** The whole diagram when it is readable that way, else its start at a readable zoom. */
    private void openingView() {
        Map<String, Position> ps = vm.positions();
        if (ps.isEmpty()) {
            return;
        }
        view.fitToView();
        if (viewport.scale() >= MIN_OPEN_SCALE) {
            return;
        }
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE;
        for (Position p : ps.values()) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
        }
        Position first = ps.values().iterator().next();
        viewport.zoomAt(OPEN_SCALE / viewport.scale(), 0, 0);
        double w = view.surfaceWidth() / viewport.scale();
        double h = view.surfaceHeight() / viewport.scale();
        if (vm.direction() == Direction.TOP_TO_BOTTOM) {
            viewport.centerOn(first.x() + CanvasViewModel.CARD_WIDTH / 2, minY - 40 + h / 2, view.surfaceWidth(),
                    view.surfaceHeight());
        } else {
            viewport.centerOn(minX - 40 + w / 2, first.y() + CanvasViewModel.CARD_HEIGHT / 2, view.surfaceWidth(),
                    view.surfaceHeight());
        }
    }

    /** Applies the view model's graph to the skins that exist; returns whether steps or edges came or went. */
    private boolean applyGraph() {
        CanvasGraph graph = vm.graph();
        CanvasGraph.Diff diff = graph.diff(rendered);
        rendered = graph;
        if (diff.isEmpty()) {
            return false;
        }
        for (EdgeKey key : diff.edgesRemoved()) {
            disposeEdge(key);
        }
        for (String id : diff.removed()) {
            disposeStep(id);
            badges.forget(id);
        }
        for (String id : diff.changed()) {
            StepSkin skin = steps.get(id);
            if (skin != null) {
                skin.update(graph.steps().get(id));
            }
        }
        edgesByStep.clear();
        for (EdgeKey key : graph.edges()) {
            edgesByStep.computeIfAbsent(key.from(), k -> new ArrayList<>()).add(key);
            edgesByStep.computeIfAbsent(key.to(), k -> new ArrayList<>()).add(key);
        }
        return diff.structural();
    }

    /**
     * Makes skins for the cards and edges near the view (up to the per-pulse budget; another pulse is asked for
     * when more are due) and disposes the ones far away.
     */
    private void materialize() {
        double[] near = visible(MARGIN);
        double[] keep = visible(2 * MARGIN);
        List<String> far = new ArrayList<>();
        steps.keySet().forEach(id -> {
            if (!vm.position(id).map(p -> intersects(cardBox(p), keep)).orElse(false)) {
                far.add(id);
            }
        });
        far.forEach(this::disposeStep);
        List<Node> newCards = new ArrayList<>();
        List<Node> newPorts = new ArrayList<>();
        boolean more = false;
        for (Map.Entry<String, StepNode> e : rendered.steps().entrySet()) {
            String id = e.getKey();
            if (steps.containsKey(id)) {
                continue;
            }
            var p = vm.position(id);
            if (p.isEmpty() || !intersects(cardBox(p.get()), near)) {
                continue;
            }
            if (newCards.size() >= NEW_CARDS_PER_PULSE) {
                more = true;
                break;
            }
            StepSkin skin = new StepSkin(e.getValue());
            skin.setDecoration(decorations.steps().get(id));
            skin.setSelected(selection.steps().contains(id));
            skin.relocate(p.get());
            steps.put(id, skin);
            newCards.add(skin.root());
            PortSkin out = new PortSkin(id, PortSkin.Side.OUT);
            out.relocate(p.get(), vm.direction());
            ports.put(id, out);
            newPorts.add(out.node());
            badges.changed(id);
        }
        stepLayer.getChildren().addAll(newCards);
        handleLayer.getChildren().addAll(0, newPorts); // below the gesture overlays

        List<EdgeKey> farEdges = new ArrayList<>();
        edges.forEach((key, skin) -> {
            double[] box = edgeBox(key);
            if (box == null || !intersects(box, keep)) {
                farEdges.add(key);
            }
        });
        farEdges.forEach(this::disposeEdge);
        List<Node> newEdges = new ArrayList<>();
        for (EdgeKey key : rendered.edges()) {
            if (edges.containsKey(key)) {
                continue;
            }
            double[] box = edgeBox(key);
            if (box == null || !intersects(box, near)) {
                continue;
            }
            if (newEdges.size() >= NEW_EDGES_PER_PULSE) {
                more = true;
                break;
            }
            EdgeSkin skin = new EdgeSkin(key);
            skin.setDecoration(decorations.edges().get(key));
            edges.put(key, skin);
            newEdges.add(skin.node());
            updateEdge(skin);
        }
        edgeLayer.getChildren().addAll(newEdges);
        materializing = more;
        if (more) {
            schedule(); // the rest next pulse: the view stays responsive
        }
    }

    private void disposeStep(String id) {
        StepSkin skin = steps.remove(id);
        if (skin != null) {
            skin.dispose();
        }
        PortSkin port = ports.remove(id);
        if (port != null) {
            port.dispose();
        }
    }

    private void disposeEdge(EdgeKey key) {
        EdgeSkin skin = edges.remove(key);
        if (skin != null) {
            skin.dispose();
        }
    }

    /** The visible diagram rectangle {minX, minY, maxX, maxY}, grown by {@code margin} view sizes on each side. */
    private double[] visible(double margin) {
        double w = view.surfaceWidth();
        double h = view.surfaceHeight();
        var a = viewport.toDiagram(-w * margin, -h * margin);
        var b = viewport.toDiagram(w * (1 + margin), h * (1 + margin));
        return new double[] {a.getX(), a.getY(), b.getX(), b.getY()};
    }

    private static double[] cardBox(Position p) {
        return new double[] {p.x(), p.y(), p.x() + CanvasViewModel.CARD_WIDTH, p.y() + CanvasViewModel.CARD_HEIGHT};
    }

    /** A box around an edge's curve (its ends, plus room for the bend); null while an end has no position. */
    private double[] edgeBox(EdgeKey key) {
        var from = vm.position(key.from());
        var to = vm.position(key.to());
        if (from.isEmpty() || to.isEmpty()) {
            return null;
        }
        var a = PortSkin.center(from.get(), PortSkin.Side.OUT, vm.direction());
        var b = PortSkin.center(to.get(), PortSkin.Side.IN, vm.direction());
        double bend = 120;
        double[] box = {Math.min(a.getX(), b.getX()) - bend, Math.min(a.getY(), b.getY()) - bend,
                Math.max(a.getX(), b.getX()) + bend, Math.max(a.getY(), b.getY()) + bend};
        for (Position p : vm.route(key).orElse(List.of())) {
            box[0] = Math.min(box[0], p.x());
            box[1] = Math.min(box[1], p.y());
            box[2] = Math.max(box[2], p.x());
            box[3] = Math.max(box[3], p.y());
        }
        return box;
    }

    private static boolean intersects(double[] a, double[] b) {
        return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
    }

    private void unindex(EdgeKey key) {
        for (String id : List.of(key.from(), key.to())) {
            List<EdgeKey> list = edgesByStep.get(id);
            if (list != null) {
                list.remove(key);
                if (list.isEmpty()) {
                    edgesByStep.remove(id);
                }
            }
        }
    }

    private void relocate(Set<String> ids) {
        Set<EdgeKey> touched = new HashSet<>();
        Direction d = vm.direction();
        for (String id : ids) {
            touched.addAll(edgesByStep.getOrDefault(id, List.of()));
            StepSkin skin = steps.get(id);
            var p = vm.position(id);
            if (skin == null || p.isEmpty()) {
                continue;
            }
            skin.relocate(p.get());
            PortSkin port = ports.get(id);
            if (port != null) {
                port.relocate(p.get(), d);
            }
        }
        for (EdgeKey key : touched) {
            updateEdge(edges.get(key));
        }
    }

    private void updateEdge(EdgeSkin skin) {
        if (skin == null) {
            return;
        }
        var from = vm.position(skin.key().from());
        var to = vm.position(skin.key().to());
        if (from.isEmpty() || to.isEmpty()) {
            skin.hide();
            return;
        }
        Direction d = vm.direction();
        skin.update(PortSkin.center(from.get(), PortSkin.Side.OUT, d), PortSkin.center(to.get(), PortSkin.Side.IN, d), d,
                vm.route(skin.key()).orElse(null));
        skin.setSelected(skin.key().equals(vm.selectedEdgeProperty().get()));
    }

    /** Gives the cards and edges that have skins the decorations that changed since the last pulse. */
    private void applyMarks() {
        for (String id : dirtyStepMarks) {
            StepSkin skin = steps.get(id);
            if (skin != null) {
                skin.setDecoration(decorations.steps().get(id));
            }
        }
        dirtyStepMarks.clear();
        for (EdgeKey key : dirtyEdgeMarks) {
            EdgeSkin skin = edges.get(key);
            if (skin != null) {
                skin.setDecoration(decorations.edges().get(key));
            }
        }
        dirtyEdgeMarks.clear();
    }

    private void applySelection() {
        for (String id : dirtySelection) {
            StepSkin skin = steps.get(id);
            if (skin != null) {
                skin.setSelected(selection.steps().contains(id));
            }
        }
        dirtySelection.clear();
        EdgeKey selected = vm.selectedEdgeProperty().get();
        for (EdgeKey key : dirtyEdgeSelection) {
            EdgeSkin skin = edges.get(key);
            if (skin != null) {
                skin.setSelected(key.equals(selected));
            }
        }
        dirtyEdgeSelection.clear();
    }

    void tidy(Direction d) {
        ready.set(false);
        layouts.tidy(d);
    }

    // ---- for gestures ---------------------------------------------------------------------------------

    StepSkin skin(String id) {
        return steps.get(id);
    }

    void dispose() {
        disposed = true;
        decorations.steps().removeListener(stepMarkListener);
        decorations.edges().removeListener(edgeMarkListener);
        badges.stop();
        if (view.getScene() != null) {
            view.getScene().removePreLayoutPulseListener(pulseListener);
        }
        steps.values().forEach(StepSkin::dispose);
        edges.values().forEach(EdgeSkin::dispose);
        ports.values().forEach(PortSkin::dispose);
        steps.clear();
        edges.clear();
        ports.clear();
    }
}
