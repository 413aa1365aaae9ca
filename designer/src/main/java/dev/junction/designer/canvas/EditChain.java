package dev.junction.designer.canvas;

import dev.junction.workflow.edit.TextEdit;
import dev.junction.workflow.edit.WorkflowEdit;
import dev.junction.workflow.edit.WorkflowText;
import java.util.List;
import java.util.function.Function;

/**
 * Several edit-layer operations as one {@link WorkflowEdit}, so that "delete 3 steps" or "paste 4 steps" is one
 * command on the document's undo stack. Each operation sees the text the previous one produced; the result is the
 * one minimal edit (common prefix and suffix kept) from the first text to the last, so every line outside the
 * changed region stays byte-identical.
 */
final class EditChain {

    private EditChain() {}

    static WorkflowEdit of(WorkflowText start, List<Function<WorkflowText, WorkflowEdit>> operations) {
        WorkflowText current = start;
        for (Function<WorkflowText, WorkflowEdit> op : operations) {
            current = op.apply(current).after();
        }
        return new WorkflowEdit(start, current, minimal(start.text(), current.text()));
    }

    static List<TextEdit> minimal(String from, String to) {
        int max = Math.min(from.length(), to.length());
        int prefix = 0;
        while (prefix < max && from.charAt(prefix) == to.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix && from.charAt(from.length() - 1 - suffix) == to.charAt(to.length() - 1 - suffix)) {
            suffix++;
        }
        if (prefix == from.length() && prefix == to.length()) {
            return List.of();
        }
        return List.of(TextEdit.replace(prefix, from.length() - suffix, to.substring(prefix, to.length() - suffix)));
    }
}
