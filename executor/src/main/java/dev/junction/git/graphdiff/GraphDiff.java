package dev.junction.git.graphdiff;

import java.util.List;
import java.util.Optional;

/**
 * The structural difference between an old and a new version of a workflow.
 *
 * @param steps every step of either version: those of the new version in file order, then the removed ones in their
 *              old order
 * @param addedDependencies edges in the new version only (including those of added steps)
 * @param removedDependencies edges in the old version only (including those of removed steps)
 * @param changedWorkflowFields dotted paths of top-level fields other than the step sections that differ, e.g.
 *                              {@code name}, {@code inputs.who}, {@code env.REGION}
 */
public record GraphDiff(List<StepDiff> steps, List<Dependency> addedDependencies, List<Dependency> removedDependencies,
                        List<String> changedWorkflowFields) {

    public GraphDiff {
        steps = List.copyOf(steps);
        addedDependencies = List.copyOf(addedDependencies);
        removedDependencies = List.copyOf(removedDependencies);
        changedWorkflowFields = List.copyOf(changedWorkflowFields);
    }

    public Optional<StepDiff> step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Steps of one kind, in the order of {@link #steps()}. */
    public List<StepDiff> steps(StepDiffKind kind) {
        return steps.stream().filter(s -> s.kind() == kind).toList();
    }

    /** True when both versions have the same steps, fields, dependencies and workflow fields. */
    public boolean isEmpty() {
        return addedDependencies.isEmpty() && removedDependencies.isEmpty() && changedWorkflowFields.isEmpty()
                && steps.stream().allMatch(s -> s.kind() == StepDiffKind.UNCHANGED);
    }
}
