package dev.junction.designer.workspace;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The workspace explorer: the folder's workflows and actions as a tree with icons. Double-click or Enter
 * on a workflow asks to open it; the tree follows file changes, keeping what was expanded and selected.
 */
public final class WorkspaceExplorer extends BorderPane {

    private final WorkspaceExplorerViewModel model;
    private final TreeView<WorkspaceNode> tree = new TreeView<>();
    private final Label title = new Label("EXPLORER");
    private final VBox empty = new VBox(8);
    private final Label emptyText = new Label();
    private Consumer<Path> onOpenWorkflow = p -> { };
    private Consumer<Path> onNewWorkflow = p -> { };
    private Runnable onOpenFolder = () -> { };

    public WorkspaceExplorer(WorkspaceExplorerViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    public WorkspaceExplorerViewModel model() {
        return model;
    }

    /** Called with a workflow file the user opened (double-click, Enter, context menu). */
    public void setOnOpenWorkflow(Consumer<Path> handler) {
        this.onOpenWorkflow = handler;
    }

    /** Called with the folder in which the user wants a new workflow. */
    public void setOnNewWorkflow(Consumer<Path> handler) {
        this.onNewWorkflow = handler;
    }

    /** Called when the user asks to open another folder (from the empty explorer). */
    public void setOnOpenFolder(Runnable handler) {
        this.onOpenFolder = handler;
    }

    /** The folder a new workflow should go in: the selected folder, the selected file's folder, or the root. */
    public Path targetFolder() {
        TreeItem<WorkspaceNode> selected = tree.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return model.rootProperty().get();
        }
        WorkspaceNode node = selected.getValue();
        return node.kind() == WorkspaceNode.Kind.FOLDER ? node.path() : node.path().getParent();
    }

    TreeView<WorkspaceNode> tree() {
        return tree;
    }

    private void createView() {
        getStyleClass().add("workspace-explorer");
        setId("workspace-explorer");
        title.getStyleClass().addAll("panel-title");
        Button newWorkflow = headerButton(Feather.FILE_PLUS, "New Workflow…", () -> onNewWorkflow.accept(targetFolder()));
        Button refresh = headerButton(Feather.REFRESH_CW, "Refresh", model::refresh);
        Button collapse = headerButton(Feather.MINUS_SQUARE, "Collapse All", this::collapseAll);
        HBox header = new HBox(2, title, new Spacer(), newWorkflow, refresh, collapse);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("panel-header");
        setTop(header);

        tree.setId("workspace-tree");
        tree.setShowRoot(false); // the header names the workspace
        tree.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        tree.setCellFactory(v -> new NodeCell());
        MenuItem open = new MenuItem("Open", new FontIcon(Feather.EDIT_3));
        open.setOnAction(e -> openSelected());
        MenuItem create = new MenuItem("New Workflow Here…", new FontIcon(Feather.FILE_PLUS));
        create.setOnAction(e -> onNewWorkflow.accept(targetFolder()));
        MenuItem refreshItem = new MenuItem("Refresh", new FontIcon(Feather.REFRESH_CW));
        refreshItem.setOnAction(e -> model.refresh());
        tree.setContextMenu(new ContextMenu(open, create, refreshItem));

        Button openFolder = new Button("Open Folder…", new FontIcon(Feather.FOLDER));
        openFolder.getStyleClass().add(Styles.ACCENT);
        openFolder.setOnAction(e -> onOpenFolder.run());
        emptyText.setWrapText(true);
        emptyText.getStyleClass().add(Styles.TEXT_MUTED);
        empty.getChildren().addAll(emptyText, openFolder);
        empty.setAlignment(Pos.TOP_CENTER);
        empty.getStyleClass().add("explorer-empty");
        showState();
    }

    private Button headerButton(Ikon icon, String tooltip, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        button.setTooltip(new Tooltip(tooltip));
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        button.disableProperty().bind(model.rootProperty().isNull());
        return button;
    }

    private void initListeners() {
        model.treeProperty().addListener((obs, old, now) -> rebuild(now));
        model.rootProperty().addListener((obs, old, now) -> showState());
        model.errorProperty().addListener((obs, old, now) -> showState());
        tree.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
    }

