package dev.junction.designer.git;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.junction.git.workspace.ChangedFile;
import dev.junction.git.workspace.CommitInfo;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The History panel: the commits of the workspace or of one file (message, author, time, id), and for the selected
 * commit its full message and changed files, with buttons to open a file's version read-only, compare it with the
 * file on disk or with the commit before, and restore it. FX thread only.
 */
public final class HistoryView extends BorderPane {

    private final HistoryViewModel model;
    private final GitNavigator navigator;
    private final TableView<CommitInfo> table = new TableView<>();
    private final ListView<ChangedFile> files = new ListView<>();
    private final Label scope = new Label();
    private final Label message = new Label();
    private final Label details = new Label();
    private final Label detailMeta = new Label();
    private final Button showAll = new Button("All Files");
    private final Label filesTitle = new Label();
    private final Button open = button("history-open", Feather.EYE, "Open this version (read-only)");
    private final Button compare = button("history-compare", Feather.COLUMNS, "Compare this version with the file on disk");
    private final Button previous = button("history-changes", Feather.GIT_COMMIT, "Show what this commit changed in the file");
    private final Button restore = button("history-restore", Feather.ROTATE_CCW, "Restore this version on disk");

    public HistoryView(HistoryViewModel model, GitNavigator navigator) {
        this.model = model;
        this.navigator = navigator;
        createView();
        initListeners();
    }

    public HistoryViewModel model() {
        return model;
    }

    public TableView<CommitInfo> table() {
        return table;
    }

    public ListView<ChangedFile> files() {
        return files;
    }

    private void createView() {
        getStyleClass().add("history-view");
        getStylesheets().add(GitStyles.STYLESHEET);
        setId("history-view");
        scope.setId("history-scope");
        scope.getStyleClass().add("history-scope");
        message.setId("history-message");
        message.getStyleClass().add(Styles.TEXT_MUTED);
        showAll.setId("history-all");
        showAll.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        showAll.setGraphic(new FontIcon(Feather.X));
        showAll.setTooltip(new Tooltip("Show the history of the whole workspace"));
        showAll.setOnAction(e -> model.fileProperty().set(null));
        Button reload = new Button(null, new FontIcon(Feather.REFRESH_CW));
        reload.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        reload.setTooltip(new Tooltip("Refresh"));
        reload.setOnAction(e -> model.load());
        HBox header = new HBox(8, scope, showAll, message, new Spacer(), reload);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("git-panel-header");
        setTop(header);

        table.setId("history-table");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, "history-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<CommitInfo, String> summary = column("Message", c -> c.summary(), 320);
        TableColumn<CommitInfo, String> author = column("Author", CommitInfo::authorName, 120);
        TableColumn<CommitInfo, String> when = column("Date", c -> VersionView.WHEN.format(c.authorTime()), 150);
        TableColumn<CommitInfo, String> id = column("Commit", CommitInfo::shortId, 70);
        id.setMinWidth(70);
        when.setMinWidth(110);
        id.getStyleClass().add("commit-id-column");
        table.getColumns().setAll(java.util.List.of(summary, author, when, id));
        table.setItems(model.commits());
        table.setPlaceholder(new Label("No commits"));

        details.setId("history-details");
        details.getStyleClass().add("commit-message");
        details.setWrapText(true);
        detailMeta.getStyleClass().add(Styles.TEXT_MUTED);
        detailMeta.setWrapText(true);
        files.setId("history-files");
        files.getStyleClass().addAll(Styles.DENSE, "history-files");
        files.setCellFactory(v -> new FileCell());
        files.setPlaceholder(new Label("Select a commit"));
        filesTitle.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox buttons = new HBox(2, filesTitle, new Spacer(), open, compare, previous, restore);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getStyleClass().add("history-buttons");
        files.setContextMenu(new javafx.scene.control.ContextMenu(
                menuItem("Open Version", Feather.EYE, open), menuItem("Compare with Working Tree", Feather.COLUMNS, compare),
                menuItem("Show Changes of This Commit", Feather.GIT_COMMIT, previous),
                new javafx.scene.control.SeparatorMenuItem(), menuItem("Restore This Version…", Feather.ROTATE_CCW, restore)));
        VBox side = new VBox(4, details, detailMeta, buttons, files);
        VBox.setVgrow(files, Priority.ALWAYS);
        side.getStyleClass().add("history-detail");
        SplitPane split = new SplitPane(table, side);
        split.setDividerPositions(0.6);
        split.getStyleClass().add("history-split");
        setCenter(split);
    }

