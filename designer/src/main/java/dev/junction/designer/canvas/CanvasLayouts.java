package dev.junction.designer.canvas;

import dev.junction.designer.layout.Direction;
import dev.junction.designer.layout.LayoutGraph;
import dev.junction.designer.layout.LayoutResult;
import dev.junction.designer.layout.Position;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;

/**
 * Runs the canvas's layouts: placing steps that have no position, and tidy. Small graphs are laid out at once on
 * the FX thread (no card appears late); big ones on {@link CanvasView#BACKGROUND}, the result handed back to the FX
 * thread. One layout at a time. FX thread only.
 */
final class CanvasLayouts {

    /** Up to this many steps, ELK takes a few milliseconds: not worth a thread hop. */
    private static final int SYNC_LAYOUT_LIMIT = 150;

    private final CanvasViewModel vm;
    private final Runnable placed;
    private final Runnable tidied;
    private boolean running;

    /**
     * @param placed called after steps were placed in the background
     * @param tidied called after a tidy layout was applied (or failed)
     */
    CanvasLayouts(CanvasViewModel vm, Runnable placed, Runnable tidied) {
        this.vm = vm;
        this.placed = placed;
        this.tidied = tidied;
    }

    boolean running() {
        return running;
    }

    /** Gives every step without a position one, without moving the others. */
    void place() {
        if (running) {
            return;
        }
        LayoutGraph graph = vm.layoutGraph();
        Map<String, Position> fixed = vm.positions();
        Direction d = vm.direction();
        if (graph.nodes().size() <= SYNC_LAYOUT_LIMIT) {
            vm.applyPositions(vm.computePlacement(graph, fixed, d), false);
            return;
        }
        running = true;
        CompletableFuture.supplyAsync(() -> vm.computePlacement(graph, fixed, d), CanvasView.BACKGROUND)
                .whenCompleteAsync((result, error) -> {
                    running = false;
                    vm.applyPositions(error == null ? result : LayoutResult.of(grid(graph)), false);
                    if (error != null) {
                        vm.show(CanvasMessage.error("Automatic layout failed (" + error.getMessage()
                                + "); the steps were put in a grid"));
                    }
                    placed.run();
                }, Platform::runLater);
    }

    /** Lays every step out again in direction {@code d}. */
    void tidy(Direction d) {
        LayoutGraph graph = vm.layoutGraph();
        if (graph.nodes().size() <= SYNC_LAYOUT_LIMIT) {
            vm.tidyNow(d);
            tidied.run();
            return;
        }
        running = true;
        CompletableFuture.supplyAsync(() -> vm.computeTidy(graph, d), CanvasView.BACKGROUND)
                .whenCompleteAsync((result, error) -> {
                    running = false;
                    if (error == null) {
                        vm.applyTidy(d, result);
                    } else {
                        vm.show(CanvasMessage.error("Tidy layout failed: " + error.getMessage()));
                    }
                    tidied.run();
                }, Platform::runLater);
    }

    /** A plain grid: only when ELK fails, so that the canvas never stays without cards. */
    private static Map<String, Position> grid(LayoutGraph graph) {
        Map<String, Position> result = new HashMap<>();
        int columns = Math.max(1, (int) Math.ceil(Math.sqrt(graph.nodes().size())));
        for (int i = 0; i < graph.nodes().size(); i++) {
            result.put(graph.nodes().get(i), new Position((i % columns) * (graph.nodeWidth() + 40),
                    (i / columns) * (graph.nodeHeight() + 60)));
        }
        return result;
    }
}
