package dev.junction.workflow.load;

import dev.junction.workflow.Workflow;
import dev.junction.workflow.source.InvalidDefinitionException;
import dev.junction.workflow.source.Problem;
import dev.junction.workflow.source.YamlNode;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of loading one file: the workflow when it has no errors, every problem found (errors and
 * warnings, in file order), and the positioned YAML tree when the text parsed (the designer uses it).
 */
public record LoadResult(Optional<Workflow> workflow, List<Problem> problems, Optional<YamlNode> tree) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** @throws InvalidDefinitionException with every problem when the file has errors */
    public Workflow orThrow() {
        if (hasErrors() || workflow.isEmpty()) {
            throw new InvalidDefinitionException(problems);
        }
        return workflow.get();
    }
}