    private static TableColumn<CommitInfo, String> column(String title, java.util.function.Function<CommitInfo, String> value,
                                                          double width) {
        TableColumn<CommitInfo, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private static javafx.scene.control.MenuItem menuItem(String text, Ikon icon, Button twin) {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(text, new FontIcon(icon));
        item.disableProperty().bind(twin.disabledProperty());
        item.setOnAction(e -> twin.fire());
        return item;
    }

    private static Button button(String id, Ikon icon, String tip) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
        return button;
    }

    private void initListeners() {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null || !model.commits().isEmpty()) {
                model.select(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> showCommit(now));
        model.messageProperty().addListener((obs, old, now) -> message.setText(now));
        model.fileProperty().addListener((obs, old, now) -> showScope());
        files.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> enableButtons());
        open.setOnAction(e -> withFile((path, commit) -> navigator.openVersion(path, commit)));
        compare.setOnAction(e -> withFile((path, commit) -> navigator.openDiff(path, commit.id(), null)));
        previous.setOnAction(e -> withFile((path, commit) -> navigator.openDiff(path,
                commit.parentIds().isEmpty() ? commit.id() : commit.parentIds().getFirst(), commit.id())));
        restore.setOnAction(e -> withFile(navigator::restore));
        files.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                withFile((path, commit) -> navigator.openVersion(path, commit));
            }
        });
        message.setText(model.messageProperty().get());
        showScope();
        showCommit(model.selectedProperty().get());
    }

    private void withFile(java.util.function.BiConsumer<String, CommitInfo> action) {
        CommitInfo commit = model.selectedProperty().get();
        ChangedFile file = files.getSelectionModel().getSelectedItem();
        if (commit != null && file != null) {
            action.accept(file.path(), commit);
        }
    }

    private void showScope() {
        String file = model.fileProperty().get();
        scope.setText(file == null ? "Workspace" : file);
        scope.setGraphic(new FontIcon(file == null ? Feather.GIT_COMMIT : Feather.FILE_TEXT));
        showAll.setVisible(file != null);
        showAll.setManaged(file != null);
    }

    private void showCommit(CommitInfo commit) {
        if (commit == null) {
            table.getSelectionModel().clearSelection();
            details.setText("");
            detailMeta.setText("");
            filesTitle.setText("");
            files.getItems().clear();
            enableButtons();
            return;
        }
        if (table.getSelectionModel().getSelectedItem() != commit) {
            table.getSelectionModel().select(commit);
        }
        details.setText(commit.message().strip());
        detailMeta.setText(commit.authorName() + " <" + commit.authorEmail() + ">  ·  "
                + VersionView.WHEN.format(commit.authorTime()) + "  ·  " + commit.id().substring(0, 12));
        files.getItems().setAll(commit.files());
        filesTitle.setText(commit.files().size() + (commit.files().size() == 1 ? " file changed" : " files changed"));
        String focus = model.fileProperty().get();
        commit.files().stream().filter(f -> f.path().equals(focus)).findFirst()
                .or(() -> commit.files().stream().findFirst()).ifPresent(files.getSelectionModel()::select);
        enableButtons();
    }

    private void enableButtons() {
        ChangedFile file = files.getSelectionModel().getSelectedItem();
        boolean none = file == null || model.selectedProperty().get() == null;
        boolean deleted = file != null && file.type() == dev.junction.git.workspace.FileChangeType.DELETED;
        open.setDisable(none || deleted);
        compare.setDisable(none || deleted);
        previous.setDisable(none);
        restore.setDisable(none || deleted);
    }

    /** A changed file: its change letter and path. */
    private static final class FileCell extends ListCell<ChangedFile> {
        @Override
        protected void updateItem(ChangedFile file, boolean empty) {
            super.updateItem(file, empty);
            getStyleClass().removeIf(c -> c.startsWith("badge-"));
            if (empty || file == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label letter = new Label(switch (file.type()) {
                case ADDED -> "A";
                case MODIFIED -> "M";
                case DELETED -> "D";
                case RENAMED -> "R";
                case COPIED -> "C";
            });
            letter.getStyleClass().add("change-badge");
            getStyleClass().add(switch (file.type()) {
                case ADDED, COPIED -> "badge-new";
                case MODIFIED, RENAMED -> "badge-modified";
                case DELETED -> "badge-deleted";
            });
            setGraphic(letter);
            setText(file.path().equals(file.oldPath()) ? file.path() : file.oldPath() + " → " + file.path());
        }
    }
}
