package dev.junction.designer.git;

import atlantafx.base.theme.Styles;
import dev.junction.git.workspace.ChangeKind;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * A changed file as a list row: a checkbox bound to whether it goes into the next commit, its badge letter and
 * colour, and its name — in the Changes panel the file name with its folder beside it, in the commit dialog the
 * whole path.
 */
final class ChangeCell extends ListCell<ChangeItem> {

    private final boolean nameAndFolder;
    private final CheckBox box = new CheckBox();
    private final Label badge = new Label();
    private final Label name = new Label();
    private final Label folder = new Label();
    private final HBox row;
    private BooleanProperty bound;
    private String badgeClass;

    private ChangeCell(boolean nameAndFolder) {
        this.nameAndFolder = nameAndFolder;
        badge.getStyleClass().add("change-badge");
        name.getStyleClass().add("change-name");
        folder.getStyleClass().addAll("change-folder", Styles.TEXT_MUTED);
        row = nameAndFolder ? new HBox(8, box, badge, name, folder) : new HBox(8, box, badge, name);
        row.setAlignment(Pos.CENTER_LEFT);
        box.setFocusTraversable(false);
    }

    /** File name, folder, and a tooltip saying what the change is (the Changes panel). */
    static ChangeCell withFolder() {
        return new ChangeCell(true);
    }

    /** The path from the repository's root (the commit dialog). */
    static ChangeCell withPath() {
        return new ChangeCell(false);
    }

    @Override
    protected void updateItem(ChangeItem item, boolean empty) {
        super.updateItem(item, empty);
        if (bound != null) {
            box.selectedProperty().unbindBidirectional(bound);
            bound = null;
        }
        if (badgeClass != null) {
            getStyleClass().remove(badgeClass);
            badgeClass = null;
        }
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        bound = item.includedProperty();
        box.selectedProperty().bindBidirectional(bound);
        badge.setText(ChangeBadges.letter(item.kind()));
        badgeClass = ChangeBadges.styleClass(item.kind());
        getStyleClass().add(badgeClass);
        if (nameAndFolder) {
            name.setText(item.fileName());
            folder.setText(item.folder());
            setTooltip(new Tooltip(item.path() + "\n" + ChangeBadges.description(item.kind())
                    + (item.kind() == ChangeKind.CONFLICTING ? "" : "\nDouble-click to compare with the last commit")));
        } else {
            name.setText(item.path());
        }
        setGraphic(row);
    }
}
