package dev.junction.designer.git;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.junction.designer.actions.ActionHandlers;
import dev.junction.designer.actions.DesignerAction;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Changes panel: the current branch, every changed file with its badge and a checkbox (ticked files go into the
 * next commit), and the git actions that apply (commit, diff, rollback, pull, push). A workspace that is not a
 * repository shows how to make it one. Double-click or Enter shows a file's diff. FX thread only.
 */
public final class ChangesView extends BorderPane {

    private final ChangesViewModel model;
    private final ActionHandlers actions;
    private final GitNavigator navigator;
    private final ListView<ChangeItem> list = new ListView<>();
    private final CheckBox all = new CheckBox();
    private final Label branch = new Label();
    private final Label summary = new Label();
    private final HBox mergeBanner = new HBox(10);
    private final VBox notRepository = new VBox(10);
    private final StackPane body = new StackPane();
    private boolean settingAll;

    public ChangesView(ChangesViewModel model, ActionHandlers actions, GitNavigator navigator) {
        this.model = model;
        this.actions = actions;
        this.navigator = navigator;
        createView();
        initListeners();
    }

    public ChangesViewModel model() {
        return model;
    }

    public ListView<ChangeItem> list() {
        return list;
    }

    /** Paths of the selected rows, or the ticked files when none is selected. */
    public List<String> selectedPaths() {
        List<String> selected = list.getSelectionModel().getSelectedItems().stream().map(ChangeItem::path).toList();
        return selected.isEmpty() ? model.includedPaths() : selected;
    }

    /** The focused row's path, or null. */
    public String selectedPath() {
        ChangeItem item = list.getSelectionModel().getSelectedItem();
        return item == null ? null : item.path();
    }

    private void createView() {
        getStyleClass().add("changes-view");
        getStylesheets().add(GitStyles.STYLESHEET);
        setId("changes-view");

        all.setId("changes-all");
        all.setTooltip(new Tooltip("Include every file in the commit"));
        branch.setId("changes-branch");
        branch.setGraphic(new FontIcon(Feather.GIT_BRANCH));
        branch.getStyleClass().add("branch-label");
        branch.setTooltip(new Tooltip("The current branch — click for branches"));
        branch.setOnMouseClicked(e -> actions.run(DesignerAction.GIT_BRANCHES));
        branch.setMinWidth(USE_PREF_SIZE);
        summary.setMinWidth(0);
        summary.setId("changes-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        Button commit = actionButton(DesignerAction.GIT_COMMIT, "Commit…", true);
        commit.setId("changes-commit");
        commit.setMinWidth(USE_PREF_SIZE);
        HBox header = new HBox(8, all, branch, summary, new Spacer(), commit,
                iconButton(DesignerAction.GIT_DIFF, Feather.COLUMNS, "Show diff of the selected file"),
                iconButton(DesignerAction.GIT_ROLLBACK, Feather.ROTATE_CCW, "Roll back the selected files"),
                iconButton(DesignerAction.GIT_REFRESH, Feather.REFRESH_CW, "Refresh"),
                separator(),
                iconButton(DesignerAction.GIT_PULL, Feather.ARROW_DOWN_CIRCLE, "Pull"),
                iconButton(DesignerAction.GIT_PUSH, Feather.ARROW_UP_CIRCLE, "Push"));
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("git-panel-header");
        all.visibleProperty().bind(model.git().isRepository());
        branch.visibleProperty().bind(model.git().isRepository());
        branch.managedProperty().bind(branch.visibleProperty());

        Label mergeText = new Label("A merge is in progress: resolve the conflicting files (open them, keep the lines"
                + " you want, delete the markers), then commit.", new FontIcon(Feather.ALERT_TRIANGLE));
        mergeText.setWrapText(true);
        Button abort = actionButton(DesignerAction.GIT_ABORT_MERGE, "Abort Merge", false);
        mergeBanner.getChildren().addAll(mergeText, new Spacer(), abort);
        mergeBanner.getStyleClass().add("merge-banner");
        mergeBanner.setAlignment(Pos.CENTER_LEFT);
        mergeBanner.visibleProperty().bind(model.merging());
        mergeBanner.managedProperty().bind(mergeBanner.visibleProperty());
        setTop(new VBox(header, mergeBanner));

        list.setId("changes-list");
        list.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, "changes-list");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> ChangeCell.withFolder());
        list.setItems(model.items());
        Label empty = new Label("No changes: the files are as in the last commit.", new FontIcon(Feather.CHECK_CIRCLE));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        list.setContextMenu(contextMenu());

