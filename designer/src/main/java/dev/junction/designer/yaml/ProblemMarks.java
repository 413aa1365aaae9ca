package dev.junction.designer.yaml;

import dev.junction.workflow.load.LoadResult;
import dev.junction.workflow.source.Problem;
import dev.junction.workflow.source.YamlNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Places a validation's problems in a text: each on its line, underlining the node (or word) it is about. */
final class ProblemMarks {

    private ProblemMarks() {}

    /** The marks of the problems located in {@code file} (others, e.g. in an action's file, are left out). */
    static List<ProblemMark> of(LoadResult validation, Path file, String text) {
        Map<Integer, Integer> nodeEnds = new HashMap<>();
        validation.tree().ifPresent(root -> collectEnds(root, nodeEnds));
        List<Integer> lineStarts = lineStarts(text);
        List<ProblemMark> marks = new ArrayList<>();
        for (Problem p : validation.problems()) {
            if (!sameFile(p.location().file(), file)) {
                continue;
            }
            int line = Math.clamp(p.location().line() - 1, 0, lineStarts.size() - 1);
            int lineStart = lineStarts.get(line);
            int lineEnd = lineEnd(text, lineStart);
            int start = Math.clamp(lineStart + p.location().column() - 1, lineStart, lineEnd);
            Integer nodeEnd = p.location().offset() == start ? nodeEnds.get(start) : null;
            int end = nodeEnd != null ? Math.min(nodeEnd, lineEnd) : wordEnd(text, start, lineEnd);
            if (end <= start && start > lineStart) {
                start = previousWordStart(text, start, lineStart); // a problem at the end of a line: the last word
                end = wordEnd(text, start, lineEnd);
            }
            marks.add(new ProblemMark(p, line, start - lineStart, Math.max(start, end) - lineStart));
        }
        return marks;
    }

    private static boolean sameFile(Path a, Path b) {
        if (a == null || b == null) {
            return true;
        }
        return Objects.equals(a.toAbsolutePath().normalize(), b.toAbsolutePath().normalize());
    }

    private static void collectEnds(YamlNode node, Map<Integer, Integer> ends) {
        ends.merge(node.location().offset(), node.endOffset(), Math::min); // the smallest node starting there
        switch (node) {
            case YamlNode.Mapping m -> m.entries().forEach(e -> {
                ends.merge(e.key().location().offset(), e.key().endOffset(), Math::min);
                collectEnds(e.value(), ends);
            });
            case YamlNode.Sequence s -> s.items().forEach(i -> collectEnds(i, ends));
            case YamlNode.Scalar s -> { }
        }
    }

    private static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    private static int lineEnd(String text, int lineStart) {
        int i = lineStart;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int wordEnd(String text, int start, int lineEnd) {
        int i = start;
        while (i < lineEnd && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int previousWordStart(String text, int from, int lineStart) {
        int i = from;
        while (i > lineStart && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        while (i > lineStart && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
