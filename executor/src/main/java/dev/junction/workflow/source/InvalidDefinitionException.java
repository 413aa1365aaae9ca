package dev.junction.workflow.source;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a definition has errors; carries all of them, already located. */
public final class InvalidDefinitionException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidDefinitionException(List<Problem> problems) {
        super(problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
