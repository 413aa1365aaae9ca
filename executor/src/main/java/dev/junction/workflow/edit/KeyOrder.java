package dev.junction.workflow.edit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a new key goes among existing ones: before the first key that ranks after it, else at the end. Keys
 * the order does not list rank as {@code unknownRank}.
 */
record KeyOrder(Map<String, Integer> ranks, int unknownRank) {

    /** Every new key goes at the end. */
    static final KeyOrder APPEND = new KeyOrder(Map.of(), 0);

    /** The top level, in the order of the format description. */
    static final KeyOrder WORKFLOW = of(List.of("name", "description", "inputs", "env", "triggers", "defaults",
            "max-parallel", "steps", "on-failure"), Integer.MAX_VALUE);

    /** Keys a step has besides its kind key ({@code run}, {@code http}, ...). */
    static final List<String> STEP_FIELDS = List.of("name", "needs", "if", "with", "shell", "env",
            "working-directory", "timeout", "retry", "continue-on-error", "foreach", "matrix", "max-parallel",
            "outputs", "runs-on");

    /** A step: name, needs and if first, then the kind key (any key not listed), then the rest. */
    static final KeyOrder STEP = of(List.of("name", "needs", "if", "", "with", "shell", "env", "working-directory",
            "timeout", "retry", "continue-on-error", "foreach", "matrix", "max-parallel", "outputs", "runs-on"), 3);

    KeyOrder {
        ranks = Map.copyOf(ranks);
    }

    private static KeyOrder of(List<String> keys, int unknownRank) {
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (!keys.get(i).isEmpty()) {
                ranks.put(keys.get(i), i);
            }
        }
        return new KeyOrder(ranks, unknownRank);
    }

    int rank(String key) {
        return ranks.getOrDefault(key, unknownRank);
    }

    /** The index among {@code existing} before which {@code key} goes; {@code existing.size()} for the end. */
    int insertionIndex(List<String> existing, String key) {
        int rank = rank(key);
        for (int i = 0; i < existing.size(); i++) {
            if (rank(existing.get(i)) > rank) {
                return i;
            }
        }
        return existing.size();
    }
}
