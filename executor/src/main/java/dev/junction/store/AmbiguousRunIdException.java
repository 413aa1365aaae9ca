package dev.junction.store;

import java.util.List;

/** A run id prefix matches more than one run; the message lists some of them so the user can type more. */
public class AmbiguousRunIdException extends IllegalArgumentException {

    private final List<String> matches;

    public AmbiguousRunIdException(String prefix, List<String> matches) {
        super("'" + prefix + "' matches several runs (" + String.join(", ", matches)
                + (matches.size() >= RunStore.AMBIGUOUS_LIST_LIMIT ? ", ..." : "") + "); give more of the id");
        this.matches = List.copyOf(matches);
    }

    /** Some of the matching run ids, sorted. */
    public List<String> matches() {
        return matches;
    }
}
