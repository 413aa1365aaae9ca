package dev.junction.designer.canvas;

import dev.junction.designer.document.EditorSelection;
import dev.junction.designer.layout.Direction;
import dev.junction.designer.layout.LayoutGraph;
import dev.junction.designer.layout.Position;
import dev.junction.designer.run.StepStatusView;
import dev.junction.run.StepStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ObservableMap;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * Keeps the canvas's skins in step with the view model, once per pulse: every change (document revision,
 * validation, selection, run status, viewport) only marks what is dirty and asks for a pulse; just before the
 * pulse lays out the scene, {@link #sync()} applies all of it. Skins are created, updated and disposed by step id
 * and edge, so an edit to one step touches one card.
 */
final class CanvasRenderer {

    private static final int SYNC_LAYOUT_LIMIT = 150;

    private final CanvasView view;
    private final CanvasViewModel vm;
    private final CanvasViewport viewport;
    private final ObservableMap<String, StepStatusView> statuses;
    private final EditorSelection selection;
    private final Group edgeLayer;
    private final Group stepLayer;
    private final Group handleLayer;
    private final Map<String, StepSkin> steps = new HashMap<>();
    private final Map<String, PortSkin[]> ports = new HashMap<>();
    private final Map<EdgeKey, EdgeSkin> edges = new HashMap<>();
    private final Map<String, List<EdgeKey>> edgesByStep = new HashMap<>();
    private final Set<String> dirtySelection = new HashSet<>();
    private final Set<String> dirtyStatus = new HashSet<>();
    private final Set<EdgeKey> dirtyEdgeSelection = new HashSet<>();
    private final Set<String> running = new HashSet<>();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
    private final Runnable pulseListener = this::onPulse;
    private CanvasGraph rendered = CanvasGraph.EMPTY;
    private Direction renderedDirection;
    private boolean scheduled;
    private boolean graphDirty;
    private boolean viewportDirty = true;
    private boolean layoutRunning;
    private boolean fitPending = true;
    private boolean disposed;

    CanvasRenderer(CanvasView view, CanvasViewModel vm, CanvasViewport viewport,
                   ObservableMap<String, StepStatusView> statuses, EditorSelection selection, Group edgeLayer,
                   Group stepLayer, Group handleLayer) {
        this.view = view;
        this.vm = vm;
        this.viewport = viewport;
        this.statuses = statuses;
        this.selection = selection;
        this.edgeLayer = edgeLayer;
        this.stepLayer = stepLayer;
        this.handleLayer = handleLayer;
        ticker.setCycleCount(Timeline.INDEFINITE);
        statuses.keySet().forEach(dirtyStatus::add);
    }

    ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    // ---- marking dirty ------------------------------------------------------------------------------

    void graphChanged() {
        graphDirty = true;
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
        dirtyStatus.add(id);
        schedule();
    }

    void viewportChanged() {
        viewportDirty = true;
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
        if (graphDirty) {
            graphDirty = false;
            vm.refresh();
            applyGraph();
        }
        if (vm.needsPlacement()) {
            place();
        }
        Set<String> moved = vm.takeMoved();
        if (renderedDirection != vm.direction()) {
            renderedDirection = vm.direction();
            moved = steps.keySet();
        }
        if (!moved.isEmpty()) {
            relocate(moved);
            viewportDirty = true;
        }
        applySelection();
        applyStatuses();
        if (fitPending && !vm.needsPlacement() && view.surfaceWidth() > 0) {
            fitPending = false;
            view.fitToView();
        }
        if (viewportDirty) {
            viewportDirty = false;
            view.applyViewport();
        }
        view.showEmpty(steps.isEmpty());
        ready.set(!vm.needsPlacement() && !layoutRunning);
    }

    private void applyGraph() {
        CanvasGraph graph = vm.graph();
        CanvasGraph.Diff diff = graph.diff(rendered);
        rendered = graph;
        if (diff.isEmpty()) {
            return;
        }
        for (EdgeKey key : diff.edgesRemoved()) {
            EdgeSkin skin = edges.remove(key);
            if (skin != null) {
                skin.dispose();
            }
            unindex(key);
        }
        for (String id : diff.removed()) {
            StepSkin skin = steps.remove(id);
            if (skin != null) {
                skin.dispose();
            }
            PortSkin[] pair = ports.remove(id);
            if (pair != null) {
                pair[0].dispose();
                pair[1].dispose();
            }
            running.remove(id);
        }
        List<Node> newCards = new ArrayList<>();
        List<Node> newPorts = new ArrayList<>();
        Set<String> toPlace = new LinkedHashSet<>();
        for (String id : diff.added()) {
            StepSkin skin = new StepSkin(graph.steps().get(id));
            skin.root().setVisible(false); // until it has a position
            skin.setSelected(selection.steps().contains(id));
            steps.put(id, skin);
            newCards.add(skin.root());
            PortSkin in = new PortSkin(id, PortSkin.Side.IN);
            PortSkin out = new PortSkin(id, PortSkin.Side.OUT);
            ports.put(id, new PortSkin[] {in, out});
            newPorts.add(in.node());
            newPorts.add(out.node());
            dirtyStatus.add(id);
            toPlace.add(id);
        }
        stepLayer.getChildren().addAll(newCards);
        handleLayer.getChildren().addAll(0, newPorts); // below the gesture overlays
        for (String id : diff.changed()) {
            steps.get(id).update(graph.steps().get(id));
        }
        List<Node> newEdges = new ArrayList<>();
        for (EdgeKey key : diff.edgesAdded()) {
            EdgeSkin skin = new EdgeSkin(key);
            edges.put(key, skin);
            edgesByStep.computeIfAbsent(key.from(), k -> new ArrayList<>()).add(key);
            edgesByStep.computeIfAbsent(key.to(), k -> new ArrayList<>()).add(key);
            newEdges.add(skin.node());
            updateEdge(skin);
        }
        edgeLayer.getChildren().addAll(newEdges);
        relocate(toPlace);
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
            StepSkin skin = steps.get(id);
            var p = vm.position(id);
            if (skin == null || p.isEmpty()) {
                continue;
            }
            skin.relocate(p.get());
            PortSkin[] pair = ports.get(id);
            pair[0].relocate(p.get(), d);
            pair[1].relocate(p.get(), d);
            touched.addAll(edgesByStep.getOrDefault(id, List.of()));
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
        skin.update(PortSkin.center(from.get(), PortSkin.Side.OUT, d), PortSkin.center(to.get(), PortSkin.Side.IN, d), d);
        skin.setSelected(skin.key().equals(vm.selectedEdgeProperty().get()));
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

    private void applyStatuses() {
        if (dirtyStatus.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        for (String id : dirtyStatus) {
            StepSkin skin = steps.get(id);
            if (skin != null) {
                StepStatusView s = statuses.get(id);
                skin.setStatus(s, now);
                if (s != null && s.status() == StepStatus.RUNNING) {
                    running.add(id);
                } else {
                    running.remove(id);
                }
            }
        }
        dirtyStatus.clear();
        if (running.isEmpty()) {
            ticker.stop();
        } else if (ticker.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            ticker.play();
        }
    }

    private void tick() {
        Instant now = Instant.now();
        for (String id : running) {
            StepSkin skin = steps.get(id);
            if (skin != null) {
                skin.tick(now);
            }
        }
    }

    // ---- layout ---------------------------------------------------------------------------------------

    private void place() {
        if (layoutRunning) {
            return;
        }
        LayoutGraph graph = vm.layoutGraph();
        Map<String, Position> fixed = vm.positions();
        Direction d = vm.direction();
        if (graph.nodes().size() <= SYNC_LAYOUT_LIMIT) {
            vm.applyPositions(vm.computePlacement(graph, fixed, d), false);
            return;
        }
        layoutRunning = true;
        CompletableFuture.supplyAsync(() -> vm.computePlacement(graph, fixed, d), CanvasView.BACKGROUND)
                .whenCompleteAsync((result, error) -> {
                    layoutRunning = false;
                    vm.applyPositions(error == null ? result : fallback(graph), false);
                    if (error != null) {
                        vm.show(CanvasMessage.error("Automatic layout failed (" + error.getMessage()
                                + "); steps were put in a grid"));
                    }
                    graphChanged();
                }, Platform::runLater);
    }

    void tidy(Direction d) {
        LayoutGraph graph = vm.layoutGraph();
        if (graph.nodes().size() <= SYNC_LAYOUT_LIMIT) {
            vm.tidyNow(d);
            fitPending = true;
            positionsChanged();
            return;
        }
        layoutRunning = true;
        ready.set(false);
        CompletableFuture.supplyAsync(() -> vm.computeTidy(graph, d), CanvasView.BACKGROUND)
                .whenCompleteAsync((result, error) -> {
                    layoutRunning = false;
                    if (error == null) {
                        vm.applyTidy(d, result);
                        fitPending = true;
                    } else {
                        vm.show(CanvasMessage.error("Tidy layout failed: " + error.getMessage()));
                    }
                    positionsChanged();
                }, Platform::runLater);
    }

    /** A plain grid: only when ELK fails, so that the canvas never stays without cards. */
    private static Map<String, Position> fallback(LayoutGraph graph) {
        Map<String, Position> result = new HashMap<>();
        int columns = Math.max(1, (int) Math.ceil(Math.sqrt(graph.nodes().size())));
        for (int i = 0; i < graph.nodes().size(); i++) {
            result.put(graph.nodes().get(i), new Position((i % columns) * (graph.nodeWidth() + 40),
                    (i / columns) * (graph.nodeHeight() + 60)));
        }
        return result;
    }

    // ---- for gestures ---------------------------------------------------------------------------------

    StepSkin skin(String id) {
        return steps.get(id);
    }

    void dispose() {
        disposed = true;
        ticker.stop();
        if (view.getScene() != null) {
            view.getScene().removePreLayoutPulseListener(pulseListener);
        }
        steps.values().forEach(StepSkin::dispose);
        edges.values().forEach(EdgeSkin::dispose);
        ports.values().forEach(p -> {
            p[0].dispose();
            p[1].dispose();
        });
        steps.clear();
        edges.clear();
        ports.clear();
    }
}
