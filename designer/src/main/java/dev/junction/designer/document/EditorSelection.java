package dev.junction.designer.document;

import java.util.Collection;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * What is selected in one open workflow, shared by its canvas, text editor, inspector and problems list:
 * the selected step ids, and a request to show a place in the text. FX thread only.
 */
public final class EditorSelection {

    /** A place in the text to reveal (caret there, scrolled into view). */
    public record TextTarget(int offset, int line, int column) {}

    private final ObservableSet<String> steps = FXCollections.observableSet(new java.util.LinkedHashSet<>());
    private final ObjectProperty<TextTarget> reveal = new SimpleObjectProperty<>(this, "reveal");

    public ObservableSet<String> steps() {
        return steps;
    }

    /** Replaces the selection (one change event, not one per id). */
    public void select(Collection<String> ids) {
        if (steps.equals(Set.copyOf(ids))) {
            return;
        }
        steps.retainAll(ids);
        steps.addAll(ids);
    }

    public void clear() {
        steps.clear();
    }

    /** The only selected step, or null when none or several are selected. */
    public String single() {
        return steps.size() == 1 ? steps.iterator().next() : null;
    }

    public ObjectProperty<TextTarget> revealProperty() {
        return reveal;
    }

    public void reveal(TextTarget target) {
        reveal.set(null); // the same place twice must still fire
        reveal.set(target);
    }
}
