package dev.junction.designer.inspector;

import dev.junction.designer.document.EditorSelection;
import dev.junction.designer.document.WorkflowDocument;
import dev.junction.workflow.ActionDefinition;
import dev.junction.workflow.edit.StepSection;
import dev.junction.workflow.edit.WorkflowEdit;
import dev.junction.workflow.edit.WorkflowEditException;
import dev.junction.workflow.edit.WorkflowText;
import dev.junction.git.GitActionRef;
import dev.junction.steps.UsesKind;
import dev.junction.workflow.load.LoadResult;
import dev.junction.workflow.load.WorkspaceActions;
import dev.junction.workflow.source.Problems;
import dev.junction.workflow.source.YamlNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.SetChangeListener;

/**
 * What the inspector shows and how its edits reach the document. The target is the single selected step, the
 * workflow itself when nothing is selected, or nothing when several steps are. Every change from a form is one
 * command on the document's undo stack, made with the edit layer's minimal text edits.
 *
 * <p>Document and selection changes are coalesced into one {@link #stateProperty() state} update per pulse.
 * FX thread only.
 */
public final class InspectorViewModel {

    /** What the inspector is showing. */
    public enum Mode { NONE, WORKFLOW, STEP, MANY }

    /**
     * @param kind     the step's kind key ({@code run}, {@code http}, …) or "" when it has none
     * @param editable false while the text has a YAML syntax error (forms then only show)
     */
    public record State(Mode mode, String step, String kind, boolean editable, int selected) {
        static final State NONE = new State(Mode.NONE, "", "", false, 0);

        /** Whether the forms for {@code other} have the same fields (only values may differ). */
        public boolean sameForms(State other) {
            return other != null && mode == other.mode && step.equals(other.step) && kind.equals(other.kind);
        }
    }

    private static final Pattern INPUT_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Consumer<Runnable> later;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final InvalidationListener documentListener = o -> schedule();
    private final SetChangeListener<String> selectionListener = c -> schedule();
    private WorkflowDocument document;
    private EditorSelection selection;
    private State state = State.NONE;
    private boolean scheduled;
    private final Map<String, CachedAction> actions = new LinkedHashMap<>();

    public InspectorViewModel() {
        this(Platform::runLater);
    }

    /** @param later runs a task after the current pulse (tests pass {@code Runnable::run}) */
    InspectorViewModel(Consumer<Runnable> later) {
        this.later = later;
    }

    /** Inspects another document and selection; nulls for nothing. */
    public void setTarget(WorkflowDocument document, EditorSelection selection) {
        if (this.document != null) {
            this.document.revisionProperty().removeListener(documentListener);
            this.document.modelProperty().removeListener(documentListener);
            this.document.syntaxErrorProperty().removeListener(documentListener);
            this.selection.steps().removeListener(selectionListener);
        }
        this.document = document;
        this.selection = selection;
        if (document != null) {
            document.revisionProperty().addListener(documentListener);
            document.syntaxErrorProperty().addListener(documentListener);
            document.modelProperty().addListener(documentListener); // big files are parsed in the background
            selection.steps().addListener(selectionListener);
        }
        update();
    }

    /** Increases with every state update (at most once per pulse); read {@link #state()} then. */
    public ReadOnlyLongProperty stateProperty() {
        return revision.getReadOnlyProperty();
    }

    public State state() {
        return state;
    }

    public WorkflowDocument document() {
        return document;
    }

    private void schedule() {
        if (!scheduled) {
            scheduled = true;
            later.accept(() -> {
                scheduled = false;
                update();
            });
        }
    }

    private void update() {
        state = compute();
        revision.set(revision.get() + 1);
    }

    private State compute() {
        if (document == null || document.model() == null) {
            return State.NONE;
        }
        boolean editable = document.syntaxErrorProperty().get() == null;
        WorkflowText text = document.model();
        if (selection.steps().size() > 1) {
            return new State(Mode.MANY, "", "", editable, selection.steps().size());
        }
        String id = selection.single();
        if (id != null && text.sectionOf(id).isPresent()) {
            return new State(Mode.STEP, id, kindOf(text, id), editable, 1);
        }
        return new State(Mode.WORKFLOW, "", "", editable, 0);
    }

