package dev.junction.designer.timeline;

import dev.junction.run.StepStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A run laid out for the Gantt: rows in plan order, each foreach/matrix step followed by its instances.
 *
 * @param runEnd null while the run is going (bars of running steps then grow up to "now")
 */
public record TimelineData(String runId, String title, Instant runStart, Instant runEnd, List<TimelineRow> rows) {

    public TimelineData {
        rows = List.copyOf(rows);
    }

    public boolean live() {
        return runEnd == null;
    }

    /**
     * Groups spans into rows: steps in {@code plan} order (steps not in the plan after them, by start), and
     * under each expanded step its instances by start time. A step's own bar covers its instances.
     */
    public static TimelineData of(String runId, String title, Instant runStart, Instant runEnd, List<String> plan,
                                  List<TimelineSpan> spans) {
        Map<String, TimelineSpan> own = new LinkedHashMap<>();
        Map<String, List<TimelineSpan>> instances = new LinkedHashMap<>();
        for (TimelineSpan span : spans) {
            if (span.isInstance()) {
                instances.computeIfAbsent(span.stepId(), k -> new ArrayList<>()).add(span);
            } else {
                own.put(span.stepId(), span);
            }
        }
        Set<String> order = new LinkedHashSet<>(plan);
        spans.stream().filter(s -> !order.contains(s.stepId()))
                .sorted(Comparator.comparing(TimelineSpan::start, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(s -> order.add(s.stepId()));
        List<TimelineRow> rows = new ArrayList<>();
        for (String stepId : order) {
            List<TimelineSpan> children = instances.getOrDefault(stepId, List.of()).stream()
                    .sorted(Comparator.comparing(TimelineSpan::start, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(TimelineSpan::key))
                    .toList();
            rows.add(stepRow(stepId, own.get(stepId), children));
            for (TimelineSpan child : children) {
                String label = child.key().substring(child.stepId().length());
                rows.add(new TimelineRow(child.key(), label, true, child.status(), child.start(), child.end(),
                        child.attempt(), child.error()));
            }
        }
        return new TimelineData(runId, title, runStart, runEnd, rows);
    }

    private static TimelineRow stepRow(String stepId, TimelineSpan own, List<TimelineSpan> children) {
        if (children.isEmpty()) {
            return own == null
                    ? new TimelineRow(stepId, stepId, false, StepStatus.QUEUED, null, null, 0, "")
                    : new TimelineRow(stepId, stepId, false, own.status(), own.start(), own.end(), own.attempt(), own.error());
        }
        Instant start = children.stream().map(TimelineSpan::start).filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(own == null ? null : own.start());
        boolean allDone = children.stream().allMatch(c -> c.status().isTerminal());
        Instant end = own != null && own.status().isTerminal() && own.end() != null ? own.end()
                : allDone ? children.stream().map(TimelineSpan::end).filter(java.util.Objects::nonNull)
                        .max(Comparator.naturalOrder()).orElse(null) : null;
        StepStatus status = own != null && own.status().isTerminal() ? own.status() : StepStatus.RUNNING;
        int attempt = children.stream().mapToInt(TimelineSpan::attempt).max().orElse(0);
        return new TimelineRow(stepId, stepId, false, status, start, end, attempt, own == null ? "" : own.error());
    }
}
