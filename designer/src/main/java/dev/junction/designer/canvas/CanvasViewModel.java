package dev.junction.designer.canvas;

import dev.junction.designer.document.EditorSelection;
import dev.junction.designer.document.WorkflowDocument;
import dev.junction.designer.layout.Direction;
import dev.junction.designer.layout.GraphLayout;
import dev.junction.designer.layout.LayoutGraph;
import dev.junction.designer.layout.LayoutResult;
import dev.junction.designer.layout.LayoutStore;
import dev.junction.designer.layout.Placement;
import dev.junction.designer.layout.Position;
import dev.junction.designer.layout.SavedLayout;
import dev.junction.designer.palette.PaletteItem;
import dev.junction.workflow.edit.WorkflowText;
import dev.junction.workflow.load.LoadResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableSet;

/**
 * The canvas without pixels: the diagram read from the document, card positions, selection, and the commands
 * the canvas offers. Every change to the workflow is one {@link WorkflowDocument#edit} (so it is on the document's
 * undo stack); positions are not part of the workflow and live in the {@link LayoutStore}.
 *
 * <p>FX thread only, like the document. Layout is a pure function ({@link #computePlacement}, {@link #computeTidy})
 * that the view may run on another thread, handing the result back with {@link #applyPositions}.
 */
public final class CanvasViewModel {

    /** Every card has this size, so layout needs no measuring. */
    public static final double CARD_WIDTH = 240;
    public static final double CARD_HEIGHT = 64;

    private final WorkflowDocument doc;
    private final EditorSelection selection;
    private final LayoutStore store;
    private final Executor io;
    private final CanvasGraphReader reader;
    private final Placement placement = new Placement(new GraphLayout());
    private final GraphLayout layout = new GraphLayout();
    private final StepCommands commands;
    /** Includes steps that were removed, so undo puts a step back where it was. */
    private final Map<String, Position> positions = new HashMap<>();
    private final Set<String> moved = new LinkedHashSet<>();
    /** Curves from the last tidy layout, for edges whose two cards have not moved since. */
    private final Map<EdgeKey, List<Position>> routes = new HashMap<>();
    private final ObjectProperty<EdgeKey> selectedEdge = new SimpleObjectProperty<>(this, "selectedEdge");
    private final ReadOnlyObjectWrapper<CanvasMessage> message = new ReadOnlyObjectWrapper<>(this, "message");
    private CanvasGraph graph = CanvasGraph.EMPTY;
    private CycleCheck cycles;
    private Direction direction = Direction.TOP_TO_BOTTOM;
    private boolean readOnly;
    private final javafx.beans.value.ChangeListener<LoadResult> validationListener = (obs, old, result) -> learnSummaries(result);

    /**
     * @param store where hand-arranged positions are kept; null keeps them in memory only
     * @param io    where layout files are written ({@code Runnable::run} in tests)
     */
    public CanvasViewModel(WorkflowDocument doc, EditorSelection selection, LayoutStore store, Executor io) {
        this.doc = doc;
        this.selection = selection;
        this.store = store;
        this.io = io;
        this.reader = new CanvasGraphReader(doc.loader().kinds().keys(), new StepSummaries(doc.loader().kinds()));
        this.commands = new StepCommands(doc, this);
        readSavedLayout();
        doc.validationProperty().addListener(validationListener);
        learnSummaries(doc.validationProperty().get());
    }

    /** Stops listening to the document (the canvas closed). */
    public void dispose() {
        doc.validationProperty().removeListener(validationListener);
    }

    // ---- the diagram ------------------------------------------------------------------------------

    public CanvasGraph graph() {
        return graph;
    }

