package dev.junction.git.graphdiff;

import dev.junction.workflow.edit.StepSection;
import dev.junction.workflow.edit.WorkflowText;
import dev.junction.workflow.source.InvalidDefinitionException;
import dev.junction.workflow.source.YamlNode;
import dev.junction.workflow.source.YamlValues;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Computes a {@link GraphDiff} from two workflow texts.
 *
 * <p>Works on the YAML tree, not the validated model: a version that fails validation (an unknown field, a step
 * without a kind, a need that names a missing step) still diffs. Values compare as plain data, so re-ordering keys,
 * re-quoting a string or re-flowing a map is no change; list order is. Stateless and thread-safe.
 */
public final class WorkflowGraphDiff {

    private static final Set<String> STEP_SECTION_KEYS = Set.of(StepSection.STEPS.key(), StepSection.ON_FAILURE.key());

    private WorkflowGraphDiff() {}

    /**
     * @param oldText the old version; null or empty for a file that did not exist (every step is then added)
     * @param newText the new version; null or empty for a deleted file (every step is then removed)
     * @throws UnreadableWorkflowException when a text is not YAML (its problems located in that text)
     */
    public static GraphDiff between(String oldText, String newText) throws UnreadableWorkflowException {
        WorkflowText before = read(oldText, UnreadableWorkflowException.Version.OLD);
        WorkflowText after = read(newText, UnreadableWorkflowException.Version.NEW);

        List<String> oldIds = allStepIds(before);
        List<String> newIds = allStepIds(after);
        List<StepDiff> steps = new ArrayList<>();
        for (String id : newIds) {
            if (!oldIds.contains(id)) {
                steps.add(new StepDiff(id, StepDiffKind.ADDED, List.of()));
            } else {
                List<String> changed = stepFieldChanges(before, after, id);
                steps.add(new StepDiff(id, changed.isEmpty() ? StepDiffKind.UNCHANGED : StepDiffKind.CHANGED, changed));
            }
        }
        for (String id : oldIds) {
            if (!newIds.contains(id)) {
                steps.add(new StepDiff(id, StepDiffKind.REMOVED, List.of()));
            }
        }

        Set<Dependency> oldEdges = edges(before, oldIds);
        Set<Dependency> newEdges = edges(after, newIds);
        List<Dependency> added = newEdges.stream().filter(e -> !oldEdges.contains(e)).toList();
        List<Dependency> removed = oldEdges.stream().filter(e -> !newEdges.contains(e)).toList();
        return new GraphDiff(steps, added, removed, workflowFieldChanges(before, after));
    }

    private static WorkflowText read(String text, UnreadableWorkflowException.Version version)
            throws UnreadableWorkflowException {
        try {
            return WorkflowText.parse(text == null ? "" : text);
        } catch (InvalidDefinitionException e) {
            throw new UnreadableWorkflowException(version, e.problems());
        }
    }

    private static List<String> allStepIds(WorkflowText text) {
        Set<String> ids = new LinkedHashSet<>();
        for (StepSection section : StepSection.values()) {
            ids.addAll(text.stepIds(section));
        }
        return List.copyOf(ids);
    }

    private static Set<Dependency> edges(WorkflowText text, List<String> ids) {
        Set<Dependency> edges = new LinkedHashSet<>();
        for (String id : ids) {
            for (String need : text.needs(id)) {
                edges.add(new Dependency(id, need));
            }
        }
        return edges;
    }

    private static List<String> stepFieldChanges(WorkflowText before, WorkflowText after, String id) {
        StepSection oldSection = before.sectionOf(id).orElseThrow();
        StepSection newSection = after.sectionOf(id).orElseThrow();
        List<String> changes = new ArrayList<>();
        if (oldSection != newSection) {
            changes.add("section");
        }
        Object oldStep = valueAt(before, List.of(oldSection.key(), id));
        Object newStep = valueAt(after, List.of(newSection.key(), id));
        if (oldStep instanceof Map<?, ?> oldMap && newStep instanceof Map<?, ?> newMap) {
            for (String key : keys(oldMap, newMap)) {
                if (!key.equals("needs")) {
                    compare(key, oldMap.get(key), newMap.get(key), changes);
                }
            }
        } else if (!Objects.equals(oldStep, newStep)) {
            changes.add("(whole step)"); // one version is not a map of fields (e.g. `build: ~`)
        }
        return changes;
    }

    private static List<String> workflowFieldChanges(WorkflowText before, WorkflowText after) {
        Object oldRoot = before.root().isPresent() ? valueAt(before, List.of()) : Map.of();
        Object newRoot = after.root().isPresent() ? valueAt(after, List.of()) : Map.of();
        List<String> changes = new ArrayList<>();
        if (oldRoot instanceof Map<?, ?> oldMap && newRoot instanceof Map<?, ?> newMap) {
            for (String key : keys(oldMap, newMap)) {
                if (!STEP_SECTION_KEYS.contains(key)) {
                    compare(key, oldMap.get(key), newMap.get(key), changes);
                }
            }
        } else if (!Objects.equals(oldRoot, newRoot)) {
            changes.add("(whole document)");
        }
        return changes;
    }

    /** Adds the dotted paths where two values differ: maps recursively, anything else as a whole. */
    private static void compare(String path, Object oldValue, Object newValue, List<String> changes) {
        if (Objects.equals(oldValue, newValue)) {
            return;
        }
        if (oldValue instanceof Map<?, ?> oldMap && newValue instanceof Map<?, ?> newMap) {
            for (String key : keys(oldMap, newMap)) {
                compare(path + "." + key, oldMap.get(key), newMap.get(key), changes);
            }
        } else {
            changes.add(path);
        }
    }

    /** The keys of the new map in order, then those only in the old one. */
    private static List<String> keys(Map<?, ?> oldMap, Map<?, ?> newMap) {
        Set<String> keys = new LinkedHashSet<>();
        newMap.keySet().forEach(k -> keys.add(String.valueOf(k)));
        oldMap.keySet().forEach(k -> keys.add(String.valueOf(k)));
        return List.copyOf(keys);
    }

    private static Object valueAt(WorkflowText text, List<String> path) {
        Optional<YamlNode> node = text.node(path);
        return node.isEmpty() ? null : YamlValues.toJava(node.get());
    }
}
