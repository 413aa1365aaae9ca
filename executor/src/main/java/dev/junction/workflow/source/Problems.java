package dev.junction.workflow.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects problems while a definition is read, so that every problem is reported at once instead of
 * stopping at the first. Not thread-safe: one instance per load.
 */
public final class Problems {

    private final List<Problem> list = new ArrayList<>();

    public void error(Location location, String message, String hint) {
        list.add(Problem.error(location, message, hint));
    }

    public void error(YamlNode node, String message, String hint) {
        error(node.location(), message, hint);
    }

    public void warning(YamlNode node, String message, String hint) {
        list.add(new Problem(Problem.Severity.WARNING, node.location(), message, hint));
    }

    public void add(Problem problem) {
        list.add(problem);
    }

    public void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    public boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    /** All problems, in the order of their place in the file. */
    public List<Problem> sorted() {
        return list.stream()
                .sorted(Comparator.comparing((Problem p) -> String.valueOf(p.location().file()))
                        .thenComparingInt(p -> p.location().line())
                        .thenComparingInt(p -> p.location().column()))
                .distinct()
                .toList();
    }
}