    /**
     * Reads the diagram from the document's current model and tells what changed since the last call. Selected
     * ids of steps that are gone leave the selection. A step renamed in the text keeps its card's place.
     */
    public CanvasGraph.Diff refresh() {
        WorkflowText text = doc.model();
        CanvasGraph next = text == null ? CanvasGraph.EMPTY : reader.read(text);
        CanvasGraph.Diff diff = next.diff(graph);
        graph = next;
        if (diff.structural()) {
            cycles = null;
        }
        if (diff.added().size() == 1 && diff.removed().size() == 1) {
            String added = diff.added().iterator().next();
            Position old = positions.get(diff.removed().iterator().next());
            if (old != null && !positions.containsKey(added)) {
                setPosition(added, old); // a rename: the card stays where it was
            }
        }
        if (!diff.removed().isEmpty()) {
            selection.steps().removeAll(diff.removed());
        }
        EdgeKey edge = selectedEdge.get();
        if (edge != null && !graph.edges().contains(edge)) {
            selectedEdge.set(null);
        }
        return diff;
    }

    private void learnSummaries(LoadResult result) {
        // the document only publishes a validation for the text it currently holds
        if (result != null && result.workflow().isPresent() && doc.syntaxErrorProperty().get() == null
                && doc.model() != null) {
            reader.learn(result.workflow().get(), doc.model());
        }
    }

    // ---- positions ----------------------------------------------------------------------------------

    public Direction direction() {
        return direction;
    }

    public Optional<Position> position(String id) {
        return Optional.ofNullable(positions.get(id));
    }

    /** Positions of the current steps (those without one yet are missing). */
    public Map<String, Position> positions() {
        Map<String, Position> current = new LinkedHashMap<>();
        for (String id : graph.steps().keySet()) {
            Position p = positions.get(id);
            if (p != null) {
                current.put(id, p);
            }
        }
        return current;
    }

    /** Whether some step has no position yet (call {@link #computePlacement} then {@link #applyPositions}). */
    public boolean needsPlacement() {
        return graph.steps().keySet().stream().anyMatch(id -> !positions.containsKey(id));
    }

    /** The current diagram as a layout problem (a snapshot: safe to hand to another thread). */
    public LayoutGraph layoutGraph() {
        Set<String> onFailure = new java.util.HashSet<>();
        graph.steps().values().forEach(s -> {
            if (s.section() == dev.junction.workflow.edit.StepSection.ON_FAILURE) {
                onFailure.add(s.id());
            }
        });
        return new LayoutGraph(List.copyOf(graph.steps().keySet()),
                graph.edges().stream().map(e -> new LayoutGraph.Edge(e.from(), e.to())).toList(), onFailure,
                CARD_WIDTH, CARD_HEIGHT);
    }

    /** Positions for the steps of {@code g} missing from {@code fixed}. Pure; any thread. */
    public LayoutResult computePlacement(LayoutGraph g, Map<String, Position> fixed, Direction d) {
        return placement.place(g, fixed, d);
    }

    /** A full tidy layout of {@code g}. Pure; any thread. */
    public LayoutResult computeTidy(LayoutGraph g, Direction d) {
        return layout.layoutWithRoutes(g, d);
    }

    /** The curve the last tidy layout chose for an edge, while its cards stay where that layout put them. */
    public Optional<List<Position>> route(EdgeKey edge) {
        return Optional.ofNullable(routes.get(edge));
    }

    /** Places steps without a position, now, on this thread. */
    public void placeNow() {
        if (needsPlacement()) {
            applyPositions(computePlacement(layoutGraph(), positions(), direction), false);
        }
    }

    /**
     * Takes positions computed elsewhere. With {@code overwrite} false only steps still without a position take
     * theirs (the user may have placed them meanwhile).
     */
    public void applyPositions(LayoutResult computed, boolean overwrite) {
        Set<String> applied = new java.util.HashSet<>();
        computed.positions().forEach((id, p) -> {
            if (graph.steps().containsKey(id) && (overwrite || !positions.containsKey(id))) {
                setPosition(id, p);
                applied.add(id);
            }
        });
        computed.routes().forEach((edge, points) -> {
            if (applied.contains(edge.from()) && applied.contains(edge.to())) {
                EdgeKey key = new EdgeKey(edge.from(), edge.to());
                routes.put(key, points);
                moved.add(edge.from()); // its edges are drawn again, along the route
            }
        });
    }

