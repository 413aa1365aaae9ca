package dev.junction.steps;

import dev.junction.workflow.source.MappingReader;
import dev.junction.workflow.source.YamlNode;
import java.util.Set;

/**
 * One kind of step ({@code run}, {@code script}, {@code http}, …): how it is read from YAML and how it runs.
 * The scheduler knows nothing of kinds; adding a kind means adding one implementation to
 * {@link StepKinds}, nothing else.
 *
 * @param <C> the kind's configuration record
 */
public interface StepKind<C> {

    /** The YAML key that selects this kind in a step, e.g. {@code http}. */
    String key();

    /** Step-level keys this kind owns besides its own key, e.g. {@code shell} for {@code run}. */
    default Set<String> siblingKeys() {
        return Set.of();
    }

    /** Outputs every step of this kind produces without declaring them, e.g. {@code status} for http. */
    default Set<String> builtinOutputs() {
        return Set.of();
    }

    /** Every output a step of this kind with this configuration produces without declaring it. */
    default Set<String> outputsOf(C config) {
        return builtinOutputs();
    }

    /**
     * Reads the configuration; reports problems (with locations) to the step reader's problems.
     *
     * @param node the value under {@link #key()}
     * @param step the whole step mapping, to read {@link #siblingKeys()}
     * @param context where the definition lives and how to find actions
     * @return the configuration, or null when it has errors
     */
    C parse(YamlNode node, MappingReader step, ParseContext context);

    /** A one-line human summary for plans, cards and logs, e.g. {@code GET https://…}. */
    String summary(C config);

    /**
     * Runs one attempt. Must stop promptly when the context is cancelled (kill processes, abort requests).
     *
     * @return the attempt's result; a thrown exception counts as a failure with its message
     */
    StepResult execute(C config, StepContext context) throws Exception;
}