        FontIcon icon = new FontIcon(Feather.GIT_BRANCH);
        icon.getStyleClass().add("empty-git-icon");
        Label title = new Label("This workspace is not a git repository");
        title.getStyleClass().add(Styles.TITLE_4);
        Label text = new Label("Make it one to track changes to your workflows, or clone a repository into a new"
                + " workspace.");
        text.getStyleClass().add(Styles.TEXT_MUTED);
        text.setWrapText(true);
        Button init = actionButton(DesignerAction.GIT_INIT, "Init Repository", true);
        init.setId("changes-init");
        Button clone = actionButton(DesignerAction.GIT_CLONE, "Clone Repository…", false);
        HBox buttons = new HBox(8, init, clone);
        buttons.setAlignment(Pos.CENTER);
        notRepository.getChildren().addAll(icon, title, text, buttons);
        notRepository.setAlignment(Pos.CENTER);
        notRepository.getStyleClass().add("not-repository");
        notRepository.setMaxWidth(460);
        body.getChildren().addAll(list, notRepository);
        setCenter(body);
    }

    private ContextMenu contextMenu() {
        MenuItem diff = menuItem("Show Diff", Feather.COLUMNS, () -> open(DesignerAction.GIT_DIFF));
        MenuItem openFile = menuItem("Open File", Feather.EDIT_3, () -> {
            if (selectedPath() != null) {
                navigator.openFile(selectedPath());
            }
        });
        MenuItem history = menuItem("Show History", Feather.CLOCK, () -> {
            if (selectedPath() != null) {
                navigator.showHistory(selectedPath());
            }
        });
        MenuItem rollback = menuItem("Roll Back…", Feather.ROTATE_CCW, () -> navigator.rollback(selectedPaths()));
        return new ContextMenu(diff, openFile, history, new SeparatorMenuItem(), rollback);
    }

    private void open(DesignerAction action) {
        actions.run(action);
    }

    private static MenuItem menuItem(String text, Ikon icon, Runnable action) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        item.setOnAction(e -> action.run());
        return item;
    }

    private Button actionButton(DesignerAction action, String text, boolean accent) {
        Button button = new Button(text, new FontIcon(action.icon()));
        button.getStyleClass().add(Styles.SMALL);
        if (accent) {
            button.getStyleClass().add(Styles.ACCENT);
        }
        String key = action.keyText();
        button.setTooltip(new Tooltip(action.plainLabel() + (key.isEmpty() ? "" : "  (" + key + ")")));
        button.disableProperty().bind(actions.enabled(action).not());
        button.setOnAction(e -> actions.run(action));
        button.setFocusTraversable(false);
        button.setMinWidth(USE_PREF_SIZE);
        return button;
    }

    private Button iconButton(DesignerAction action, Ikon icon, String tip) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId("changes-" + action.name().toLowerCase(java.util.Locale.ROOT).replace("git_", "").replace('_', '-'));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        String key = action.keyText();
        button.setTooltip(new Tooltip(tip + (key.isEmpty() ? "" : "  (" + key + ")")));
        button.disableProperty().bind(actions.enabled(action).not());
        button.setOnAction(e -> actions.run(action));
        button.setFocusTraversable(false);
        button.setMinWidth(USE_PREF_SIZE);
        return button;
    }

    private static Node separator() {
        javafx.scene.control.Separator separator = new javafx.scene.control.Separator(javafx.geometry.Orientation.VERTICAL);
        separator.getStyleClass().add("git-separator");
        return separator;
    }

    private void initListeners() {
        branch.textProperty().bind(model.git().branchProperty());
        summary.textProperty().bind(model.summaryProperty());
        list.visibleProperty().bind(model.git().isRepository());
        notRepository.visibleProperty().bind(model.git().isRepository().not()
                .and(model.git().folderProperty().isNotNull()));
        model.items().addListener((javafx.collections.ListChangeListener<ChangeItem>) c -> showAllState());
        all.selectedProperty().addListener((obs, old, now) -> {
            if (!settingAll) {
                model.includeAll(now);
            }
        });
        all.disableProperty().bind(Bindings.isEmpty(model.items()));
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && selectedPath() != null) {
                actions.run(DesignerAction.GIT_DIFF);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && selectedPath() != null) {
                actions.run(DesignerAction.GIT_DIFF);
                e.consume();
            } else if (e.getCode() == KeyCode.SPACE) {
                list.getSelectionModel().getSelectedItems().forEach(i -> i.includedProperty().set(!i.isIncluded()));
                e.consume();
            }
        });
        showAllState();
    }

    private void showAllState() {
        settingAll = true;
        long included = model.items().stream().filter(ChangeItem::isIncluded).count();
        all.setIndeterminate(included > 0 && included < model.items().size());
        all.setSelected(!model.items().isEmpty() && included == model.items().size());
        settingAll = false;
    }
}
