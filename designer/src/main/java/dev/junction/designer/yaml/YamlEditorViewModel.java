package dev.junction.designer.yaml;

import dev.junction.designer.document.EditorSelection;
import dev.junction.designer.document.WorkflowDocument;
import dev.junction.workflow.edit.TextEdit;
import dev.junction.workflow.edit.WorkflowText;
import dev.junction.workflow.load.LoadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the YAML editor shows and does, apart from the text control: problem marks from the document's
 * validation, the step under the caret (selected in the shared {@link EditorSelection}), and typing and undo
 * going through the document's one undo stack. FX thread only.
 */
public final class YamlEditorViewModel {

    private final WorkflowDocument document;
    private final EditorSelection selection;
    private final Object origin;
    private final ObservableList<ProblemMark> marks = FXCollections.observableArrayList();
    private final ObservableList<ProblemMark> readOnlyMarks = FXCollections.unmodifiableObservableList(marks);
    private final InvalidationListener validationListener = o -> updateMarks();
    private StepRanges steps;
    private WorkflowText stepsOf;

    /** @param origin who the edits come from (the view), so the document can tell the view its own changes */
    public YamlEditorViewModel(WorkflowDocument document, EditorSelection selection, Object origin) {
        this.document = document;
        this.selection = selection;
        this.origin = origin;
        document.validationProperty().addListener(validationListener);
        updateMarks();
    }

    public WorkflowDocument document() {
        return document;
    }

    public EditorSelection selection() {
        return selection;
    }

    /** The current validation's problems in this file, placed on their lines; replaced when it is re-run. */
    public ObservableList<ProblemMark> marks() {
        return readOnlyMarks;
    }

    /** The YAML syntax error of the current text, or null. */
    public ReadOnlyObjectProperty<String> syntaxErrorProperty() {
        return document.syntaxErrorProperty();
    }

    /** Text typed in the editor, as document edits: one undo step per burst of typing. */
    public void typed(List<TextEdit> edits) {
        document.editText("Edit YAML", edits, origin);
    }

    public void undo() {
        document.undo();
    }

    public void redo() {
        document.redo();
    }

    /** The caret moved (by the user) to a document offset: the step there becomes the selection. */
    public void caretMoved(int documentOffset) {
        Optional<String> step = steps().at(documentOffset).map(StepRanges.StepRange::id);
        if (step.isPresent()) {
            selection.select(List.of(step.get()));
        } else if (!selection.steps().isEmpty()) {
            selection.clear();
        }
    }

    /** Where the steps of the last text that parsed lie. */
    public StepRanges steps() {
        WorkflowText model = document.model();
        if (model != stepsOf) {
            stepsOf = model;
            steps = model == null ? StepRanges.of("", Optional.empty()) : StepRanges.of(model.text(), model.root());
        }
        return steps;
    }

    public void dispose() {
        document.validationProperty().removeListener(validationListener);
    }

    private void updateMarks() {
        LoadResult validation = document.validationProperty().get();
        List<ProblemMark> placed = validation == null ? List.of()
                : ProblemMarks.of(validation, document.file(), document.text());
        if (!marks.equals(placed)) {
            marks.setAll(new ArrayList<>(placed));
        }
    }
}
