package dev.junction.workflow.edit;

import dev.junction.workflow.edit.YamlEditor.MapPlace;
import dev.junction.workflow.source.InvalidDefinitionException;
import dev.junction.workflow.source.Problem;
import dev.junction.workflow.source.Problems;
import dev.junction.workflow.source.YamlNode;
import dev.junction.workflow.source.YamlSource;
import dev.junction.workflow.source.YamlValues;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A workflow file as text plus its parsed tree, and the edits the designer makes to it. Every operation returns a
 * {@link WorkflowEdit}: the minimal text edits and the new document. Only the characters of the element that
 * changes are touched; comments, blank lines, key order, quoting and line breaks elsewhere stay byte-identical.
 *
 * <p>Guarantees: the new text parses, has no more problems than the old, and reads back with the value that was
 * set (checked on every operation; a failed check throws {@link IllegalStateException} and means a bug here).
 * Operations that would change nothing return an empty edit. Values may be Strings, Numbers, Booleans, null,
 * Lists and Maps with String keys (kept in iteration order).
 *
 * <p>Errors: an unknown step, a taken or malformed step id, or a field that holds a list where a map is needed
 * throws {@link WorkflowEditException}; so does a part of the file the editor does not rewrite (an anchored
 * value, an explicit {@code ?} key), with its place. Immutable and thread-safe.
 */
public final class WorkflowText {

