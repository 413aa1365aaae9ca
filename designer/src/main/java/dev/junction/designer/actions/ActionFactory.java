package dev.junction.designer.actions;

import atlantafx.base.theme.Styles;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Turns {@link DesignerAction}s into controls: menu items (with the shortcut as accelerator), toolbar
 * buttons (icon only, label and shortcut in the tooltip) and command palette entries. Every control runs
 * through the same {@link ActionHandlers}, so an action behaves the same wherever it is invoked.
 */
public final class ActionFactory {

    /** Put between actions in {@link #menu} to draw a separator. */
    public static final DesignerAction SEPARATOR = null;

    private final ActionHandlers handlers;

    public ActionFactory(ActionHandlers handlers) {
        this.handlers = handlers;
    }

    public ActionHandlers handlers() {
        return handlers;
    }

    /** A menu item with the action's icon, label and accelerator; disabled while the action is. */
    public MenuItem menuItem(DesignerAction action) {
        MenuItem item = new MenuItem(action.label(), icon(action));
        item.setId(id(action));
        item.setAccelerator(action.key());
        item.disableProperty().bind(handlers.enabled(action).not());
        item.setOnAction(e -> handlers.run(action));
        return item;
    }

    /** A menu of actions; {@code null} entries ({@link #SEPARATOR}) become separators. */
    public Menu menu(String label, DesignerAction... actions) {
        Menu menu = new Menu(label);
        for (DesignerAction action : actions) {
            menu.getItems().add(action == SEPARATOR ? new SeparatorMenuItem() : menuItem(action));
        }
        return menu;
    }

    /**
     * The standard menu bar: one menu per {@link ActionCategory} with all its actions, separators between
     * groups that belong apart.
     */
    public MenuBar menuBar() {
        return new MenuBar(
                menu("_File", DesignerAction.NEW_WORKFLOW, DesignerAction.OPEN_FOLDER, SEPARATOR,
                        DesignerAction.SAVE, DesignerAction.SAVE_ALL, DesignerAction.CLOSE_TAB, SEPARATOR,
                        DesignerAction.REFRESH_WORKSPACE, SEPARATOR, DesignerAction.QUIT),
                menu("_Edit", DesignerAction.UNDO, DesignerAction.REDO, SEPARATOR, DesignerAction.COPY,
                        DesignerAction.PASTE, DesignerAction.DUPLICATE, DesignerAction.DELETE, SEPARATOR,
                        DesignerAction.SELECT_ALL, DesignerAction.FIND_STEP),
                menu("_View", DesignerAction.COMMAND_PALETTE, SEPARATOR, DesignerAction.SHOW_CANVAS,
                        DesignerAction.SHOW_SPLIT, DesignerAction.SHOW_YAML, SEPARATOR, DesignerAction.ZOOM_IN,
                        DesignerAction.ZOOM_OUT, DesignerAction.FIT_TO_VIEW, DesignerAction.TIDY_TOP_DOWN,
                        DesignerAction.TIDY_LEFT_RIGHT, SEPARATOR, DesignerAction.TOGGLE_EXPLORER,
                        DesignerAction.TOGGLE_INSPECTOR, DesignerAction.TOGGLE_BOTTOM_PANEL, SEPARATOR,
                        DesignerAction.TOGGLE_THEME),
                menu("_Run", DesignerAction.RUN_WORKFLOW, DesignerAction.RUN_SELECTED_STEP,
                        DesignerAction.RERUN_FROM_FAILED, SEPARATOR, DesignerAction.STOP_RUN),
                menu("_Git", DesignerAction.GIT_COMMIT, DesignerAction.GIT_PUSH, DesignerAction.GIT_PULL,
                        DesignerAction.GIT_FETCH, SEPARATOR, DesignerAction.GIT_SHOW_CHANGES, DesignerAction.GIT_DIFF,
                        DesignerAction.GIT_GRAPH_DIFF, DesignerAction.GIT_ROLLBACK, DesignerAction.GIT_REFRESH, SEPARATOR,
                        DesignerAction.GIT_FILE_HISTORY, DesignerAction.GIT_HISTORY, SEPARATOR,
                        DesignerAction.GIT_BRANCHES, DesignerAction.GIT_NEW_BRANCH, DesignerAction.GIT_SWITCH_BRANCH,
                        DesignerAction.GIT_MERGE, DesignerAction.GIT_ABORT_MERGE, SEPARATOR,
                        DesignerAction.GIT_REMOTES, DesignerAction.GIT_CREDENTIALS, SEPARATOR,
                        DesignerAction.GIT_INIT, DesignerAction.GIT_CLONE),
                menu("_Help", DesignerAction.KEYBOARD_SHORTCUTS, SEPARATOR, DesignerAction.ABOUT));
    }

    /** Every action that {@link #menuBar()} lists (tests check it lists them all). */
    public static List<DesignerAction> inMenuBar(MenuBar bar) {
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .map(MenuItem::getId).filter(id -> id != null && id.startsWith("action-"))
                .map(id -> Arrays.stream(DesignerAction.values()).filter(a -> id(a).equals(id)).findFirst().orElseThrow())
                .toList();
    }

    /** A flat, icon-only toolbar button; the tooltip names the action and its shortcut. */
    public Button toolbarButton(DesignerAction action) {
        Button button = new Button(null, icon(action));
        button.setId(id(action) + "-button");
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setFocusTraversable(false);
        String key = action.keyText();
        Tooltip tooltip = new Tooltip(action.plainLabel() + (key.isEmpty() ? "" : "  (" + key + ")"));
        tooltip.setShowDelay(Duration.millis(400));
        button.setTooltip(tooltip);
        button.disableProperty().bind(handlers.enabled(action).not());
        button.setOnAction(e -> handlers.run(action));
        return button;
    }

    /** The palette entries: every action, in declaration order. */
    public List<CommandPaletteViewModel.Entry> paletteEntries() {
        return Arrays.stream(DesignerAction.values()).map(CommandPaletteViewModel.Entry::of).toList();
    }

    public static FontIcon icon(DesignerAction action) {
        FontIcon icon = new FontIcon(action.icon());
        icon.getStyleClass().add("action-icon");
        return icon;
    }

    /** The node id of an action's controls, e.g. {@code action-save}, for CSS and tests. */
    public static String id(DesignerAction action) {
        return "action-" + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
