package dev.junction.designer.yaml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** The style runs each line should have: its tokens plus problem underlines. */
final class EditorStyles {

    /** A run of {@code length} characters with one style (a shared, immutable list of CSS classes). */
    record Run(int length, Collection<String> style) {}

    private static final List<String> NONE = List.of();
    private static final Map<String, List<String>> COMBINED = new ConcurrentHashMap<>();

    private EditorStyles() {}

    /** The runs of a line: merged, no empty ones; an empty line has none. */
    static List<Run> runs(YamlLexer.Line line, List<ProblemMark> marks) {
        List<Run> runs = new ArrayList<>();
        if (line.length() == 0) {
            return runs;
        }
        if (marks.isEmpty()) {
            int at = 0;
            for (YamlLexer.Token t : line.tokens()) {
                add(runs, t.start() - at, NONE);
                add(runs, t.end() - t.start(), t.type().styles());
                at = t.end();
            }
            add(runs, line.length() - at, NONE);
            return runs;
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, line.length()));
        line.tokens().forEach(t -> {
            cuts.add(t.start());
            cuts.add(t.end());
        });
        marks.forEach(m -> {
            cuts.add(Math.min(m.startColumn(), line.length()));
            cuts.add(Math.min(m.endColumn(), line.length()));
        });
        Integer from = null;
        for (Integer cut : cuts) {
            if (from != null && cut > from) {
                add(runs, cut - from, style(tokenAt(line, from), markAt(marks, from)));
            }
            from = cut;
        }
        return runs;
    }

    private static YamlToken tokenAt(YamlLexer.Line line, int column) {
        for (YamlLexer.Token t : line.tokens()) {
            if (column >= t.start() && column < t.end()) {
                return t.type();
            }
        }
        return null;
    }

    /** Errors win over warnings where both underline the same characters. */
    private static String markAt(List<ProblemMark> marks, int column) {
        String found = null;
        for (ProblemMark m : marks) {
            if (column >= m.startColumn() && column < m.endColumn()) {
                if (m.isError()) {
                    return m.styleClass();
                }
                found = m.styleClass();
            }
        }
        return found;
    }

    private static List<String> style(YamlToken token, String mark) {
        if (mark == null) {
            return token == null ? NONE : token.styles();
        }
        String key = (token == null ? "" : token.styleClass()) + "|" + mark;
        return COMBINED.computeIfAbsent(key, k -> token == null ? List.of(mark) : List.of(token.styleClass(), mark));
    }

    private static void add(List<Run> runs, int length, Collection<String> style) {
        if (length <= 0) {
            return;
        }
        if (!runs.isEmpty() && runs.getLast().style().equals(style)) {
            runs.set(runs.size() - 1, new Run(runs.getLast().length() + length, style));
        } else {
            runs.add(new Run(length, style));
        }
    }

    /** Style spans for consecutive lines, one character of no style for each line break between them. */
    static StyleSpans<Collection<String>> spans(List<List<Run>> lines) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        boolean any = false;
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                builder.add(NONE, 1);
                any = true;
            }
            for (Run run : lines.get(i)) {
                builder.add(run.style(), run.length());
                any = true;
            }
        }
        if (!any) {
            builder.add(NONE, 0);
        }
        return builder.create();
    }
}
