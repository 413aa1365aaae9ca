package dev.junction.designer.canvas;

import dev.junction.designer.document.WorkflowDocument;
import dev.junction.designer.layout.Direction;
import dev.junction.designer.layout.Position;
import dev.junction.designer.palette.PaletteItem;
import dev.junction.workflow.edit.StepSection;
import dev.junction.workflow.edit.WorkflowEdit;
import dev.junction.workflow.edit.WorkflowEditException;
import dev.junction.workflow.edit.WorkflowText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The canvas's edits of the workflow. Each public operation is exactly one {@link WorkflowDocument#edit} (several
 * steps at once go through {@link WorkflowEdit#chain}), so one undo reverts it whole. Refusals and failures become a
 * {@link CanvasMessage} instead of an exception: the user did something the workflow cannot take.
 */
final class StepCommands {

    private static final double GAP = 40;

    private final WorkflowDocument doc;
    private final CanvasViewModel vm;

    StepCommands(WorkflowDocument doc, CanvasViewModel vm) {
        this.doc = doc;
        this.vm = vm;
    }

    Optional<String> addStep(PaletteItem item, Position at) {
        return attempt(() -> {
            Set<String> taken = takenIds();
            String id = item.idBase().equals("step") ? StepIds.next(taken) : StepIds.free(item.idBase(), taken);
            Map<String, Object> fields = item.stepFields(file());
            doc.edit("Add step " + id, t -> t.addStep(id, fields), vm);
            vm.refresh();
            vm.setPosition(id, at);
            vm.saveLayout();
            vm.select(List.of(id), false);
            return Optional.of(id);
        }, Optional.empty());
    }

    ConnectResult connect(String from, String to, CycleCheck cycles) {
        CanvasGraph graph = vm.graph();
        StepNode source = graph.steps().get(from);
        StepNode target = graph.steps().get(to);
        if (source == null || target == null) {
            return refuse("There is no step '" + (source == null ? from : to) + "'");
        }
        if (from.equals(to)) {
            return refuse("A step cannot need itself");
        }
        if (target.needs().contains(from)) {
            return refuse("'" + to + "' already needs '" + from + "'");
        }
        if (source.section() != target.section()) {
            return refuse("'" + to + "' is in " + target.section().key() + " and '" + from + "' in "
                    + source.section().key() + ": needs stay within one section");
        }
        WorkflowText before = doc.model();
        WorkflowEdit edit;
        try {
            edit = before.addNeed(to, from);
        } catch (WorkflowEditException | IllegalStateException e) {
            return refuse(e.getMessage());
        }
        Optional<List<String>> onDiagram = cycles.cycleOnDiagram(from, to);
        Optional<String> byEngine = CycleCheck.cycleByEngine(doc.loader(), doc.file(), before.text(), edit.after().text());
        if (byEngine.isPresent() || onDiagram.isPresent()) {
            return refuse("Not connected: " + byEngine.orElseGet(() -> CycleCheck.describe(onDiagram.get())));
        }
        WorkflowEdit computed = edit;
        return attempt(() -> {
            doc.edit("Connect " + from + " → " + to, t -> t == computed.before() ? computed : t.addNeed(to, from), vm);
            vm.refresh();
            EdgeKey key = new EdgeKey(from, to);
            vm.selectEdge(key);
            return new ConnectResult.Connected(key);
        }, new ConnectResult.Refused("the dependency could not be added"));
    }

    boolean deleteSelection(List<String> steps, EdgeKey edge) {
        if (!steps.isEmpty()) {
            List<String> ids = steps.stream().filter(vm.allIds()::contains).toList();
            if (ids.isEmpty()) {
                return false;
            }
            String what = ids.size() == 1 ? "Delete step " + ids.getFirst() : "Delete " + ids.size() + " steps";
            List<Function<WorkflowText, WorkflowEdit>> ops = ids.stream()
                    .<Function<WorkflowText, WorkflowEdit>>map(id -> t -> t.removeStep(id)).toList();
            return attempt(() -> {
                boolean changed = doc.edit(what, t -> WorkflowEdit.chain(t, ops), vm);
                vm.refresh();
                return changed;
            }, false);
        }
        if (edge != null) {
            return attempt(() -> {
                boolean changed = doc.edit("Remove dependency " + edge, t -> t.removeNeed(edge.to(), edge.from()), vm);
                vm.refresh();
                return changed;
            }, false);
        }
        return false;
    }

    List<String> paste(String yaml, Position at) {
        List<StepCopies.Pasted> pasted;
        try {
            pasted = StepCopies.parse(yaml, takenIds());
        } catch (IllegalArgumentException e) {
            vm.show(CanvasMessage.error("Nothing pasted: " + e.getMessage()));
            return List.of();
        }
        List<Function<WorkflowText, WorkflowEdit>> ops = pasted.stream()
                .<Function<WorkflowText, WorkflowEdit>>map(p -> t -> t.addStep(p.id(), p.fields())).toList();
        String what = pasted.size() == 1 ? "Paste step " + pasted.getFirst().id() : "Paste " + pasted.size() + " steps";
        return attempt(() -> {
            doc.edit(what, t -> WorkflowEdit.chain(t, ops), vm);
            vm.refresh();
            arrange(pasted.stream().map(StepCopies.Pasted::originalId).toList(),
                    pasted.stream().map(StepCopies.Pasted::id).toList(), at);
            List<String> ids = pasted.stream().map(StepCopies.Pasted::id).toList();
            vm.select(ids, false);
            return ids;
        }, List.of());
    }

    List<String> duplicate(List<String> selected) {
        List<String> ids = vm.allIds().stream().filter(selected::contains).toList(); // file order
        if (ids.isEmpty()) {
            return List.of();
        }
        Set<String> taken = takenIds();
        List<String> copies = new ArrayList<>();
        for (String id : ids) {
            String copy = StepIds.free(id, taken);
            taken.add(copy);
            copies.add(copy);
        }
        List<Function<WorkflowText, WorkflowEdit>> ops = new ArrayList<>();
        Map<String, String> renames = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String copy = copies.get(i);
            renames.put(id, copy);
            ops.add(t -> t.duplicateStep(id, copy));
        }
        if (ids.size() > 1) {
            // a group's copies depend on each other, as pasted steps do, not on the originals
            copies.forEach(copy -> ops.add(t -> t.retargetStep(copy, renames)));
        }
        String what = ids.size() == 1 ? "Duplicate step " + ids.getFirst() : "Duplicate " + ids.size() + " steps";
        return attempt(() -> {
            doc.edit(what, t -> WorkflowEdit.chain(t, ops), vm);
            vm.refresh();
            double[] box = bounds(ids);
            Position at = box == null ? new Position(0, 0) : vm.direction() == Direction.TOP_TO_BOTTOM
                    ? new Position(box[2] + CanvasViewModel.CARD_WIDTH + GAP, box[1])
                    : new Position(box[0], box[3] + CanvasViewModel.CARD_HEIGHT + GAP);
            arrange(ids, copies, at);
            vm.select(copies, false);
            return List.copyOf(copies);
        }, List.of());
    }

    /** Places copies as their originals are arranged, the group's top-left at {@code at}; others in a row after. */
    private void arrange(List<String> originals, List<String> copies, Position at) {
        double[] box = bounds(originals);
        int loose = 0;
        for (int i = 0; i < copies.size(); i++) {
            Position original = vm.rawPositions().get(originals.get(i));
            Position p;
            if (original != null && box != null) {
                p = at.plus(original.x() - box[0], original.y() - box[1]);
            } else {
                double step = loose++ * (CanvasViewModel.CARD_WIDTH + GAP);
                double offset = box == null ? 0 : box[2] - box[0] + CanvasViewModel.CARD_WIDTH + GAP;
                p = at.plus(offset + step, 0);
            }
            vm.setPosition(copies.get(i), p);
        }
        vm.saveLayout();
    }

    /** {minX, minY, maxX, maxY} of the known positions of {@code ids}, or null when none is known. */
    private double[] bounds(List<String> ids) {
        double[] box = null;
        for (String id : ids) {
            Position p = vm.rawPositions().get(id);
            if (p != null) {
                box = box == null ? new double[] {p.x(), p.y(), p.x(), p.y()}
                        : new double[] {Math.min(box[0], p.x()), Math.min(box[1], p.y()), Math.max(box[2], p.x()),
                                Math.max(box[3], p.y())};
            }
        }
        return box;
    }

    private Set<String> takenIds() {
        WorkflowText text = doc.model();
        Set<String> taken = new HashSet<>();
        if (text != null) {
            for (StepSection section : StepSection.values()) {
                taken.addAll(text.stepIds(section));
            }
        }
        return taken;
    }

    private Path file() {
        return doc.file() != null ? doc.file() : Path.of("workflow.yaml").toAbsolutePath();
    }

    private ConnectResult refuse(String reason) {
        vm.show(CanvasMessage.error(reason));
        return new ConnectResult.Refused(reason);
    }

    /** Runs an edit; a refusal of the document or the edit layer becomes a message (nothing changed). */
    private <T> T attempt(Supplier<T> edit, T otherwise) {
        try {
            return edit.get();
        } catch (WorkflowEditException | IllegalStateException e) {
            vm.show(CanvasMessage.error(e.getMessage()));
            return otherwise;
        }
    }
}
