/**
 * The structural difference between two versions of a workflow, for the canvas: steps added, removed and changed
 * (with the fields that changed) and dependencies ({@code needs}) added and removed.
 *
 * <p>{@link dev.junction.git.graphdiff.WorkflowGraphDiff#between} reads both texts with the lossless edit layer
 * ({@link dev.junction.workflow.edit.WorkflowText}), not the validating loader, so a version with an unknown
 * field, a missing step kind or a dangling need still diffs; only text that is not YAML at all cannot.
 */
package dev.junction.git.graphdiff;
