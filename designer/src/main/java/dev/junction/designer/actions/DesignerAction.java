package dev.junction.designer.actions;

import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * Every user action of the designer, defined once: its menu, label, icon and shortcut. Menus, toolbars and
 * the command palette are all made from these by {@link ActionFactory}; what an action does is bound
 * separately in {@link ActionHandlers}, so this list stays free of behaviour.
 */
public enum DesignerAction {
    NEW_WORKFLOW(ActionCategory.FILE, "New Workflow…", Feather.FILE_PLUS, "Shortcut+N"),
    OPEN_FOLDER(ActionCategory.FILE, "Open Folder…", Feather.FOLDER, "Shortcut+O"),
    REFRESH_WORKSPACE(ActionCategory.FILE, "Refresh Workspace", Feather.REFRESH_CW, null),
    SAVE(ActionCategory.FILE, "Save", Feather.SAVE, "Shortcut+S"),
    SAVE_ALL(ActionCategory.FILE, "Save All", Feather.SAVE, "Shortcut+Shift+S"),
    CLOSE_TAB(ActionCategory.FILE, "Close Tab", Feather.X, "Shortcut+W"),
    QUIT(ActionCategory.FILE, "Quit", Feather.LOG_OUT, "Shortcut+Q"),

    UNDO(ActionCategory.EDIT, "Undo", Feather.CORNER_UP_LEFT, "Shortcut+Z"),
    REDO(ActionCategory.EDIT, "Redo", Feather.CORNER_UP_RIGHT, "Shortcut+Shift+Z"),
    COPY(ActionCategory.EDIT, "Copy Steps", Feather.COPY, "Shortcut+C"),
    PASTE(ActionCategory.EDIT, "Paste Steps", Feather.CLIPBOARD, "Shortcut+V"),
    DUPLICATE(ActionCategory.EDIT, "Duplicate Steps", Feather.LAYERS, "Shortcut+D"),
    DELETE(ActionCategory.EDIT, "Delete Steps", Feather.TRASH_2, "Delete"),
    SELECT_ALL(ActionCategory.EDIT, "Select All Steps", Feather.MOUSE_POINTER, "Shortcut+A"),
    FIND_STEP(ActionCategory.EDIT, "Find Step…", Feather.SEARCH, "Shortcut+F"),

    COMMAND_PALETTE(ActionCategory.VIEW, "Command Palette…", Feather.COMMAND, "Shortcut+Shift+P"),
    SHOW_CANVAS(ActionCategory.VIEW, "Canvas Only", Feather.SHARE_2, "Shortcut+1"),
    SHOW_SPLIT(ActionCategory.VIEW, "Canvas and YAML", Feather.COLUMNS, "Shortcut+2"),
    SHOW_YAML(ActionCategory.VIEW, "YAML Only", Feather.CODE, "Shortcut+3"),
    ZOOM_IN(ActionCategory.VIEW, "Zoom In", Feather.ZOOM_IN, "Shortcut+EQUALS"),
    ZOOM_OUT(ActionCategory.VIEW, "Zoom Out", Feather.ZOOM_OUT, "Shortcut+MINUS"),
    FIT_TO_VIEW(ActionCategory.VIEW, "Fit to View", Feather.MAXIMIZE, "Shortcut+0"),
    TIDY_TOP_DOWN(ActionCategory.VIEW, "Tidy Layout (Top to Bottom)", Feather.GIT_MERGE, "Shortcut+Shift+L"),
    TIDY_LEFT_RIGHT(ActionCategory.VIEW, "Tidy Layout (Left to Right)", Feather.GIT_COMMIT, "Shortcut+Alt+L"),
    TOGGLE_EXPLORER(ActionCategory.VIEW, "Toggle Explorer", Feather.SIDEBAR, "Shortcut+B"),
    TOGGLE_INSPECTOR(ActionCategory.VIEW, "Toggle Inspector", Feather.SLIDERS, "Shortcut+Alt+B"),
    TOGGLE_BOTTOM_PANEL(ActionCategory.VIEW, "Toggle Bottom Panel", Feather.TERMINAL, "Shortcut+J"),
    TOGGLE_THEME(ActionCategory.VIEW, "Toggle Light/Dark Theme", Feather.MOON, "Shortcut+Alt+T"),