    /** Lays every step out again with ELK, now, and keeps the result (and the direction) beside the workflow. */
    public void tidyNow(Direction d) {
        applyTidy(d, computeTidy(layoutGraph(), d));
    }

    /** Takes a tidy layout computed elsewhere for direction {@code d}, and saves it. */
    public void applyTidy(Direction d, LayoutResult computed) {
        direction = d;
        routes.clear();
        applyPositions(computed, true);
        saveLayout();
    }

    /** Moves cards (while dragging: call {@link #saveLayout} when the drag ends). */
    public void moveSteps(Map<String, Position> to) {
        to.forEach((id, p) -> {
            if (graph.steps().containsKey(id)) {
                setPosition(id, p);
            }
        });
    }

    /** Steps whose position changed since the last call; the view moves their cards and edges. */
    public Set<String> takeMoved() {
        Set<String> result = Set.copyOf(moved);
        moved.clear();
        return result;
    }

    void setPosition(String id, Position p) {
        if (!p.equals(positions.put(id, p))) {
            moved.add(id);
            if (!routes.isEmpty()) {
                routes.keySet().removeIf(e -> e.from().equals(id) || e.to().equals(id)); // the curve no longer fits
            }
        }
    }

    /** Writes the positions of the current steps beside the workflow (on the io executor). */
    public void saveLayout() {
        if (store == null) {
            return;
        }
        Map<LayoutGraph.Edge, List<Position>> kept = new LinkedHashMap<>();
        for (EdgeKey edge : graph.edges()) {
            List<Position> route = routes.get(edge);
            if (route != null) {
                kept.put(new LayoutGraph.Edge(edge.from(), edge.to()), route);
            }
        }
        SavedLayout saved = new SavedLayout(direction, positions(), kept);
        io.execute(() -> {
            try {
                store.write(saved);
            } catch (IOException e) {
                javafx.application.Platform.runLater(() -> show(CanvasMessage.error("Cannot save the layout: " + e.getMessage())));
            }
        });
    }

    private void readSavedLayout() {
        if (store == null) {
            return;
        }
        try {
            store.read().ifPresent(saved -> {
                direction = saved.direction();
                positions.putAll(saved.positions());
                saved.routes().forEach((edge, points) -> routes.put(new EdgeKey(edge.from(), edge.to()), points));
            });
        } catch (IOException e) {
            show(CanvasMessage.error("The saved layout cannot be read, so steps are laid out again: " + e.getMessage()));
        }
    }

    /** The step whose card covers a diagram point (the last drawn wins, as on screen). */
    public Optional<String> stepAt(double x, double y) {
        List<String> ids = new ArrayList<>(graph.steps().keySet());
        for (int i = ids.size() - 1; i >= 0; i--) {
            Position p = positions.get(ids.get(i));
            if (p != null && x >= p.x() && x <= p.x() + CARD_WIDTH && y >= p.y() && y <= p.y() + CARD_HEIGHT) {
                return Optional.of(ids.get(i));
            }
        }
        return Optional.empty();
    }

    /** Steps whose cards intersect a diagram rectangle (rubber band). */
    public List<String> stepsIn(double x1, double y1, double x2, double y2) {
        double minX = Math.min(x1, x2), maxX = Math.max(x1, x2), minY = Math.min(y1, y2), maxY = Math.max(y1, y2);
        List<String> hits = new ArrayList<>();
        positions().forEach((id, p) -> {
            if (p.x() <= maxX && p.x() + CARD_WIDTH >= minX && p.y() <= maxY && p.y() + CARD_HEIGHT >= minY) {
                hits.add(id);
            }
        });
        return hits;
    }

