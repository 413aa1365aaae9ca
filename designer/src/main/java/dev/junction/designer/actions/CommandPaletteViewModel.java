package dev.junction.designer.actions;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The command palette's state: the query, the actions matching it best first, and the highlighted one.
 * Runs actions through the window's {@link ActionHandlers}. FX thread only.
 */
public final class CommandPaletteViewModel {

    /** One palette line: an action and the text the query is matched against ("Run: Stop Run"). */
    public record Entry(DesignerAction action, String text) {
        public static Entry of(DesignerAction action) {
            return new Entry(action, action.category().label() + ": " + action.plainLabel());
        }
    }

    private final List<Entry> all;
    private final ActionHandlers handlers;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Entry> matches = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Entry> highlighted = new ReadOnlyObjectWrapper<>(this, "highlighted");
    private final Predicate<DesignerAction> shown;

    /**
     * @param shown which actions to list (the palette does not list itself)
     */
    public CommandPaletteViewModel(List<Entry> entries, ActionHandlers handlers, Predicate<DesignerAction> shown) {
        this.all = List.copyOf(entries);
        this.handlers = handlers;
        this.shown = shown;
        query.addListener((obs, old, now) -> filter());
        filter();
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** The entries matching the query, best first (declaration order when the query is empty). */
    public ObservableList<Entry> matches() {
        return FXCollections.unmodifiableObservableList(matches);
    }

    public ReadOnlyObjectProperty<Entry> highlightedProperty() {
        return highlighted.getReadOnlyProperty();
    }

    public void highlight(Entry entry) {
        highlighted.set(entry != null && matches.contains(entry) ? entry : matches.isEmpty() ? null : matches.getFirst());
    }

    /** Moves the highlight by {@code delta} lines, wrapping around. */
    public void move(int delta) {
        if (matches.isEmpty()) {
            return;
        }
        int index = Math.max(matches.indexOf(highlighted.get()), 0);
        highlighted.set(matches.get(Math.floorMod(index + delta, matches.size())));
    }

    public boolean isEnabled(Entry entry) {
        return handlers.enabled(entry.action()).get();
    }

    /**
     * Runs the highlighted action.
     *
     * @return false when nothing is highlighted or the action is disabled (the palette then stays open)
     */
    public boolean runHighlighted() {
        Entry entry = highlighted.get();
        return entry != null && handlers.run(entry.action());
    }

    /** Clears the query for the next time the palette opens. */
    public void reset() {
        query.set("");
        filter();
    }

    private void filter() {
        String q = query.get() == null ? "" : query.get();
        record Scored(Entry entry, int score, int order) {}
        List<Scored> scored = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Entry e = all.get(i);
            if (!shown.test(e.action())) {
                continue;
            }
            int s = Math.max(FuzzyMatch.score(q, e.text()), FuzzyMatch.score(q, e.action().plainLabel()));
            if (s != FuzzyMatch.NO_MATCH) {
                scored.add(new Scored(e, s, i));
            }
        }
        if (!q.isBlank()) {
            scored.sort(Comparator.comparingInt(Scored::score).reversed().thenComparingInt(Scored::order));
        }
        matches.setAll(scored.stream().map(Scored::entry).toList());
        highlighted.set(matches.isEmpty() ? null : matches.getFirst());
    }
}
