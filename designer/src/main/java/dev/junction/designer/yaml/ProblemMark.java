package dev.junction.designer.yaml;

import dev.junction.workflow.source.Problem;

/**
 * A problem placed in the editor: the 0-based line and the columns {@code [startColumn, endColumn)} to
 * underline (empty when the line has nothing to underline; the gutter still shows it).
 */
public record ProblemMark(Problem problem, int line, int startColumn, int endColumn) {

    public boolean isError() {
        return problem.isError();
    }

    public String styleClass() {
        return problem.isError() ? "problem-error" : "problem-warning";
    }

    /** The message and, on its own line, the hint: for tooltips. */
    public String tooltip() {
        return problem.hint().isEmpty() ? problem.message() : problem.message() + "\nHint: " + problem.hint();
    }
}