    private void openSelected() {
        TreeItem<WorkspaceNode> selected = tree.getSelectionModel().getSelectedItem();
        if (selected != null && selected.getValue().kind() == WorkspaceNode.Kind.WORKFLOW) {
            onOpenWorkflow.accept(selected.getValue().path());
        }
    }

    private void showState() {
        Path root = model.rootProperty().get();
        title.setText(root == null ? "EXPLORER" : root.getFileName() == null ? root.toString() : root.getFileName().toString());
        if (root == null || !model.errorProperty().get().isEmpty()) {
            emptyText.setText(root == null ? "No folder is open. Open a folder of workflows to start."
                    : model.errorProperty().get());
            setCenter(empty);
        } else {
            setCenter(tree);
        }
    }

    /** Replaces the tree, keeping expanded folders and the selection where they still exist. */
    private void rebuild(WorkspaceNode root) {
        if (root == null) {
            tree.setRoot(null);
            return;
        }
        Set<Path> expanded = new HashSet<>();
        collectExpanded(tree.getRoot(), expanded);
        boolean firstShow = tree.getRoot() == null;
        TreeItem<WorkspaceNode> selected = tree.getSelectionModel().getSelectedItem();
        Path selectedPath = selected == null ? null : selected.getValue().path();
        TreeItem<WorkspaceNode> item = toItem(root, expanded, firstShow);
        item.setExpanded(true);
        tree.setRoot(item);
        if (selectedPath != null) {
            select(item, selectedPath);
        }
    }

    private static void collectExpanded(TreeItem<WorkspaceNode> item, Set<Path> into) {
        if (item == null) {
            return;
        }
        if (item.isExpanded()) {
            into.add(item.getValue().path());
        }
        item.getChildren().forEach(child -> collectExpanded(child, into));
    }

    private static TreeItem<WorkspaceNode> toItem(WorkspaceNode node, Set<Path> expanded, boolean firstShow) {
        TreeItem<WorkspaceNode> item = new TreeItem<>(node);
        for (WorkspaceNode child : node.children()) {
            item.getChildren().add(toItem(child, expanded, firstShow));
        }
        // on first show, open folders one level down so a small workspace is visible at once
        item.setExpanded(expanded.contains(node.path()) || (firstShow && node.kind() == WorkspaceNode.Kind.FOLDER
                && node.children().stream().allMatch(c -> c.kind() != WorkspaceNode.Kind.FOLDER)));
        return item;
    }

    private boolean select(TreeItem<WorkspaceNode> item, Path path) {
        if (item.getValue().path().equals(path)) {
            tree.getSelectionModel().select(item);
            return true;
        }
        for (TreeItem<WorkspaceNode> child : item.getChildren()) {
            if (select(child, path)) {
                return true;
            }
        }
        return false;
    }

    private void collapseAll() {
        if (tree.getRoot() != null) {
            tree.getRoot().getChildren().forEach(WorkspaceExplorer::collapse);
        }
    }

    private static void collapse(TreeItem<WorkspaceNode> item) {
        item.setExpanded(false);
        item.getChildren().forEach(WorkspaceExplorer::collapse);
    }

    /** A row: the kind's icon and the name; an action shows its description beside it and as tooltip. */
    private static final class NodeCell extends TreeCell<WorkspaceNode> {
        @Override
        protected void updateItem(WorkspaceNode node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass().removeAll("workflow", "action", "folder");
            if (empty || node == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            FontIcon icon = new FontIcon(switch (node.kind()) {
                case FOLDER -> Feather.FOLDER;
                case WORKFLOW -> Feather.SHARE_2;
                case ACTION -> Feather.PACKAGE;
            });
            icon.getStyleClass().add("explorer-icon");
            getStyleClass().add(node.kind().name().toLowerCase(java.util.Locale.ROOT));
            setText(node.name());
            setGraphic(icon);
            setTooltip(node.description().isEmpty() ? new Tooltip(node.path().toString())
                    : new Tooltip(node.name() + " — " + node.description()));
        }
    }
}
