package dev.junction.git.graphdiff;

import dev.junction.workflow.source.Problem;
import java.util.List;

/** One of the two versions is not YAML, so it has no graph to compare; the text diff still works. */
public final class UnreadableWorkflowException extends Exception {

    /** Which of the two versions could not be read. */
    public enum Version { OLD, NEW }

    private final Version version;
    private final List<Problem> problems;

    public UnreadableWorkflowException(Version version, List<Problem> problems) {
        super("The " + (version == Version.OLD ? "old" : "new") + " version is not valid YAML, so there is no graph to"
                + " compare (" + (problems.isEmpty() ? "no detail" : problems.getFirst().format())
                + "). Fix the text, or compare the texts instead.");
        this.version = version;
        this.problems = List.copyOf(problems);
    }

    public Version version() {
        return version;
    }

    public List<Problem> problems() {
        return problems;
    }
}