    RUN_WORKFLOW(ActionCategory.RUN, "Run Workflow…", Feather.PLAY, "F5"),
    RUN_SELECTED_STEP(ActionCategory.RUN, "Run Selected Step", Feather.SKIP_FORWARD, "Shortcut+F5"),
    RERUN_FROM_FAILED(ActionCategory.RUN, "Re-run from Failed Step", Feather.ROTATE_CW, "Shortcut+Shift+F5"),
    STOP_RUN(ActionCategory.RUN, "Stop Run", Feather.SQUARE, "Shift+F5"),

    GIT_COMMIT(ActionCategory.GIT, "Commit…", Feather.CHECK_CIRCLE, "Shortcut+K"),
    GIT_PUSH(ActionCategory.GIT, "Push", Feather.ARROW_UP_CIRCLE, "Shortcut+Shift+K"),
    GIT_PULL(ActionCategory.GIT, "Pull", Feather.ARROW_DOWN_CIRCLE, "Shortcut+T"),
    GIT_FETCH(ActionCategory.GIT, "Fetch", Feather.DOWNLOAD_CLOUD, null),
    GIT_SHOW_CHANGES(ActionCategory.GIT, "Show Changes", Feather.LIST, "Shortcut+Alt+C"),
    GIT_DIFF(ActionCategory.GIT, "Compare with Last Commit", Feather.COLUMNS, "Shortcut+Alt+D"),
    GIT_GRAPH_DIFF(ActionCategory.GIT, "Show Graph Diff", Feather.SHARE_2, "Shortcut+Alt+G"),
    GIT_ROLLBACK(ActionCategory.GIT, "Roll Back Changes…", Feather.ROTATE_CCW, "Shortcut+Alt+Z"),
    GIT_REFRESH(ActionCategory.GIT, "Refresh Git Status", Feather.REFRESH_CW, null),
    GIT_FILE_HISTORY(ActionCategory.GIT, "Show File History", Feather.CLOCK, null),
    GIT_HISTORY(ActionCategory.GIT, "Show History", Feather.GIT_COMMIT, null),
    GIT_BRANCHES(ActionCategory.GIT, "Branches…", Feather.GIT_BRANCH, null),
    GIT_NEW_BRANCH(ActionCategory.GIT, "New Branch…", Feather.PLUS_CIRCLE, null),
    GIT_SWITCH_BRANCH(ActionCategory.GIT, "Switch Branch…", Feather.SHUFFLE, null),
    GIT_MERGE(ActionCategory.GIT, "Merge Branch into Current…", Feather.GIT_MERGE, null),
    GIT_ABORT_MERGE(ActionCategory.GIT, "Abort Merge", Feather.X_OCTAGON, null),
    GIT_REMOTES(ActionCategory.GIT, "Remotes…", Feather.SERVER, null),
    GIT_CREDENTIALS(ActionCategory.GIT, "Git Credentials…", Feather.KEY, null),
    GIT_INIT(ActionCategory.GIT, "Init Repository", Feather.PLUS_SQUARE, null),
    GIT_CLONE(ActionCategory.GIT, "Clone Repository…", Feather.DOWNLOAD, null),

    KEYBOARD_SHORTCUTS(ActionCategory.HELP, "Keyboard Shortcuts", Feather.HELP_CIRCLE, null),
    ABOUT(ActionCategory.HELP, "About Junction", Feather.INFO, null);

    private final ActionCategory category;
    private final String label;
    private final Ikon icon;
    private final KeyCombination key;

    DesignerAction(ActionCategory category, String label, Ikon icon, String key) {
        this.category = category;
        this.label = label;
        this.icon = icon;
        this.key = key == null ? null : KeyCombination.valueOf(key);
    }

    public ActionCategory category() {
        return category;
    }

    /** The menu label; an ellipsis means the action asks for more before it acts. */
    public String label() {
        return label;
    }

    /** The label without the trailing ellipsis, for tooltips and the palette. */
    public String plainLabel() {
        return label.endsWith("…") ? label.substring(0, label.length() - 1) : label;
    }

    public Ikon icon() {
        return icon;
    }

    /** The shortcut, or null when the action has none. */
    public KeyCombination key() {
        return key;
    }

    /** The shortcut as this platform writes it ("Ctrl+S", "⌘S"), or "" when there is none. */
    public String keyText() {
        return key == null ? "" : key.getDisplayText();
    }
}