    private String kindOf(WorkflowText text, String id) {
        if (stepNode(text, id) instanceof YamlNode.Mapping step) {
            for (YamlNode.Entry e : step.entries()) {
                if (document.loader().kinds().get(e.key().value()).isPresent()) {
                    return e.key().value();
                }
            }
        }
        return "";
    }

    private YamlNode stepNode(WorkflowText text, String id) {
        StepSection section = text.sectionOf(id).orElse(StepSection.STEPS);
        return text.node(List.of(section.key(), id)).orElse(null);
    }

    // ---- values ----------------------------------------------------------------------------------

    /** The selected step's fields as plain values (empty when it is not a map). */
    public Map<String, Object> stepValues() {
        return mapAt(stepPath());
    }

    /** The workflow's top-level fields as plain values, without its steps (a big file's are not copied). */
    public Map<String, Object> workflowValues() {
        Map<String, Object> map = new LinkedHashMap<>();
        if (document != null && document.model().root().orElse(null) instanceof YamlNode.Mapping root) {
            for (YamlNode.Entry e : root.entries()) {
                String key = e.key().value();
                if (java.util.Arrays.stream(StepSection.values()).noneMatch(s -> s.key().equals(key))) {
                    map.putIfAbsent(key, dev.junction.workflow.source.YamlValues.toJava(e.value()));
                }
            }
        }
        return map;
    }

