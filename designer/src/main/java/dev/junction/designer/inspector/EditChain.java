package dev.junction.designer.inspector;

import dev.junction.workflow.edit.TextEdit;
import dev.junction.workflow.edit.WorkflowEdit;
import dev.junction.workflow.edit.WorkflowText;
import java.util.List;
import java.util.function.Function;

/**
 * Several edit-layer operations as one {@link WorkflowEdit}, so one form change (a renamed env key, two needs)
 * is one command on the undo stack. Each operation sees the text the previous one made.
 */
final class EditChain {

    private EditChain() {}

    /** Runs the operations in order; the result's edit spans from the first to the last changed character. */
    static WorkflowEdit of(WorkflowText start, List<Function<WorkflowText, WorkflowEdit>> operations) {
        WorkflowText current = start;
        for (Function<WorkflowText, WorkflowEdit> operation : operations) {
            current = operation.apply(current).after();
        }
        return new WorkflowEdit(start, current, minimalEdit(start.text(), current.text()));
    }

    private static List<TextEdit> minimalEdit(String from, String to) {
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
