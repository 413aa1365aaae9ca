package dev.junction.steps;

import dev.junction.workflow.ActionDefinition;
import dev.junction.workflow.source.Problems;
import dev.junction.workflow.source.YamlNode;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a step kind may need while reading its configuration.
 *
 * @param baseDirectory the folder of the file being read; relative paths resolve against it
 * @param actions       loads the action a {@code uses:} names
 */
public record ParseContext(Path baseDirectory, ActionResolver actions) {

    /** Finds and reads an action by its {@code uses:} reference. */
    @FunctionalInterface
    public interface ActionResolver {
        /**
         * @param node where the reference was written, for problems
         * @return the action, or empty with problems reported
         */
        Optional<ActionDefinition> resolve(String reference, Path baseDirectory, YamlNode node, Problems problems);
    }
}
