package dev.junction.designer.workspace;

import java.nio.file.Path;
import java.util.List;

/**
 * One entry of a scanned workspace: a folder, a workflow file, or an action (a folder with an
 * {@code action.yaml}, shown as one item). Immutable; a rescan makes a new tree.
 *
 * @param description the action's description (or name), "" for other kinds
 * @param children    folders only, folders first then files, each sorted by name
 */
public record WorkspaceNode(Path path, Kind kind, String name, String description, List<WorkspaceNode> children) {

    public enum Kind { FOLDER, WORKFLOW, ACTION }

    public WorkspaceNode {
        description = description == null ? "" : description;
        children = List.copyOf(children);
    }

    /** Every workflow file in this subtree, in tree order. */
    public List<Path> workflows() {
        return collect(Kind.WORKFLOW);
    }

    /** Every action folder in this subtree, in tree order. */
    public List<Path> actions() {
        return collect(Kind.ACTION);
    }

    private List<Path> collect(Kind wanted) {
        List<Path> found = new java.util.ArrayList<>();
        collect(this, wanted, found);
        return List.copyOf(found);
    }

    private static void collect(WorkspaceNode node, Kind wanted, List<Path> found) {
        if (node.kind == wanted) {
            found.add(node.path);
        }
        node.children.forEach(child -> collect(child, wanted, found));
    }
}
