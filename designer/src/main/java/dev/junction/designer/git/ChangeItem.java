package dev.junction.designer.git;

import dev.junction.git.workspace.ChangeKind;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One changed file in the Changes list: its repository path, its badge and whether it is included in the next
 * commit (the checkbox). FX thread only.
 */
public final class ChangeItem {

    private final String path;
    private final ChangeKind kind;
    private final BooleanProperty included;

    ChangeItem(String path, ChangeKind kind, boolean included) {
        this.path = path;
        this.kind = kind;
        this.included = new SimpleBooleanProperty(this, "included", included);
    }

    /** Repository-relative, {@code /}-separated. */
    public String path() {
        return path;
    }

    public ChangeKind kind() {
        return kind;
    }

    public BooleanProperty includedProperty() {
        return included;
    }

    public boolean isIncluded() {
        return included.get();
    }

    /** The file name, the last part of the path. */
    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** The folder part of the path ("" at the root). */
    public String folder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    @Override
    public String toString() {
        return ChangeBadges.letter(kind) + " " + path + (isIncluded() ? " [x]" : " [ ]");
    }
}
