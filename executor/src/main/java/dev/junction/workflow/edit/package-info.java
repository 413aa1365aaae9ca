/**
 * Lossless, minimal text edits of workflow YAML, for the designer: every canvas or form edit becomes a small
 * {@link dev.junction.workflow.edit.TextEdit} list, so comments, key order, blank lines, quoting and every other
 * line stay byte-identical and git diffs stay small.
 *
 * <p>{@link dev.junction.workflow.edit.WorkflowText} is the entry point: an immutable text plus its positioned
 * tree ({@link dev.junction.workflow.source.YamlSource}); each operation returns a
 * {@link dev.junction.workflow.edit.WorkflowEdit} with the edits, their inverse (for undo) and the new document.
 *
 * <p>How: edits are computed from node offsets, line by line. A block element (entry or list item) owns its lines,
 * the comments directly above it at its own column, and the comments below it indented deeper; removing it takes
 * one of the blank-line runs around it. New text follows the document's indentation unit, dash indentation and
 * line breaks. Values are written with SnakeYAML deciding whether a plain scalar reads back as the same string;
 * otherwise they are quoted (or become literal blocks when they have several lines). Every result is re-parsed and
 * compared with what was set before it is returned.
 *
 * <p>Not rewritten (a clear {@link dev.junction.workflow.edit.WorkflowEditException} instead): values that carry an
 * anchor ({@code &name}), edits through an alias ({@code *name}), explicit {@code ?} keys. Comments inside a
 * value that is replaced as a whole (a map set to a new map) go with it; the key line's comment stays.
 */
package dev.junction.workflow.edit;
