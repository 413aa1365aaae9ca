package dev.junction.designer.git;

import dev.junction.git.graphdiff.Dependency;
import dev.junction.git.graphdiff.GraphDiff;
import dev.junction.git.graphdiff.StepDiff;
import dev.junction.git.graphdiff.StepDiffKind;
import dev.junction.git.graphdiff.UnreadableWorkflowException;
import dev.junction.git.graphdiff.WorkflowGraphDiff;
import dev.junction.workflow.edit.StepSection;
import dev.junction.workflow.edit.WorkflowEditException;
import dev.junction.workflow.edit.WorkflowText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the graph diff draws: one workflow text holding both versions' steps and dependencies (the new version, plus
 * the removed steps and removed dependencies written back in), and what happened to each step and dependency, so a
 * canvas can draw the union and colour it. Pure and immutable; computed off the FX thread.
 *
 * @param text         the union as workflow YAML (only ever drawn, never saved)
 * @param diff         the structural difference it shows
 * @param dependencies every added or removed dependency; unchanged ones are not listed
 */
public record GraphDiffScene(String text, GraphDiff diff, Map<Dependency, StepDiffKind> dependencies) {

    public GraphDiffScene {
        dependencies = Map.copyOf(dependencies);
    }

    /**
     * @param oldText the old version ("" when the file did not exist)
     * @param newText the new version ("" when the file was deleted)
     * @throws UnreadableWorkflowException when a version is not YAML (there is no graph to draw)
     */
    public static GraphDiffScene of(String oldText, String newText) throws UnreadableWorkflowException {
        GraphDiff diff = WorkflowGraphDiff.between(oldText, newText);
        Map<Dependency, StepDiffKind> dependencies = new LinkedHashMap<>();
        diff.addedDependencies().forEach(d -> dependencies.put(d, StepDiffKind.ADDED));
        diff.removedDependencies().forEach(d -> dependencies.put(d, StepDiffKind.REMOVED));
        return new GraphDiffScene(union(oldText, newText, diff), diff, dependencies);
    }

    /** A step's change, or UNCHANGED. */
    public StepDiffKind kindOf(String stepId) {
        return diff.step(stepId).map(StepDiff::kind).orElse(StepDiffKind.UNCHANGED);
    }

    /** The tooltip line of a changed step: "changed: run, env.REGION"; "" for other steps. */
    public String noteOf(String stepId) {
        Optional<StepDiff> step = diff.step(stepId);
        if (step.isEmpty()) {
            return "";
        }
        return switch (step.get().kind()) {
            case ADDED -> "added in this version";
            case REMOVED -> "removed in this version";
            case CHANGED -> "changed: " + String.join(", ", step.get().changedFields());
            case UNCHANGED -> "";
        };
    }

    /** "2 added · 1 removed · 3 changed · dependencies +1 −2", or "No structural change". */
    public String summary() {
        long added = diff.steps(StepDiffKind.ADDED).size();
        long removed = diff.steps(StepDiffKind.REMOVED).size();
        long changed = diff.steps(StepDiffKind.CHANGED).size();
        if (diff.isEmpty()) {
            return "No change to the steps or their dependencies";
        }
        List<String> parts = new java.util.ArrayList<>();
        if (added > 0) {
            parts.add(added + " added");
        }
        if (removed > 0) {
            parts.add(removed + " removed");
        }
        if (changed > 0) {
            parts.add(changed + " changed");
        }
        if (!diff.addedDependencies().isEmpty() || !diff.removedDependencies().isEmpty()) {
            parts.add("dependencies +" + diff.addedDependencies().size() + " −" + diff.removedDependencies().size());
        }
        if (!diff.changedWorkflowFields().isEmpty()) {
            parts.add("workflow fields: " + diff.changedWorkflowFields().stream().collect(Collectors.joining(", ")));
        }
        return String.join(" · ", parts);
    }

    private static String union(String oldText, String newText, GraphDiff diff) throws UnreadableWorkflowException {
        if (newText == null || newText.isBlank()) {
            return oldText == null ? "" : oldText; // deleted: every step is a removed one
        }
        if (oldText == null || oldText.isBlank() || diff.steps(StepDiffKind.REMOVED).isEmpty()
                && diff.removedDependencies().isEmpty()) {
            return newText;
        }
        WorkflowText before = WorkflowText.parse(oldText);
        WorkflowText union = WorkflowText.parse(newText);
        for (StepDiff removed : diff.steps(StepDiffKind.REMOVED)) {
            StepSection section = before.sectionOf(removed.id()).orElse(StepSection.STEPS);
            Map<String, ?> fields = before.value(List.of(section.key(), removed.id())).orElse(null) instanceof Map<?, ?> map
                    ? stringKeys(map) : Map.of();
            try {
                union = union.addStep(section, removed.id(), fields).after();
            } catch (WorkflowEditException | IllegalArgumentException e) {
                // a step the edit layer cannot write back (odd old YAML): drawn without it rather than not at all
            }
        }
        for (Dependency dependency : diff.removedDependencies()) {
            try {
                if (union.sectionOf(dependency.step()).isPresent() && union.sectionOf(dependency.needs()).isPresent()
                        && !union.needs(dependency.step()).contains(dependency.needs())) {
                    union = union.addNeed(dependency.step(), dependency.needs()).after();
                }
            } catch (WorkflowEditException e) {
                // e.g. the two steps are now in different sections: the edge cannot be drawn
            }
        }
        return union.text();
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), v));
        return copy;
    }
}
