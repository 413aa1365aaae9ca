package dev.junction.designer.console;

import dev.junction.run.LogLine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The logs of the run on display: a bounded buffer of lines (the oldest are dropped past the capacity, and a
 * marker row says how many), a step filter, a literal search that can also filter, and follow mode.
 *
 * <p>Threads: {@link #beginRun}, {@link #offer} and {@link #offerAll} may be called from any thread (engine
 * threads, loaders); lines reach the observable lists on the FX thread in batches, at most once per pulse and
 * at most {@link #LINES_PER_PULSE} lines a pulse. Everything else is FX thread only.
 */
public final class LogConsoleViewModel {

    /** Lines kept before the oldest are dropped. */
    public static final int DEFAULT_CAPACITY = 200_000;
    /** Lines applied per pulse; a burst larger than this is spread over several pulses. */
    public static final int LINES_PER_PULSE = 10_000;
    /** Step labels longer than this are cut in the prefix column. */
    static final int MAX_PREFIX = 28;

    /** A line (or, with a null entry, the start of a run) on its way to the FX thread. */
    private record Incoming(String runId, LogEntry entry) {}

    private final int capacity;
    private final LogBuffer lines;
    private final FilteredList<LogEntry> visible;
    private final ObservableList<String> stepChoices = FXCollections.observableArrayList();
    private final StringProperty stepFilter = new SimpleStringProperty(this, "stepFilter");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final BooleanProperty filterMode = new SimpleBooleanProperty(this, "filterMode");
    private final BooleanProperty follow = new SimpleBooleanProperty(this, "follow", true);
    private final ReadOnlyObjectWrapper<LogSearch> search = new ReadOnlyObjectWrapper<>(this, "search", LogSearch.NONE);
    private final ReadOnlyIntegerWrapper matchCount = new ReadOnlyIntegerWrapper(this, "matchCount");
    private final ReadOnlyLongWrapper droppedCount = new ReadOnlyLongWrapper(this, "droppedCount");
    private final ReadOnlyLongWrapper batches = new ReadOnlyLongWrapper(this, "batches");
    private final ReadOnlyStringWrapper runId = new ReadOnlyStringWrapper(this, "runId");
    private final ReadOnlyBooleanWrapper prefixVisible = new ReadOnlyBooleanWrapper(this, "prefixVisible", true);
    private final ReadOnlyIntegerWrapper prefixWidth = new ReadOnlyIntegerWrapper(this, "prefixWidth");
    private final ReadOnlyObjectWrapper<LineSelection> selection = new ReadOnlyObjectWrapper<>(this, "selection");
    private final ReadOnlyIntegerWrapper widestLine = new ReadOnlyIntegerWrapper(this, "widestLine");
    private final Map<String, Set<String>> keysById = new LinkedHashMap<>();
    private final Map<String, Integer> colorById = new HashMap<>();
    private final PulseBatcher<Incoming> incoming = new PulseBatcher<>(LINES_PER_PULSE, this::apply);

    public LogConsoleViewModel() {
        this(DEFAULT_CAPACITY);
    }

    /** @param capacity lines kept before the oldest are dropped (at least 1) */
    public LogConsoleViewModel(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
        this.lines = new LogBuffer(capacity);
        this.visible = new FilteredList<>(lines);
        stepFilter.addListener((obs, old, now) -> refilter());
        filterMode.addListener((obs, old, now) -> refilter());
        query.addListener((obs, old, now) -> {
            search.set(new LogSearch(now));
            refilter();
        });
    }

    // ---- feeding (any thread) ------------------------------------------------------------------

    /** Starts showing a run: what was shown is cleared when this reaches the FX thread. Any thread. */
    public void beginRun(String newRunId) {
        incoming.offer(new Incoming(Objects.requireNonNull(newRunId), null));
    }

    /** Adds a line; lines of another run than the one begun last are ignored. Any thread, never blocks. */
    public void offer(LogLine line) {
        incoming.offer(new Incoming(line.runId(), LogEntry.of(line)));
    }

    /** Adds lines in order, as {@link #offer} does. Any thread. */
    public void offerAll(Collection<LogLine> newLines) {
        List<Incoming> items = new ArrayList<>(newLines.size());
        for (LogLine line : newLines) {
            items.add(new Incoming(line.runId(), LogEntry.of(line)));
        }
        incoming.offerAll(items);
    }

    /** Applies everything offered so far now instead of at the next pulses; FX thread. */
    public void flush() {
        incoming.flush();
    }

    /** Empties the console (the run stays the same); FX thread. */
    public void clear() {
        lines.clear(true);
        droppedCount.set(0);
        widestLine.set(0);
        matchCount.set(0);
    }

    // ---- state (FX thread) ---------------------------------------------------------------------

    /** Every line kept, oldest first (a dropped-lines marker may come first). */
    public ObservableList<LogEntry> lines() {
        return lines;
    }

    /** The lines the view shows: the step filter and, in filter mode, the search applied. */
    public ObservableList<LogEntry> visibleLines() {
        return visible;
    }

    /** Step ids, each followed by its instance keys, in the order they first wrote. */
    public ObservableList<String> stepChoices() {
        return stepChoices;
    }

    /** A step id (its instances included) or instance key to show alone; null for all steps. */
    public StringProperty stepFilterProperty() {
        return stepFilter;
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** When on, only lines matching the query are shown; when off, matches are highlighted. */
    public BooleanProperty filterModeProperty() {
        return filterMode;
    }

    /** Keep the newest line in view; the view turns it off when the user scrolls up. */
    public BooleanProperty followProperty() {
        return follow;
    }

    public ReadOnlyObjectProperty<LogSearch> searchProperty() {
        return search.getReadOnlyProperty();
    }

    /** How many shown lines match the query (0 without one). */
    public ReadOnlyIntegerProperty matchCountProperty() {
        return matchCount.getReadOnlyProperty();
    }

    /** Lines dropped because the buffer was full. */
    public ReadOnlyLongProperty droppedCountProperty() {
        return droppedCount.getReadOnlyProperty();
    }

    /** Increases after each applied batch; the view scrolls to the end on it when following. */
    public ReadOnlyLongProperty batchesProperty() {
        return batches.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty runIdProperty() {
        return runId.getReadOnlyProperty();
    }

    /** Whether rows start with their step (false when the filter leaves a single step without instances). */
    public ReadOnlyBooleanProperty prefixVisibleProperty() {
        return prefixVisible.getReadOnlyProperty();
    }

    /** Width in characters of the step column, so rows line up. */
    public ReadOnlyIntegerProperty prefixWidthProperty() {
        return prefixWidth.getReadOnlyProperty();
    }

    /** The length in characters of the longest line seen since the console was cleared (for horizontal scrolling). */
    public ReadOnlyIntegerProperty widestLineProperty() {
        return widestLine.getReadOnlyProperty();
    }

    int widestLine() {
        return widestLine.get();
    }

    /** The selected lines, or null. */
    public ReadOnlyObjectProperty<LineSelection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public int capacity() {
        return capacity;
    }

    /** Lines kept, without the marker. */
    public int lineCount() {
        return lines.lineCount();
    }

    /** A stable colour slot (0–7) for a step, so each step's prefix keeps its colour. */
    public int colorOf(String stepKey) {
        return colorById.getOrDefault(LogEntry.stepIdOf(stepKey), 0);
    }

    // ---- commands (FX thread) ------------------------------------------------------------------

    /**
     * The index in {@link #visibleLines()} of the next line matching the query, searching forward or backward
     * from {@code from} (exclusive) and wrapping around; -1 when nothing matches.
     */
    public int findMatch(int from, boolean forward) {
        LogSearch s = search.get();
        int size = visible.size();
        if (s.isEmpty() || size == 0) {
            return -1;
        }
        for (int step = 1; step <= size; step++) {
            int i = Math.floorMod(forward ? from + step : from - step, size);
            LogEntry entry = visible.get(i);
            if (!entry.marker() && s.matches(entry.plain())) {
                return i;
            }
        }
        return -1;
    }

    /** Selects lines (null clears). */
    public void select(LineSelection lines) {
        selection.set(lines);
    }

    /** Selects the shown line at {@code index} alone, or extends the selection to it. */
    public void selectIndex(int index, boolean extend) {
        if (index < 0 || index >= visible.size() || visible.get(index).marker()) {
            return;
        }
        long seq = visible.get(index).seq();
        LineSelection current = selection.get();
        selection.set(extend && current != null ? current.withFocus(seq) : LineSelection.of(seq));
    }

    /** Selects every shown line. */
    public void selectAll() {
        int first = !visible.isEmpty() && visible.getFirst().marker() ? 1 : 0;
        if (visible.size() > first) {
            selection.set(new LineSelection(visible.get(first).seq(), visible.getLast().seq()));
        }
    }

    /** The selected lines that are shown, in order (empty without a selection). */
    public List<LogEntry> selectedLines() {
        LineSelection s = selection.get();
        if (s == null) {
            return List.of();
        }
        int from = indexOfSeq(s.first(), true);
        int to = indexOfSeq(s.last(), false);
        return from < 0 || to < from ? List.of() : List.copyOf(visible.subList(from, to + 1));
    }

    /** The index of the selection's focus line among the shown lines, or -1. */
    public int focusIndex() {
        LineSelection s = selection.get();
        if (s == null) {
            return -1;
        }
        int i = indexOfSeq(s.focus(), true);
        return i >= 0 && i < visible.size() && visible.get(i).seq() == s.focus() ? i : -1;
    }

    /**
     * Binary search of the shown lines by sequence number (they are in sequence order, a marker first).
     *
     * @param ceiling true: the first line with a sequence number at least {@code seq}; false: the last at most
     * @return the index, or -1 (ceiling past the end) / -1 (floor before the start)
     */
    int indexOfSeq(long seq, boolean ceiling) {
        int low = !visible.isEmpty() && visible.getFirst().marker() ? 1 : 0;
        int high = visible.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long at = visible.get(mid).seq();
            if (ceiling ? at >= seq : at <= seq) {
                found = mid;
                if (ceiling) {
                    high = mid - 1;
                } else {
                    low = mid + 1;
                }
            } else if (ceiling) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }

    /** The text to put on the clipboard for these rows: plain text, step prefix included when shown. */
    public String copyText(List<LogEntry> entries) {
        boolean prefix = prefixVisible.get();
        return entries.stream()
                .map(e -> prefix && !e.marker() ? "[" + e.stepKey() + "] " + e.plain() : e.plain())
                .collect(Collectors.joining("\n"));
    }

    /** The step label as the prefix column shows it: padded to the column width, long keys cut. */
    public String prefixOf(LogEntry entry) {
        String key = entry.stepKey();
        int width = Math.max(1, prefixWidth.get());
        if (key.length() > width) {
            key = key.substring(0, width - 1) + "…";
        }
        return key + " ".repeat(width - key.length());
    }

    // ---- internals -----------------------------------------------------------------------------

    private void apply(List<Incoming> batch) {
        List<LogEntry> pending = new ArrayList<>(batch.size());
        for (Incoming item : batch) {
            if (item.entry() == null) {
                append(pending);
                pending.clear();
                reset(item.runId());
            } else if (Objects.equals(item.runId(), runId.get())) {
                learn(item.entry().stepKey());
                pending.add(item.entry());
            }
        }
        append(pending);
        batches.set(batches.get() + 1);
    }

    private void reset(String newRunId) {
        runId.set(newRunId);
        keysById.clear();
        colorById.clear();
        stepChoices.clear();
        prefixWidth.set(0);
        clear();
        stepFilter.set(null);
        selection.set(null);
    }

    private void append(List<LogEntry> added) {
        if (added.isEmpty()) {
            return;
        }
        countMatches(added, +1);
        int widest = widestLine.get();
        for (LogEntry entry : added) {
            widest = Math.max(widest, entry.plain().length());
        }
        widestLine.set(widest);
        List<LogEntry> gone = lines.append(added);
        if (!gone.isEmpty()) {
            countMatches(gone, -1);
            droppedCount.set(lines.dropped());
        }
    }

    private void countMatches(List<LogEntry> entries, int sign) {
        LogSearch s = search.get();
        if (s.isEmpty()) {
            return;
        }
        Predicate<LogEntry> step = stepPredicate();
        int n = 0;
        for (LogEntry e : entries) {
            if (!e.marker() && step.test(e) && s.matches(e.plain())) {
                n++;
            }
        }
        matchCount.set(matchCount.get() + sign * n);
    }

    private void learn(String stepKey) {
        String id = LogEntry.stepIdOf(stepKey);
        Set<String> keys = keysById.get(id);
        if (keys != null && (keys.contains(stepKey) || stepKey.equals(id))) {
            return;
        }
        if (keys == null) {
            keys = new LinkedHashSet<>();
            keysById.put(id, keys);
            colorById.put(id, colorById.size() % 8);
        }
        if (!stepKey.equals(id)) {
            keys.add(stepKey);
        }
        List<String> choices = new ArrayList<>();
        keysById.forEach((step, instances) -> {
            choices.add(step);
            choices.addAll(instances);
        });
        stepChoices.setAll(choices);
        int widest = 0;
        for (String choice : choices) {
            widest = Math.max(widest, choice.length());
        }
        prefixWidth.set(Math.min(MAX_PREFIX, widest));
        updatePrefixVisible();
    }

    private Predicate<LogEntry> stepPredicate() {
        String filter = stepFilter.get();
        if (filter == null || filter.isEmpty()) {
            return e -> true;
        }
        if (filter.indexOf('[') >= 0) {
            return e -> e.stepKey().equals(filter);
        }
        String instancePrefix = filter + "[";
        return e -> e.stepKey().equals(filter) || e.stepKey().startsWith(instancePrefix);
    }

    private void refilter() {
        Predicate<LogEntry> step = stepPredicate();
        LogSearch s = search.get();
        boolean stepFiltered = stepFilter.get() != null && !stepFilter.get().isEmpty();
        if (filterMode.get() && !s.isEmpty()) {
            visible.setPredicate(e -> e.marker() || step.test(e) && s.matches(e.plain()));
        } else if (stepFiltered) {
            visible.setPredicate(e -> e.marker() || step.test(e));
        } else {
            visible.setPredicate(null);
        }
        int matches = 0;
        if (filterMode.get() && !s.isEmpty()) {
            matches = visible.size() - (!visible.isEmpty() && visible.getFirst().marker() ? 1 : 0); // all shown match
        } else if (!s.isEmpty()) {
            for (LogEntry e : visible) {
                if (!e.marker() && s.matches(e.plain())) {
                    matches++;
                }
            }
        }
        matchCount.set(matches);
        updatePrefixVisible();
    }

    private void updatePrefixVisible() {
        String filter = stepFilter.get();
        boolean single = filter != null && !filter.isEmpty()
                && (filter.indexOf('[') >= 0 || keysById.getOrDefault(filter, Set.of()).isEmpty());
        prefixVisible.set(!single);
    }
}
