package dev.junction.engine;

import dev.junction.workflow.Step;
import java.util.Map;

/**
 * One execution unit: a step, or one item/combination of a foreach/matrix step.
 *
 * @param key    the step id, or {@code id[label]} for an instance
 * @param matrix the combination for matrix steps, else null
 * @param item   the item for foreach steps, else null
 * @param index  position among the step's instances (0 for plain steps)
 */
record StepInstance(Step step, String key, Map<String, Object> matrix, Object item, int index) {
    boolean expanded() {
        return !key.equals(step.id());
    }
}