    // ---- selection ----------------------------------------------------------------------------------

    public ObservableSet<String> selectedSteps() {
        return selection.steps();
    }

    public ObjectProperty<EdgeKey> selectedEdgeProperty() {
        return selectedEdge;
    }

    /** A click on a card: selects only it, or with {@code toggle} (shift/ctrl) adds or removes it. */
    public void click(String id, boolean toggle) {
        selectedEdge.set(null);
        if (!toggle) {
            selection.select(List.of(id));
        } else if (!selection.steps().remove(id)) {
            selection.steps().add(id);
        }
    }

    public void select(Collection<String> ids, boolean add) {
        selectedEdge.set(null);
        if (add) {
            selection.steps().addAll(ids);
        } else {
            selection.select(ids);
        }
    }

    public void selectEdge(EdgeKey edge) {
        selection.clear();
        selectedEdge.set(edge);
    }

    public void selectAll() {
        select(graph.steps().keySet(), false);
    }

    public void clearSelection() {
        selectedEdge.set(null);
        selection.clear();
    }

    // ---- messages -----------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<CanvasMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }

    void show(CanvasMessage m) {
        message.set(m);
    }

    // ---- commands (each one command on the document's undo stack) ----------------------------------

    /** Refuses every command that would change the workflow (a comparison, an old version). */
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** True (after telling the user) when the canvas is read-only. */
    private boolean refusedAsReadOnly() {
        if (readOnly) {
            show(CanvasMessage.info("Read-only: this diagram cannot be changed here"));
        }
        return readOnly;
    }

    /** Adds a step from the palette with its card at {@code at}; returns its id (selected). */
    public Optional<String> addStep(PaletteItem item, Position at) {
        if (refusedAsReadOnly()) {
            return Optional.empty();
        }
        return commands.addStep(item, at);
    }

    /** Whether {@code to} needing {@code from} would be refused because it closes a cycle (quick, for hover). */
    public boolean wouldCloseCycle(String from, String to) {
        if (cycles == null) {
            cycles = new CycleCheck(graph);
        }
        return cycles.cycleOnDiagram(from, to).isPresent();
    }

    /** Adds "{@code to} needs {@code from}", unless it closes a cycle or is otherwise impossible. */
    public ConnectResult connect(String from, String to) {
        if (refusedAsReadOnly()) {
            return new ConnectResult.Refused("read-only");
        }
        if (cycles == null) {
            cycles = new CycleCheck(graph);
        }
        return commands.connect(from, to, cycles);
    }

    /** Deletes the selected steps (and the needs naming them), or else the selected dependency. */
    public boolean deleteSelection() {
        if (refusedAsReadOnly()) {
            return false;
        }
        return commands.deleteSelection(List.copyOf(selection.steps()), selectedEdge.get());
    }

    /** The selected steps as YAML for the clipboard, or empty when nothing is selected. */
    public String copySelection() {
        return selection.steps().isEmpty() || doc.model() == null ? ""
                : StepCopies.copyText(doc.model(), List.copyOf(selection.steps()));
    }

    /**
     * Adds the steps in clipboard YAML, renamed when their ids are taken, arranged as they were with the group's
     * top-left corner at {@code at}; they become the selection.
     */
    public List<String> paste(String yaml, Position at) {
        if (refusedAsReadOnly()) {
            return List.of();
        }
        return commands.paste(yaml, at);
    }

    /** Copies the selected steps (comments included) under new ids, beside the originals. */
    public List<String> duplicateSelection() {
        if (refusedAsReadOnly()) {
            return List.of();
        }
        return commands.duplicate(List.copyOf(selection.steps()));
    }

    Set<String> allIds() {
        return graph.steps().keySet();
    }

    WorkflowDocument document() {
        return doc;
    }

    Map<String, Position> rawPositions() {
        return positions;
    }
}
