package dev.junction.designer.canvas;

import dev.junction.steps.StepKind;
import dev.junction.steps.StepKinds;
import dev.junction.workflow.Step;
import dev.junction.workflow.Workflow;
import dev.junction.workflow.source.YamlNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One-line summaries for step cards. When the workflow loads, the kind's own {@link StepKind#summary} is used
 * (the same words the CLI and logs use); while it does not (or the validation lags the text), a short text is
 * taken from the YAML. The kind's summary of a step is kept as long as the step's source text is unchanged, so
 * cards do not flicker between the two while validation catches up.
 */
final class StepSummaries {

    private record Known(String source, String summary) {}

    private final StepKinds kinds;
    private Map<String, Known> known = Map.of();

    StepSummaries(StepKinds kinds) {
        this.kinds = kinds;
    }

    /**
     * Learns the kinds' summaries from a loaded workflow.
     *
     * @param sources each step's source text in the text the workflow was loaded from
     */
    void learn(Workflow workflow, Map<String, String> sources) {
        Map<String, Known> next = new HashMap<>();
        for (Map<String, Step> section : List.of(workflow.steps(), workflow.onFailure())) {
            for (Step step : section.values()) {
                String source = sources.get(step.id());
                String summary = kindSummary(step);
                if (source != null && summary != null) {
                    next.put(step.id(), new Known(source, summary));
                }
            }
        }
        known = next;
    }

    /** The summary of a step as it is now written. */
    String summary(String id, String source, YamlNode.Mapping step, String kind) {
        Known k = known.get(id);
        if (k != null && k.source().equals(source)) {
            return k.summary();
        }
        return fromYaml(step, kind);
    }

    @SuppressWarnings("unchecked")
    private String kindSummary(Step step) {
        Optional<StepKind<?>> kind = kinds.get(step.kind());
        if (kind.isEmpty()) {
            return null;
        }
        try {
            return oneLine(((StepKind<Object>) kind.get()).summary(step.spec().config()));
        } catch (RuntimeException e) {
            return null; // a kind's summary must not break the canvas; the YAML text is shown instead
        }
    }

    static String fromYaml(YamlNode.Mapping step, String kind) {
        Optional<YamlNode> value = step.get(kind);
        if (kind.isEmpty() || value.isEmpty()) {
            return kind.isEmpty() ? "no kind yet: add run, http, uses, …" : "";
        }
        YamlNode node = value.get();
        return switch (kind) {
            case "run" -> firstLine(scalar(node));
            case "uses" -> "uses " + scalar(node);
            case "log" -> oneLine(scalar(node));
            case "noop" -> "no operation";
            case "http" -> node instanceof YamlNode.Mapping m
                    ? scalar(m.get("method").orElse(null), "GET").toUpperCase(java.util.Locale.ROOT) + " "
                      + scalar(m.get("url").orElse(null), "") : "";
            case "script" -> node instanceof YamlNode.Mapping m ? script(m) : "";
            default -> oneLine(scalar(node));
        };
    }

    private static String script(YamlNode.Mapping m) {
        String language = scalar(m.get("language").orElse(null), "script");
        Optional<YamlNode> file = m.get("file");
        if (file.isPresent()) {
            return language + " " + scalar(file.get());
        }
        long lines = scalar(m.get("code").orElse(null), "").strip().lines().count();
        return language + " (inline, " + lines + (lines == 1 ? " line)" : " lines)");
    }

    private static String scalar(YamlNode node) {
        return scalar(node, "");
    }

    private static String scalar(YamlNode node, String otherwise) {
        return node instanceof YamlNode.Scalar s && !s.isNull() ? s.value() : otherwise;
    }

    /** First line, and how many more there are, as the run kind says it. */
    static String firstLine(String text) {
        List<String> lines = text.strip().lines().toList();
        if (lines.isEmpty()) {
            return "";
        }
        int more = lines.size() - 1;
        return more == 0 ? lines.getFirst() : lines.getFirst() + " (+" + more + (more == 1 ? " line)" : " lines)");
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ⏎ ");
    }
}
