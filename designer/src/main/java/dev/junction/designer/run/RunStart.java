package dev.junction.designer.run;

import dev.junction.run.RunStatus;
import dev.junction.workflow.inputs.InputError;
import dev.junction.workflow.source.Problem;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** What asking the {@link RunController} for a run led to. */
public sealed interface RunStart {

    /** The run is going; {@code completion} completes with its final status (on an engine thread). */
    record Started(String runId, CompletableFuture<RunStatus> completion) implements RunStart {}

    /** The workflow has errors; nothing ran. The problems are the loader's, with file, line and column. */
    record InvalidWorkflow(List<Problem> problems) implements RunStart {
        public InvalidWorkflow {
            problems = List.copyOf(problems);
        }
    }

    /** The input values were refused by the validator; nothing ran. */
    record InvalidInputs(List<InputError> errors) implements RunStart {
        public InvalidInputs {
            errors = List.copyOf(errors);
        }
    }

    /** The run could not start, for the reason given (a run is already going, no earlier run to reuse, ...). */
    record Refused(String reason) implements RunStart {}

    /** The user closed the run dialog without running. */
    record Dismissed() implements RunStart {}

    /** A one-line message for a status bar or notification. */
    default String message() {
        return switch (this) {
            case Started s -> "Run " + s.runId() + " started";
            case InvalidWorkflow w -> w.problems().isEmpty() ? "The workflow is not valid"
                    : "The workflow has " + w.problems().size() + (w.problems().size() == 1 ? " problem: " : " problems, first: ")
                    + w.problems().getFirst().message();
            case InvalidInputs i -> "Invalid inputs: " + i.errors().stream().map(InputError::toString)
                    .reduce((a, b) -> a + "; " + b).orElse("");
            case Refused r -> r.reason();
            case Dismissed d -> "Run cancelled";
        };
    }
}
