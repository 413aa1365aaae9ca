package dev.junction.designer.document;

import dev.junction.workflow.edit.TextEdit;
import dev.junction.workflow.edit.WorkflowEdit;
import dev.junction.workflow.edit.WorkflowText;
import dev.junction.workflow.load.LoadResult;
import dev.junction.workflow.load.WorkflowLoader;
import dev.junction.workflow.source.InvalidDefinitionException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One open workflow file. Its text is the source of truth; everything else is derived from it: the parsed
 * {@link WorkflowText} (the last text that parsed, so the canvas keeps its last good state while the text is
 * broken), and the loader's full validation (computed off the FX thread). Every change, from any view, is a
 * {@link DocumentCommand} on the one undo stack.
 *
 * <p>FX thread only (validation results are handed back to it). Saving writes the text exactly: a file
 * opened and saved unchanged stays byte-identical.
 */
public final class WorkflowDocument {

    /** Typing within this time of the previous keystroke extends the same undo step. */
    private static final Duration MERGE_WINDOW = Duration.ofMillis(1200);
    /** Texts up to this size (about a 300-step file) parse in under a few milliseconds: keep them in step. */
    private static final int SYNC_PARSE_LIMIT = 32 * 1024;
    private static final ExecutorService VALIDATION = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "junction-validation");
        t.setDaemon(true);
        return t;
    });

    private final Path file;
    private final WorkflowLoader loader;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text");
    private final ReadOnlyObjectWrapper<WorkflowText> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyObjectWrapper<String> syntaxError = new ReadOnlyObjectWrapper<>(this, "syntaxError");
    private final ReadOnlyObjectWrapper<LoadResult> validation = new ReadOnlyObjectWrapper<>(this, "validation");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyObjectWrapper<DocumentChange> lastChange = new ReadOnlyObjectWrapper<>(this, "lastChange");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final List<DocumentCommand> undoStack = new ArrayList<>();
    private final List<DocumentCommand> redoStack = new ArrayList<>();
    private String savedText;
    private boolean mergeBarrier = true;

    private WorkflowDocument(Path file, String initialText, WorkflowLoader loader) {
        this.file = file;
        this.loader = loader;
        this.savedText = initialText;
        text.set(initialText);
        applyParse(0, parse(initialText));
        scheduleAnalysis(0, initialText, false);
    }

    /** Opens a file as it is on disk (UTF-8). */
    public static WorkflowDocument open(Path file, WorkflowLoader loader) throws IOException {
        return new WorkflowDocument(file, Files.readString(file, StandardCharsets.UTF_8), loader);
    }

    /** A document over text that is not (yet) on disk, or is being created. */
    public static WorkflowDocument of(Path file, String text, WorkflowLoader loader) {
        return new WorkflowDocument(file, text, loader);
    }

    public Path file() {
        return file;
    }

    public WorkflowLoader loader() {
        return loader;
    }

    // ---- state -----------------------------------------------------------------------------------

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public String text() {
        return text.get();
    }

    /** The last text that parsed as YAML; unchanged while the current text does not parse. */
    public ReadOnlyObjectProperty<WorkflowText> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public WorkflowText model() {
        return model.get();
    }

    /** The YAML syntax error of the current text, or null when it parses. */
    public ReadOnlyObjectProperty<String> syntaxErrorProperty() {
        return syntaxError.getReadOnlyProperty();
    }

    /** The loader's full validation of the current text; may lag the text by one debounce. */
    public ReadOnlyObjectProperty<LoadResult> validationProperty() {
        return validation.getReadOnlyProperty();
    }

    /** Increases with every change; views re-render from it. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The latest change, for text views that apply edits instead of replacing their whole content. */
    public ReadOnlyObjectProperty<DocumentChange> lastChangeProperty() {
        return lastChange.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** What undo would revert ("Add step build"), or empty. */
    public String undoDescription() {
        return undoStack.isEmpty() ? "" : undoStack.getLast().description();
    }

    public String redoDescription() {
        return redoStack.isEmpty() ? "" : redoStack.getLast().description();
    }

    // ---- changes ---------------------------------------------------------------------------------

    /**
     * Applies one operation of the edit layer (add step, set field, add need, …) as one undoable command.
     *
     * @param operation gets the current parsed text; for example {@code t -> t.addNeed("deploy", "build")}
     * @return false when the operation changed nothing
     * @throws IllegalStateException when the text does not parse (structured edits need a parsed document)
     * @throws dev.junction.workflow.edit.WorkflowEditException when the operation is not possible (unknown
     *         step, taken id, …); nothing changes
     */
    public boolean edit(String description, Function<WorkflowText, WorkflowEdit> operation, Object origin) {
        WorkflowEdit result = operation.apply(modelNow());
        if (result.isEmpty()) {
            return false;
        }
        mergeBarrier = true;
        push(new DocumentCommand(description, result.edits(), result.undoEdits(), Instant.now(), origin), false,
                result.after());
        mergeBarrier = true;
        return true;
    }

    /**
     * The parse of the current text, made now if the background parse has not caught up yet (typing parses
     * off the FX thread: a 1,000-step file takes tens of milliseconds).
     *
     * @throws IllegalStateException when the current text does not parse
     */
    public WorkflowText modelNow() {
        if (modelRevision != revision.get()) {
            applyParse(revision.get(), parse(text.get()));
        }
        if (syntaxError.get() != null) {
            throw new IllegalStateException("the text has a syntax error; fix it in the YAML editor first");
        }
        return model.get();
    }

    /**
     * Applies edits made in a text view (typing, paste) as one undoable command. Consecutive typing from the
     * same view within a short time extends the previous command, as editors do.
     */
    public void editText(String description, List<TextEdit> edits, Object origin) {
        if (edits.isEmpty()) {
            return;
        }
        List<TextEdit> backward = TextEdit.inverse(text.get(), edits);
        push(new DocumentCommand(description, edits, backward, Instant.now(), origin), true, null);
    }

    /** Replaces the whole text as one command, with the smallest single edit that does it. */
    public void replaceText(String description, String newText, Object origin) {
        List<TextEdit> edits = TextEdit.minimal(text.get(), newText);
        if (edits.isEmpty()) {
            return;
        }
        mergeBarrier = true;
        editText(description, edits, origin);
        mergeBarrier = true;
    }

    public void undo() {
        if (undoStack.isEmpty()) {
            return;
        }
        DocumentCommand command = undoStack.removeLast();
        redoStack.add(command);
        apply(command.backward(), null, null);
        mergeBarrier = true;
    }

    public void redo() {
        if (redoStack.isEmpty()) {
            return;
        }
        DocumentCommand command = redoStack.removeLast();
        undoStack.add(command);
        apply(command.forward(), null, null);
        mergeBarrier = true;
    }

    /** Writes the text to the file, exactly. */
    public void save() throws IOException {
        Files.writeString(file, text.get(), StandardCharsets.UTF_8);
        savedText = text.get();
        dirty.set(false);
        mergeBarrier = true;
    }

    /** Runs the loader's validation now and waits for it (tests, and before a run). */
    public LoadResult validateNow() {
        LoadResult result = loader.parse(file, text.get());
        validation.set(result);
        return result;
    }

    private void push(DocumentCommand command, boolean mergeable, WorkflowText parsedAfter) {
        DocumentCommand previous = undoStack.isEmpty() ? null : undoStack.getLast();
        boolean merge = mergeable && !mergeBarrier && previous != null && Objects.equals(previous.origin(), command.origin())
                && Duration.between(previous.time(), command.time()).compareTo(MERGE_WINDOW) < 0;
        String beforeBurst = merge ? TextEdit.apply(text.get(), previous.backward()) : null;
        apply(command.forward(), command.origin(), parsedAfter);
        if (merge) {
            // one undo step for the whole burst of typing: the minimal edit between before-burst and now
            undoStack.set(undoStack.size() - 1, new DocumentCommand(previous.description(),
                    TextEdit.minimal(beforeBurst, text.get()), TextEdit.minimal(text.get(), beforeBurst), command.time(),
                    command.origin()));
        } else {
            undoStack.add(command);
        }
        redoStack.clear();
        mergeBarrier = !mergeable;
        canUndo.set(true);
        canRedo.set(false);
    }

    private void apply(List<TextEdit> edits, Object origin, WorkflowText parsedAfter) {
        setText(TextEdit.apply(text.get(), edits), parsedAfter);
        lastChange.set(new DocumentChange(revision.get(), edits, origin));
        canUndo.set(!undoStack.isEmpty());
        canRedo.set(!redoStack.isEmpty());
    }

    /**
     * @param parsed the new text already parsed (structured edits have it), or null: then small texts are parsed
     *               at once and big ones (a 1,000-step file takes tens of milliseconds) in the background
     */
    private void setText(String newText, WorkflowText parsed) {
        text.set(newText);
        dirty.set(!newText.equals(savedText));
        revision.set(revision.get() + 1);
        Parse now = parsed != null ? new Parse(parsed, null) : newText.length() <= SYNC_PARSE_LIMIT ? parse(newText) : null;
        if (now != null) {
            applyParse(revision.get(), now);
        }
        scheduleAnalysis(revision.get(), newText, now == null);
    }

    /** A parse of one revision: the parsed text, or the syntax error. */
    private record Parse(WorkflowText text, String syntaxError) {}

    private Parse parse(String newText) {
        try {
            return new Parse(WorkflowText.parse(file, newText), null);
        } catch (InvalidDefinitionException e) {
            return new Parse(null, e.problems().isEmpty() ? e.getMessage() : e.problems().getFirst().format());
        }
    }

    private void applyParse(long forRevision, Parse parse) {
        if (parse.text() != null) {
            model.set(parse.text()); // a broken text keeps the last good model
        }
        syntaxError.set(parse.syntaxError());
        modelRevision = forRevision;
    }

    /** Parses (when needed) and validates off the FX thread; results for a superseded revision are dropped. */
    private void scheduleAnalysis(long forRevision, String snapshot, boolean needsParse) {
        currentRevision = forRevision; // before the task starts: it must not see the previous revision
        VALIDATION.execute(() -> {
            if (forRevision != currentRevision) {
                return; // a newer text is queued: skip the stale one
            }
            Parse parse = needsParse ? parse(snapshot) : null;
            LoadResult result = loader.parse(file, snapshot);
            Platform.runLater(() -> {
                if (revision.get() == forRevision) {
                    if (parse != null && modelRevision != forRevision) {
                        applyParse(forRevision, parse);
                    }
                    validation.set(result);
                }
            });
        });
    }

    private long modelRevision = -1;
    private volatile long currentRevision;
}
