package dev.junction.designer.problems;

import dev.junction.workflow.source.Problem;

/**
 * One row of the problems list.
 *
 * @param step       the step the problem is in, or empty (a workflow-level problem, or another file)
 * @param inDocument whether it is located in the open document (else in another file, e.g. an action's)
 */
public record ProblemItem(Problem problem, String fileName, String step, boolean inDocument) {

    public ProblemItem {
        step = step == null ? "" : step;
    }

    /** {@code file:line:column}, as terminals and IDEs print places. */
    public String place() {
        return fileName + ":" + problem.location().line() + ":" + problem.location().column();
    }
}
