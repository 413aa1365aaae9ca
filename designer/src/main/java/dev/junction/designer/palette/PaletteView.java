package dev.junction.designer.palette;

import atlantafx.base.controls.CustomTextField;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseEvent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The step palette: the built-in step kinds and the workspace's actions, each with an icon and a short
 * description, filtered by a search field. Drag an entry onto a canvas to add a step there; double-click (or
 * Enter on a focused entry) hands the item to {@link #setOnActivate} so the shell can add it to the canvas in
 * front. FX thread only.
 */
public final class PaletteView extends BorderPane {

    private static final ExecutorService SCAN = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "junction-palette-scan");
        t.setDaemon(true);
        return t;
    });

    private final PaletteViewModel model = new PaletteViewModel();
    private final VBox kindsBox = new VBox(4);
    private final VBox actionsBox = new VBox(4);
    private final Label actionsStatus = new Label();
    private Consumer<PaletteItem> onActivate = item -> { };

    public PaletteView() {
        createView();
        initListeners();
    }

    /** The workspace whose actions are listed (scanned in the background); null lists none. */
    public void setWorkspace(Path workspace) {
        model.scan(workspace, SCAN, Platform::runLater);
    }

    /** Called with an item that was double-clicked or activated with Enter. */
    public void setOnActivate(Consumer<PaletteItem> handler) {
        onActivate = handler == null ? item -> { } : handler;
    }

    public PaletteViewModel model() {
        return model;
    }

    private void createView() {
        getStyleClass().add("palette");
        getStylesheets().add(PaletteView.class.getResource("palette.css").toExternalForm());
        CustomTextField search = new CustomTextField();
        search.setPromptText("Filter steps and actions");
        search.setLeft(new FontIcon(Feather.SEARCH));
        search.getStyleClass().add("palette-search");
        search.textProperty().bindBidirectional(model.filterProperty());
        HBox searchBox = new HBox(search);
        searchBox.getStyleClass().add("palette-search-box");
        HBox.setHgrow(search, Priority.ALWAYS);
        setTop(searchBox);

        actionsStatus.getStyleClass().add("palette-empty");
        actionsStatus.setWrapText(true);
        VBox content = new VBox(6, header("Steps"), kindsBox, header("Actions"), actionsBox, actionsStatus);
        content.getStyleClass().add("palette-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("palette-scroll");
        setCenter(scroll);
        fill(kindsBox, model.visibleKinds());
        fill(actionsBox, model.visibleActions());
    }

    private void initListeners() {
        model.visibleKinds().addListener((ListChangeListener<PaletteItem>) c -> fill(kindsBox, model.visibleKinds()));
        model.visibleActions().addListener((ListChangeListener<PaletteItem>) c -> fill(actionsBox, model.visibleActions()));
        actionsStatus.textProperty().bind(model.actionsStatusProperty());
        actionsStatus.visibleProperty().bind(model.actionsStatusProperty().isNotEmpty());
        actionsStatus.managedProperty().bind(actionsStatus.visibleProperty());
    }

    private static Label header(String text) {
        Label label = new Label(text.toUpperCase(java.util.Locale.ROOT));
        label.getStyleClass().add("palette-header");
        return label;
    }

    private void fill(VBox box, ObservableList<PaletteItem> items) {
        box.getChildren().setAll(items.stream().map(this::entry).toList());
    }

    private Node entry(PaletteItem item) {
        FontIcon icon = new FontIcon(item.icon());
        StackPane iconBox = new StackPane(icon);
        iconBox.getStyleClass().add("palette-icon");
        if (item instanceof PaletteItem.Kind k) {
            iconBox.getStyleClass().add("kind-" + k.kind().key());
        } else {
            iconBox.getStyleClass().add("kind-uses");
        }
        Label title = new Label(item.label());
        title.getStyleClass().add("palette-title");
        Label description = new Label(item.description());
        description.getStyleClass().add("palette-description");
        description.setWrapText(true);
        VBox text = new VBox(1, title, description);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(10, iconBox, text);
        row.getStyleClass().add("palette-item");
        row.setPadding(new Insets(6, 8, 6, 8));
        row.setFocusTraversable(true);
        row.setCursor(Cursor.OPEN_HAND);
        Tooltip.install(row, new Tooltip(item instanceof PaletteItem.Action a
                ? a.label() + "\n" + (a.gitUses() != null ? a.gitUses() : a.folder().toString())
                : item.description() + "\nDrag onto the canvas"));
        PaletteDrag.attach(row, item);
        row.setOnDragDetected(e -> {
            if (e.getButton() == MouseButton.PRIMARY && row.getScene() != null) {
                row.startFullDrag();
                row.setCursor(Cursor.CLOSED_HAND);
                row.pseudoClassStateChanged(DRAGGING, true);
                // the release is delivered where the pointer is, not to this row: watch for it on the scene
                Scene scene = row.getScene();
                scene.addEventFilter(MouseEvent.MOUSE_RELEASED, new EventHandler<>() {
                    @Override
                    public void handle(MouseEvent released) {
                        scene.removeEventFilter(MouseEvent.MOUSE_RELEASED, this);
                        row.setCursor(Cursor.OPEN_HAND);
                        row.pseudoClassStateChanged(DRAGGING, false);
                    }
                });
            }
        });
        row.setOnMouseClicked(e -> {
            row.requestFocus();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                onActivate.accept(item);
            }
        });
        row.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                onActivate.accept(item);
                e.consume();
            }
        });
        return row;
    }

    private static final javafx.css.PseudoClass DRAGGING = javafx.css.PseudoClass.getPseudoClass("dragging");
}
