package dev.junction.designer.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.reactfx.Subscription;

/**
 * Colours a code area. The text is lexed off the FX thread (the latest revision wins); the FX thread then
 * restyles only the lines whose tokens or problem marks differ from what each line was last given. Which
 * lines that are is known without reading the area back: every text change marks the lines it touched as
 * unknown. A big first colouring goes visible lines first, then the rest in slices, one slice per pulse, so the
 * FX thread never stalls on a 1,000-step file.
 */
final class YamlHighlighter {

    /** Lines restyled per pulse when a lot is stale (first colouring, a quote opened at the top). */
    static final int SLICE = 200;

    private static final ExecutorService LEXER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "junction-yaml-highlight");
        t.setDaemon(true);
        return t;
    });

    /** Times of the last highlight, for measurements. */
    record Timing(long lexNanos, long applyNanos, int lines, int restyledLines, long firstPaintNanos,
                  long longestSliceNanos) {}

    private final CodeArea area;
    private final LongSupplier revision;
    private final AtomicLong latest = new AtomicLong(-1);
    private final Subscription changes;
    /** Per paragraph: the tokens it was styled with, or null when its text changed since (or never styled). */
    private final List<YamlLexer.Line> styledLines = new ArrayList<>();
    /** Per paragraph: the marks it was styled with. */
    private final List<List<ProblemMark>> styledMarks = new ArrayList<>();
    private List<YamlLexer.Line> lexed = List.of();
    private Map<Integer, List<ProblemMark>> marks = Map.of();
    private long lexedRevision = -1;
    private long lastLexNanos;
    private long pending;
    private long startedAt;
    private long applyNanos;
    private int restyled;
    private long firstPaintNanos;
    private long longestSlice;
    private Timing timing = new Timing(0, 0, 0, 0, 0, 0);
    private boolean disposed;

    /** @param area holds the document's text already; its changes are followed from here on */
    YamlHighlighter(CodeArea area, LongSupplier revision) {
        this.area = area;
        this.revision = revision;
        styledLines.addAll(Collections.nCopies(area.getParagraphs().size(), null));
        styledMarks.addAll(Collections.nCopies(area.getParagraphs().size(), List.of()));
        changes = area.plainTextChanges().subscribe(this::textChangedInArea);
    }

    /**
     * Colours the first lines now, on this thread, before the area is shown: a view that opens already coloured
     * (restyling lines on screen later would rebuild their cells). The rest follows from {@link #textChanged}.
     */
    void colourTop(String documentText, int lines) {
        List<YamlLexer.Line> top = YamlLexer.lex(LineEndings.toEditor(documentText), lines);
        List<YamlLexer.Line> saved = lexed;
        lexed = top;
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < Math.min(top.size(), styledLines.size()); i++) {
            all.add(i);
        }
        apply(all);
        lexed = saved;
    }

    /** The document changed: lexes its text in the background and restyles when it is still current. */
    void textChanged(String documentText, long atRevision) {
        latest.set(atRevision);
        LEXER.execute(() -> {
            if (latest.get() != atRevision) {
                return; // a newer text is queued
            }
            long start = System.nanoTime();
            List<YamlLexer.Line> lines = YamlLexer.lex(LineEndings.toEditor(documentText));
            long took = System.nanoTime() - start;
            Platform.runLater(() -> {
                if (!disposed && revision.getAsLong() == atRevision) {
                    lexed = lines;
                    lexedRevision = atRevision;
                    lastLexNanos = took;
                    startedAt = System.nanoTime();
                    applyNanos = 0;
                    restyled = 0;
                    firstPaintNanos = 0;
                    longestSlice = 0;
                    restyle(true);
                }
            });
        });
    }

    void setMarks(List<ProblemMark> newMarks) {
        Map<Integer, List<ProblemMark>> byLine = new HashMap<>();
        newMarks.forEach(m -> byLine.computeIfAbsent(m.line(), l -> new ArrayList<>()).add(m));
        marks = byLine;
        if (lexedRevision == revision.getAsLong()) {
            restyle(true);
        }
    }

    /** Whether every line shows the colours of the current text. */
    boolean isCurrent() {
        return lexedRevision == revision.getAsLong() && pending == 0;
    }

    Timing lastTiming() {
        return timing;
    }

    void dispose() {
        disposed = true;
        changes.unsubscribe();
    }

    /** Lines a change touched are unknown until restyled; lines after it move with it. */
    private void textChangedInArea(PlainTextChange change) {
        int line = area.offsetToPosition(change.getPosition(), org.fxmisc.richtext.model.TwoDimensional.Bias.Backward)
                .getMajor();
        int removed = count(change.getRemoved()) + 1;
        int inserted = count(change.getInserted()) + 1;
        int end = Math.min(line + removed, styledLines.size());
        styledLines.subList(line, end).clear();
        styledMarks.subList(line, end).clear();
        styledLines.addAll(line, Collections.nCopies(inserted, null));
        styledMarks.addAll(line, Collections.nCopies(inserted, List.of()));
    }

    private static int count(String text) {
        int n = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            n++;
        }
        return n;
    }

    /** Restyles stale lines: all of them when few, else the visible ones now and a slice per pulse after. */
    private void restyle(boolean visibleFirst) {
        long start = System.nanoTime();
        if (disposed || lexedRevision != revision.getAsLong() || styledLines.size() != lexed.size()
                || area.getParagraphs().size() != lexed.size()) {
            return; // a newer text is on its way; its lexing will restyle
        }
        List<Integer> stale = staleLines();
        if (visibleFirst && stale.size() > SLICE && !area.getVisibleParagraphs().isEmpty()) {
            int first = Math.max(0, area.firstVisibleParToAllParIndex() - 20);
            int last = area.lastVisibleParToAllParIndex() + 20;
            apply(stale.stream().filter(i -> i >= first && i <= last).toList());
            firstPaintNanos = System.nanoTime() - startedAt;
            stale = staleLines();
        }
        apply(stale.subList(0, Math.min(SLICE, stale.size())));
        long took = System.nanoTime() - start;
        applyNanos += took;
        longestSlice = Math.max(longestSlice, took);
        if (stale.size() > SLICE) {
            pending = 1;
            Platform.runLater(() -> restyle(false)); // the next slice after this pulse
        } else {
            pending = 0;
            timing = new Timing(lastLexNanos, applyNanos, lexed.size(), restyled,
                    firstPaintNanos == 0 ? System.nanoTime() - startedAt : firstPaintNanos, longestSlice);
        }
    }

    /**
     * Lines to restyle: those whose text changed, those whose marks changed, and the lines after a changed one
     * until one lexes exactly as before (the same tokens and the same state after it: from there on nothing
     * differs), so typing in a long file looks at a few lines, not all of them.
     */
    private List<Integer> staleLines() {
        List<Integer> stale = new ArrayList<>();
        boolean propagating = false;
        for (int i = 0; i < lexed.size(); i++) {
            YamlLexer.Line styled = styledLines.get(i);
            boolean isStale;
            if (styled == null) {
                isStale = true;
            } else if (propagating) {
                isStale = !styled.equals(lexed.get(i));
            } else {
                isStale = false;
            }
            if (!isStale && (marks.containsKey(i) || !styledMarks.get(i).isEmpty())) {
                isStale = !marksAt(i).equals(styledMarks.get(i));
            }
            if (isStale) {
                stale.add(i);
            }
            propagating = styled == null || propagating && isStale;
        }
        return stale;
    }

    private List<ProblemMark> marksAt(int line) {
        return marks.getOrDefault(line, List.of());
    }

    /** Restyles the given lines (ascending), one call per run of consecutive lines. */
    private void apply(List<Integer> lines) {
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j + 1 < lines.size() && lines.get(j + 1) == lines.get(j) + 1) {
                j++;
            }
            int from = lines.get(i);
            List<List<EditorStyles.Run>> runs = new ArrayList<>();
            for (int line = from; line <= lines.get(j); line++) {
                runs.add(EditorStyles.runs(lexed.get(line), marksAt(line)));
                styledLines.set(line, lexed.get(line));
                styledMarks.set(line, marksAt(line));
            }
            area.setStyleSpans(area.getAbsolutePosition(from, 0), EditorStyles.spans(runs));
            restyled += runs.size();
            i = j + 1;
        }
    }

    @Override
    public String toString() {
        return "YamlHighlighter[" + Objects.toString(timing) + "]";
    }
}
