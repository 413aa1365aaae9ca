package dev.junction.designer.problems;

import dev.junction.designer.document.EditorSelection;
import dev.junction.designer.document.WorkflowDocument;
import dev.junction.designer.yaml.StepRanges;
import dev.junction.workflow.load.LoadResult;
import dev.junction.workflow.source.Location;
import dev.junction.workflow.source.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The problems of one open document (from its latest validation, errors first in file order), and what opening
 * one does: select the step it is in and reveal its place in the text. FX thread only.
 */
public final class ProblemsViewModel {

    private final ObservableList<ProblemItem> items = FXCollections.observableArrayList();
    private final ObservableList<ProblemItem> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyIntegerWrapper errors = new ReadOnlyIntegerWrapper(this, "errors");
    private final ReadOnlyIntegerWrapper warnings = new ReadOnlyIntegerWrapper(this, "warnings");
    private final InvalidationListener validationListener = o -> refresh();
    private WorkflowDocument document;
    private EditorSelection selection;
    private StepRanges steps = StepRanges.of("", java.util.Optional.empty());

    /** Shows another document's problems; null for none. */
    public void setTarget(WorkflowDocument document, EditorSelection selection) {
        if (this.document != null) {
            this.document.validationProperty().removeListener(validationListener);
        }
        this.document = document;
        this.selection = selection;
        if (document != null) {
            document.validationProperty().addListener(validationListener);
        }
        refresh();
    }

    public ObservableList<ProblemItem> items() {
        return readOnlyItems;
    }

    public ReadOnlyIntegerProperty errorsProperty() {
        return errors.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    /** "2 errors, 1 warning", or "No problems". */
    public String summary() {
        if (errors.get() == 0 && warnings.get() == 0) {
            return "No problems";
        }
        List<String> parts = new ArrayList<>();
        if (errors.get() > 0) {
            parts.add(errors.get() + (errors.get() == 1 ? " error" : " errors"));
        }
        if (warnings.get() > 0) {
            parts.add(warnings.get() + (warnings.get() == 1 ? " warning" : " warnings"));
        }
        return String.join(", ", parts);
    }

    /**
     * Goes to a problem: the step it is in becomes the selection (the inspector and canvas follow) and the
     * text editor shows its place. A problem in another file changes nothing here.
     */
    public void open(ProblemItem item) {
        if (item == null || document == null || !item.inDocument()) {
            return;
        }
        if (!item.step().isEmpty()) {
            selection.select(List.of(item.step()));
        }
        Location at = item.problem().location();
        selection.reveal(new EditorSelection.TextTarget(at.offset(), at.line(), at.column()));
    }

    private void refresh() {
        LoadResult validation = document == null ? null : document.validationProperty().get();
        if (validation == null) {
            items.clear();
            errors.set(0);
            warnings.set(0);
            return;
        }
        steps = StepRanges.of(document.text(), validation.tree());
        List<ProblemItem> rows = new ArrayList<>();
        int e = 0;
        int w = 0;
        for (Problem p : validation.problems()) {
            boolean here = sameFile(p.location().file(), document.file());
            String step = here ? steps.at(p.location().offset()).map(StepRanges.StepRange::id).orElse("") : "";
            Path file = p.location().file() != null ? p.location().file() : document.file();
            rows.add(new ProblemItem(p, file == null ? "<unsaved>" : String.valueOf(file.getFileName()), step, here));
            if (p.isError()) {
                e++;
            } else {
                w++;
            }
        }
        // errors first, each group in file order (the loader sorts by place)
        rows.sort((a, b) -> Boolean.compare(!a.problem().isError(), !b.problem().isError()));
        items.setAll(rows);
        errors.set(e);
        warnings.set(w);
    }

    private static boolean sameFile(Path a, Path b) {
        if (a == null || b == null) {
            return true;
        }
        return Objects.equals(a.toAbsolutePath().normalize(), b.toAbsolutePath().normalize());
    }
}
