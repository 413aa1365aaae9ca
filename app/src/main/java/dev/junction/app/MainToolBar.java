package dev.junction.app;

import atlantafx.base.controls.Spacer;
import dev.junction.designer.actions.ActionFactory;
import dev.junction.designer.actions.DesignerAction;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main toolbar: file, edit, run and canvas actions, a command-palette field in the middle, panel toggles. */
final class MainToolBar {

    private MainToolBar() {}

    static ToolBar create(ActionFactory factory, Runnable showCommandPalette) {
        ToolBar bar = new ToolBar(
                factory.toolbarButton(DesignerAction.NEW_WORKFLOW), factory.toolbarButton(DesignerAction.OPEN_FOLDER),
                factory.toolbarButton(DesignerAction.SAVE), separator(),
                factory.toolbarButton(DesignerAction.UNDO), factory.toolbarButton(DesignerAction.REDO), separator(),
                factory.toolbarButton(DesignerAction.RUN_WORKFLOW), factory.toolbarButton(DesignerAction.RUN_SELECTED_STEP),
                factory.toolbarButton(DesignerAction.STOP_RUN), separator(),
                factory.toolbarButton(DesignerAction.ZOOM_OUT), factory.toolbarButton(DesignerAction.ZOOM_IN),
                factory.toolbarButton(DesignerAction.FIT_TO_VIEW), factory.toolbarButton(DesignerAction.TIDY_TOP_DOWN),
                new Spacer(), commandCenter(showCommandPalette), new Spacer(),
                factory.toolbarButton(DesignerAction.TOGGLE_EXPLORER), factory.toolbarButton(DesignerAction.TOGGLE_BOTTOM_PANEL),
                factory.toolbarButton(DesignerAction.TOGGLE_INSPECTOR), factory.toolbarButton(DesignerAction.TOGGLE_THEME));
        bar.setId("main-toolbar");
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    /** A search-field look-alike that opens the command palette, showing its shortcut. */
    private static Node commandCenter(Runnable showCommandPalette) {
        Label key = new Label(DesignerAction.COMMAND_PALETTE.keyText());
        key.getStyleClass().add("key-hint");
        HBox content = new HBox(8, new FontIcon(Feather.SEARCH), new Label("Search commands"), new Spacer(), key);
        content.setAlignment(Pos.CENTER_LEFT);
        Button search = new Button(null, content);
        search.setId("command-center");
        search.getStyleClass().add("command-center");
        search.setFocusTraversable(false);
        search.setPrefWidth(380);
        search.setOnAction(e -> showCommandPalette.run());
        HBox box = new HBox(search);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private static Node separator() {
        Separator separator = new Separator(Orientation.VERTICAL);
        separator.getStyleClass().add("toolbar-separator");
        return separator;
    }
}
