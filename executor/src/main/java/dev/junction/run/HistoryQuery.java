package dev.junction.run;

/** Filters for run history; newest first. {@code workflow} may be null for all. */
public record HistoryQuery(String workflow, int limit) {
    public HistoryQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }
}