    private static final Pattern STEP_ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]*");
    /** What the loader accepts as an input name: a template identifier, so {@code inputs.name} works. */
    private static final Pattern INPUT_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final List<KeyOrder> STEP_ORDERS = List.of(KeyOrder.WORKFLOW, KeyOrder.APPEND, KeyOrder.STEP);

    private final Path file;
    private final String text;
    private final YamlNode root;
    private final List<Problem> problems;
    private final NodeSpans spans;
    private final YamlEditor editor;

    private WorkflowText(Path file, String text, YamlNode root, List<Problem> problems) {
        this.file = file;
        this.text = text;
        this.root = root;
        this.problems = List.copyOf(problems);
        SourceText src = new SourceText(text);
        this.spans = new NodeSpans(src);
        this.editor = new YamlEditor(src, root, spans, Layout.detect(spans, Optional.ofNullable(root)));
    }

    /** @throws InvalidDefinitionException when the text is not YAML (problems located in the text) */
    public static WorkflowText parse(String text) {
        return parse(null, text);
    }

    /**
     * @param file where the text comes from, for problem locations; may be null
     * @throws InvalidDefinitionException when the text is not YAML. Duplicate keys do not throw: they are kept in
     *                                    {@link #problems()} and the first occurrence is the one edited.
     */
    public static WorkflowText parse(Path file, String text) {
        Problems problems = new Problems();
        Optional<YamlNode> root = YamlSource.parse(file, text, problems);
        if (root.isEmpty() && problems.hasErrors()) {
            throw new InvalidDefinitionException(problems.sorted());
        }
        return new WorkflowText(file, text, root.orElse(null), problems.sorted());
    }

    public String text() {
        return text;
    }

    public Path file() {
        return file;
    }

    /** The parsed tree; empty for a text without content (nothing, or only comments). */
    public Optional<YamlNode> root() {
        return Optional.ofNullable(root);
    }

    /** YAML-level problems (duplicate keys); a workflow's own validation is the loader's job. */
    public List<Problem> problems() {
        return problems;
    }

    /** The node at a path of map keys from the top, e.g. {@code ["steps", "build", "run"]}. */
    public Optional<YamlNode> node(List<String> path) {
        YamlNode node = root;
        for (String key : path) {
            if (!(node instanceof YamlNode.Mapping map)) {
                return Optional.empty();
            }
            node = map.get(key).orElse(null);
        }
        return Optional.ofNullable(node);
    }

    /** The plain value at a path (see {@link YamlValues#toJava}). */
    public Optional<Object> value(List<String> path) {
        return node(path).map(YamlValues::toJava);
    }

    /** Step ids of a section in file order; empty when the section is absent or not a map. */
    public List<String> stepIds(StepSection section) {
        return node(List.of(section.key())).orElse(null) instanceof YamlNode.Mapping m
                ? m.entries().stream().map(e -> e.key().value()).toList() : List.of();
    }

    public Optional<StepSection> sectionOf(String stepId) {
        for (StepSection section : StepSection.values()) {
            if (stepIds(section).contains(stepId)) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }

    /** The ids a step needs, whether written {@code needs: a}, {@code needs: [a, b]} or as a block list. */
    public List<String> needs(String stepId) {
        return sectionOf(stepId).flatMap(s -> node(List.of(s.key(), stepId, "needs"))).map(Needs::ids).orElse(List.of());
    }

    // ---------------------------------------------------------------- steps

    /** Appends a step at the end of {@code steps:} (created when missing). */
    public WorkflowEdit addStep(String id, Map<String, ?> fields) {
        return addStep(StepSection.STEPS, id, fields);
    }

    /** Appends a step at the end of a section (created when missing, in the format's key order). */
    public WorkflowEdit addStep(StepSection section, String id, Map<String, ?> fields) {
        requireNewStepId(id);
        Object value = Values.canonical(Objects.requireNonNull(fields, "fields"));
        List<String> path = List.of(section.key(), id);
        return finish(setAt(path, value, List.of(KeyOrder.WORKFLOW, KeyOrder.APPEND)),
                after -> after.stepIds(section).getLast().equals(id) && after.holds(path, value), "adding step " + id);
    }

    /** Removes a step, its comments, and its id from every other step's {@code needs}. */
    public WorkflowEdit removeStep(String id) {
        StepRef step = step(id);
        List<TextEdit> edits = new ArrayList<>();
        if (step.section() == StepSection.ON_FAILURE && step.steps().map().entries().size() == 1) {
            edits.addAll(editor.remove(rootPlace(), List.of(StepSection.ON_FAILURE.key())));
        } else {
            edits.addAll(editor.removeEntry(step.steps(), step.entry()));
        }
        for (StepRef other : allSteps()) {
            if (!other.id().equals(id)) {
                edits.addAll(needs(other).remove(id));
            }
        }
        return finish(edits, after -> after.sectionOf(id).isEmpty() && after.noStepNeeds(id), "removing step " + id);
    }

    /**
     * Renames a step: its key, every {@code needs} entry naming it, and template references
     * {@code steps.old.} / {@code steps['old']} in every value of the document.
     */
    public WorkflowEdit renameStep(String oldId, String newId) {
        StepRef step = step(oldId);
        if (oldId.equals(newId)) {
            return new WorkflowEdit(this, this, List.of());
        }
        requireNewStepId(newId);
        List<TextEdit> edits = new ArrayList<>();
        edits.add(editor.renameKey(step.steps(), step.entry(), newId));
        List<Integer> renamedScalars = new ArrayList<>();
        for (StepRef other : allSteps()) {
            edits.addAll(needs(other).rename(oldId, newId, renamedScalars));
        }
        edits.addAll(new ReferenceRenamer(spans, editor, "steps", oldId, newId, renamedScalars).edits(root));
        List<String> expectedIds = stepIds(step.section()).stream().map(s -> s.equals(oldId) ? newId : s).toList();
        return finish(edits, after -> after.stepIds(step.section()).equals(expectedIds) && after.noStepNeeds(oldId),
                "renaming step " + oldId);
    }

    /**
     * Points one step's {@code needs} and template references at other steps' new ids, all at once (so with
     * {@code a → a-2} and {@code a-2 → a-3} nothing is renamed twice). Steps duplicated as a group use it to
     * depend on each other's copies instead of the originals; references to other steps stay.
     */
    public WorkflowEdit retargetStep(String id, Map<String, String> renames) {
        StepRef step = step(id);
        List<String> expectedNeeds = needs(id).stream().map(n -> renames.getOrDefault(n, n)).toList();
        List<TextEdit> edits = new ArrayList<>();
        List<Integer> renamedScalars = new ArrayList<>();
        Needs needs = needs(step);
        renames.forEach((oldId, newId) -> edits.addAll(needs.rename(oldId, newId, renamedScalars)));
        renames.forEach((oldId, newId) -> edits.addAll(
                new ReferenceRenamer(spans, editor, "steps", oldId, newId, renamedScalars).edits(step.entry().value())));
        return finish(edits, after -> after.needs(id).equals(expectedNeeds), "pointing step " + id + " at the copies");
    }

    /** Copies a step's lines (comments inside it included) under a new id, right after it. */
    public WorkflowEdit duplicateStep(String id, String newId) {
        StepRef step = step(id);
        requireNewStepId(newId);
        List<String> ids = stepIds(step.section());
        Object value = YamlValues.toJava(step.entry().value());
        return finish(editor.duplicateEntry(step.steps(), step.entry(), newId), after -> {
            List<String> newIds = after.stepIds(step.section());
            return newIds.size() == ids.size() + 1 && after.holds(List.of(step.section().key(), newId), value);
        }, "duplicating step " + id);
    }

    /** Sets a field of a step: in place when present (keeping the scalar's quotes), else in the format's key order. */
    public WorkflowEdit setStepField(String id, String key, Object value) {
        return setStepNestedField(id, List.of(key), value);
    }

    /** Sets a field inside a step's map, e.g. {@code ["http", "url"]} or {@code ["env", "FOO"]}; creates maps on the way. */
    public WorkflowEdit setStepNestedField(String id, List<String> path, Object value) {
        requirePath(path);
        StepRef step = step(id);
        Object canonical = Values.canonical(value);
        List<String> full = concat(List.of(step.section().key(), id), path);
        return finish(editor.set(rootPlace(), full, canonical, STEP_ORDERS), after -> after.holds(full, canonical),
                "setting " + String.join(".", full));
    }

    public WorkflowEdit removeStepField(String id, String key) {
        return removeStepNestedField(id, List.of(key));
    }

    /**
     * Removes a field inside a step. A map the removal would leave empty goes too ({@code env}, {@code retry},
     * ...), except the kind's own map ({@code http: {}} stays, so the step keeps its kind). Absent: no edit.
     */
    public WorkflowEdit removeStepNestedField(String id, List<String> path) {
        requirePath(path);
        StepRef step = step(id);
        List<String> stepPath = List.of(step.section().key(), id);
        int depth = path.size();
        while (depth > 1 && node(concat(stepPath, path.subList(0, depth - 1))).orElse(null) instanceof YamlNode.Mapping m
                && m.entries().size() == 1 && (depth > 2 || KeyOrder.STEP_FIELDS.contains(path.getFirst()))) {
            depth--;
        }
        List<String> removed = concat(stepPath, path.subList(0, depth));
        return finish(editor.remove(rootPlace(), removed), after -> after.node(concat(stepPath, path)).isEmpty(),
                "removing " + String.join(".", concat(stepPath, path)));
    }

    // ---------------------------------------------------------------- needs

    /** Adds {@code target} to a step's needs (a flow list, block list or single id). Already there: no edit. */
    public WorkflowEdit addNeed(String id, String target) {
        StepRef step = step(id);
        StepRef other = step(target);
        if (id.equals(target)) {
            throw new WorkflowEditException("step '" + id + "' cannot need itself");
        }
        if (step.section() != other.section()) {
            throw new WorkflowEditException("step '" + id + "' is in " + step.section().key() + " and '" + target
                    + "' in " + other.section().key() + "; needs stay within one section");
        }
        List<String> expected = new ArrayList<>(needs(id));
        expected.add(target);
        return finish(needs(step).add(target), after -> after.needs(id).equals(expected), "adding need " + target);
    }

    /** Removes {@code target} from a step's needs; the last one removes the key. Not there: no edit. */
    public WorkflowEdit removeNeed(String id, String target) {
        StepRef step = step(id);
        List<String> expected = needs(id).stream().filter(n -> !n.equals(target)).toList();
        return finish(needs(step).remove(target), after -> after.needs(id).equals(expected), "removing need " + target);
    }

    // ---------------------------------------------------------------- workflow fields and inputs

    /** Sets a top-level key ({@code name}, {@code description}, {@code env}, ...), new keys in the format's order. */
    public WorkflowEdit setWorkflowField(String key, Object value) {
        requirePath(List.of(key));
        Object canonical = Values.canonical(value);
        return finish(setAt(List.of(key), canonical, List.of(KeyOrder.WORKFLOW)), after -> after.holds(List.of(key), canonical),
                "setting " + key);
    }

    public WorkflowEdit removeWorkflowField(String key) {
        return removeAt(List.of(key));
    }

    /** Sets an input's whole definition (its JSON Schema map), creating {@code inputs:} when missing. */
    public WorkflowEdit setInput(String name, Map<String, ?> spec) {
        requirePath(List.of(name));
        Object canonical = Values.canonical(Objects.requireNonNull(spec, "spec"));
        List<String> path = List.of("inputs", name);
        return finish(setAt(path, canonical, List.of(KeyOrder.WORKFLOW)), after -> after.holds(path, canonical),
                "setting input " + name);
    }

    /** Removes an input; the last one removes {@code inputs:}. */
    public WorkflowEdit removeInput(String name) {
        boolean last = node(List.of("inputs")).orElse(null) instanceof YamlNode.Mapping m && m.entries().size() == 1
                && m.get(name).isPresent();
        return removeAt(last ? List.of("inputs") : List.of("inputs", name));
    }

    /**
     * Renames an input: its key under {@code inputs:} and every template reference {@code inputs.old} /
     * {@code inputs['old']} in the document, so the workflow stays valid.
     */
    public WorkflowEdit renameInput(String oldName, String newName) {
        if (!(node(List.of("inputs")).orElse(null) instanceof YamlNode.Mapping inputs)
                || !(inputs.entry(oldName).orElse(null) instanceof YamlNode.Entry entry)) {
            throw new WorkflowEditException("no input '" + oldName + "'");
        }
        if (oldName.equals(newName)) {
            return new WorkflowEdit(this, this, List.of());
        }
        if (newName == null || !INPUT_NAME.matcher(newName).matches()) {
            throw new WorkflowEditException("'" + newName + "' is not a valid input name: use letters, digits and '_'"
                    + " (not a digit first)");
        }
        if (inputs.entry(newName).isPresent()) {
            throw new WorkflowEditException("an input '" + newName + "' already exists");
        }
        MapPlace top = rootPlace();
        MapPlace place = new MapPlace(inputs, top, top.map().entry("inputs").orElseThrow());
        List<TextEdit> edits = new ArrayList<>();
        edits.add(editor.renameKey(place, entry, newName));
        edits.addAll(new ReferenceRenamer(spans, editor, "inputs", oldName, newName, List.of()).edits(root));
        Object value = YamlValues.toJava(entry.value());
        return finish(edits, after -> after.node(List.of("inputs", oldName)).isEmpty()
                && after.holds(List.of("inputs", newName), value), "renaming input " + oldName);
    }

    /** Sets one key of an existing input's definition, e.g. {@code default}. */
    public WorkflowEdit setInputField(String name, String key, Object value) {
        requirePath(List.of(name, key));
        if (node(List.of("inputs", name)).isEmpty()) {
            throw new WorkflowEditException("no input '" + name + "'");
        }
        Object canonical = Values.canonical(value);
        List<String> path = List.of("inputs", name, key);
        return finish(setAt(path, canonical, List.of()), after -> after.holds(path, canonical), "setting input " + name);
    }

    public WorkflowEdit removeInputField(String name, String key) {
        return removeAt(List.of("inputs", name, key));
    }

    // ---------------------------------------------------------------- internals

    private WorkflowEdit removeAt(List<String> path) {
        if (root == null) {
            return new WorkflowEdit(this, this, List.of());
        }
        return finish(editor.remove(rootPlace(), path), after -> after.node(path).isEmpty(),
                "removing " + String.join(".", path));
    }

    private List<TextEdit> setAt(List<String> path, Object value, List<KeyOrder> orders) {
        if (root != null) {
            return editor.set(rootPlace(), path, value, orders);
        }
        Object nested = value;
        for (int i = path.size() - 1; i >= 1; i--) {
            nested = Map.of(path.get(i), nested);
        }
        String lineBreak = editor.writer().layout().lineBreak();
        boolean unterminated = !text.isEmpty() && !text.endsWith("\n") && !text.endsWith("\r");
        String entry = editor.writer().entry(path.getFirst(), nested, 0,
                new ValueWriter.Hint(ScalarStyle.PLAIN, false, unterminated));
        return List.of(TextEdit.insert(text.length(), unterminated ? lineBreak + entry : entry + lineBreak));
    }

    private WorkflowEdit finish(List<TextEdit> edits, Predicate<WorkflowText> check, String what) {
        if (edits.isEmpty()) {
            return new WorkflowEdit(this, this, List.of());
        }
        String newText = TextEdit.apply(text, edits);
        WorkflowText after;
        try {
            after = parse(file, newText);
        } catch (InvalidDefinitionException e) {
            throw new IllegalStateException(what + " produced text that does not parse: " + e.getMessage());
        }
        if (after.problems.size() > problems.size()) {
            throw new IllegalStateException(what + " introduced a problem: " + after.problems);
        }
        if (!check.test(after)) {
            throw new IllegalStateException(what + " did not read back as intended");
        }
        return new WorkflowEdit(this, after, edits);
    }

    boolean holds(List<String> path, Object value) {
        return node(path).map(n -> Values.same(n, value)).orElse(false);
    }

    private MapPlace rootPlace() {
        if (root instanceof YamlNode.Mapping map) {
            return new MapPlace(map, null, null);
        }
        throw new WorkflowEditException(root == null ? "the file is empty"
                : "a workflow file must be a map of keys at the top, not " + root.describe());
    }

    private StepRef step(String id) {
        return StepRef.find(root, spans, id).orElseThrow(() -> new WorkflowEditException("no step '" + id + "'"));
    }

    private List<StepRef> allSteps() {
        return StepRef.all(root, spans);
    }

    private boolean noStepNeeds(String id) {
        return allSteps().stream().noneMatch(ref -> ref.entry().value() instanceof YamlNode.Mapping m
                && m.get("needs").map(Needs::ids).orElse(List.of()).contains(id));
    }

    private Needs needs(StepRef step) {
        return new Needs(step, spans, editor);
    }

    private void requireNewStepId(String id) {
        if (id == null || !STEP_ID.matcher(id).matches()) {
            throw new WorkflowEditException("'" + id + "' is not a valid step id: use letters, digits, '_' and '-'"
                    + " (not first)");
        }
        if (sectionOf(id).isPresent()) {
            throw new WorkflowEditException("a step '" + id + "' already exists");
        }
    }

    private static void requirePath(List<String> path) {
        if (path.isEmpty() || path.stream().anyMatch(k -> k == null || k.isEmpty())) {
            throw new WorkflowEditException("a field path needs at least one key, none empty: " + path);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