    /** Each input's definition as a map; a bare type ({@code who: string}) reads as {@code {type: string}}. */
    public Map<String, Map<String, Object>> inputs() {
        Map<String, Map<String, Object>> inputs = new LinkedHashMap<>();
        mapAt(List.of("inputs")).forEach((name, spec) -> {
            if (spec instanceof Map<?, ?> map) {
                Map<String, Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(String.valueOf(k), v));
                inputs.put(name, copy);
            } else {
                Map<String, Object> bare = new LinkedHashMap<>();
                bare.put("type", spec == null ? "string" : String.valueOf(spec));
                inputs.put(name, bare);
            }
        });
        return inputs;
    }

    /** The ids the selected step may need: the other steps of its section, in file order. */
    public List<String> needCandidates() {
        WorkflowText text = document.model();
        StepSection section = text.sectionOf(state.step()).orElse(StepSection.STEPS);
        return text.stepIds(section).stream().filter(s -> !s.equals(state.step())).toList();
    }

    /**
     * The action a {@code uses:} step names: read from its folder for a local action (cached until its
     * {@code action.yaml} changes); for a git action, the one the last validation fetched, never fetched here.
     * Empty when it cannot be read.
     */
    public Optional<ActionDefinition> action() {
        WorkflowText text = document.model();
        YamlNode uses = text.node(concat(stepPath(), List.of("uses"))).orElse(null);
        if (!(uses instanceof YamlNode.Scalar reference) || reference.value().isBlank()) {
            return Optional.empty();
        }
        if (GitActionRef.looksLikeGit(reference.value())) {
            return validatedAction(state.step());
        }
        Path base = document.file() == null || document.file().toAbsolutePath().getParent() == null
                ? Path.of("").toAbsolutePath() : document.file().toAbsolutePath().getParent();
        String key = base + "|" + reference.value();
        CachedAction cached = actions.get(key);
        long stamp = stamp(base.resolve(reference.value()).resolve("action.yaml"));
        if (cached == null || cached.stamp() != stamp) {
            // a local folder: nothing is fetched, so no cache of git checkouts is needed
            Optional<ActionDefinition> read = new WorkspaceActions(document.loader().kinds(), null)
                    .resolve(reference.value(), base, reference, new Problems());
            cached = new CachedAction(read, stamp);
            actions.put(key, cached);
        }
        return cached.action();
    }

    private Optional<ActionDefinition> validatedAction(String step) {
        LoadResult validation = document.validationProperty().get();
        return validation == null ? Optional.empty() : validation.workflow()
                .map(w -> w.steps().containsKey(step) ? w.steps().get(step) : w.onFailure().get(step))
                .map(s -> s.spec().config())
                .filter(c -> c instanceof UsesKind.Config)
                .map(c -> ((UsesKind.Config) c).action());
    }

    private record CachedAction(Optional<ActionDefinition> action, long stamp) {}

    private static long stamp(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private List<String> stepPath() {
        if (document == null || state.mode() != Mode.STEP) {
            return List.of("\u0000none");
        }
        StepSection section = document.model().sectionOf(state.step()).orElse(StepSection.STEPS);
        return List.of(section.key(), state.step());
    }

    private Map<String, Object> mapAt(List<String> path) {
        Object value = document.model().value(path).orElse(null);
        Map<String, Object> map = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> map.put(String.valueOf(k), v));
        }
        return map;
    }

    // ---- edits: each returns "" when done, else why not ------------------------------------------

    /**
     * Sets a field of the selected step ({@code [timeout]}, {@code [http, url]}, {@code [with, path]}); null
     * removes it.
     *
     * @param shorthand see {@link FieldWrites#step}
     */
    public String setStepField(List<String> path, Object value, String shorthand) {
        String id = state.step();
        return edit("Set " + String.join(".", path) + " of " + id,
                t -> WorkflowEdit.chain(t, FieldWrites.step(t, id, path, value, shorthand)));
    }

    /** Renames the selected step (its key, needs naming it, template references); the selection follows. */
    public String renameStep(String newId) {
        String old = state.step();
        if (newId == null || newId.isBlank() || newId.equals(old)) {
            return newId == null || newId.isBlank() ? "a step needs an id" : "";
        }
        String error = edit("Rename step " + old + " to " + newId, t -> t.renameStep(old, newId));
        if (error.isEmpty()) {
            selection.select(List.of(newId));
            update();
        }
        return error;
    }

    /** Sets a top-level workflow field; null removes it. */
    public String setWorkflowField(String key, Object value) {
        return edit("Set workflow " + key, t -> WorkflowEdit.chain(t, FieldWrites.workflow(t, key, value)));
    }

    /** Sets one key of an input's definition ({@code type}, {@code default}, …); null removes it. */
    public String setInputField(String name, String key, Object value) {
        return edit("Set " + key + " of input " + name, t -> WorkflowEdit.chain(t, FieldWrites.input(t, name, key, value)));
    }

    /** Adds an input with a type. */
    public String addInput(String name, String type) {
        if (name == null || !INPUT_NAME.matcher(name).matches()) {
            return "an input name is letters, digits and '_', not starting with a digit";
        }
        if (inputs().containsKey(name)) {
            return "there is already an input '" + name + "'";
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("type", type == null || type.isBlank() ? "string" : type);
        return edit("Add input " + name, t -> t.setInput(name, spec));
    }

    /** Renames an input and every {@code inputs.<name>} reference to it. */
    public String renameInput(String oldName, String newName) {
        if (newName == null || newName.isBlank()) {
            return "an input needs a name";
        }
        if (newName.equals(oldName)) {
            return "";
        }
        return edit("Rename input " + oldName + " to " + newName, t -> t.renameInput(oldName, newName));
    }

    public String removeInput(String name) {
        return edit("Remove input " + name, t -> t.removeInput(name));
    }

    private String edit(String description, Function<WorkflowText, WorkflowEdit> operation) {
        if (document == null) {
            return "nothing to edit";
        }
        if (document.syntaxErrorProperty().get() != null) {
            return "fix the YAML syntax error first";
        }
        try {
            document.edit(description, operation, this);
            return "";
        } catch (WorkflowEditException | IllegalArgumentException e) {
            return e.getMessage();
        } catch (IllegalStateException e) {
            return "cannot write this value here: " + e.getMessage();
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Override
    public String toString() {
        return "InspectorViewModel[" + Objects.toString(state) + "]";
    }
}
