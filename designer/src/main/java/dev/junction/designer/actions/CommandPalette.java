package dev.junction.designer.actions;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The command palette (Ctrl+Shift+P): a query field over the list of every action, filtered fuzzily as
 * one types; Up/Down move, Enter runs, Escape closes, a click runs. The window decides where it shows
 * (an overlay); the palette only asks to be closed through {@link #setOnClose}.
 */
public final class CommandPalette extends VBox {

    private final CommandPaletteViewModel model;
    private final CustomTextField query = new CustomTextField();
    private final ListView<CommandPaletteViewModel.Entry> list = new ListView<>();
    private Runnable onClose = () -> { };

    public CommandPalette(CommandPaletteViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    /** Called when the palette wants to close (Escape, or just before an action runs). */
    public void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    /** Clears the query and puts the caret in it; call each time the palette is shown. */
    public void prepareToShow() {
        model.reset();
        Platform.runLater(query::requestFocus);
    }

    public CommandPaletteViewModel model() {
        return model;
    }

    private void createView() {
        getStyleClass().add("command-palette");
        setId("command-palette");
        setMaxSize(620, 420);
        setPrefWidth(620);
        query.setId("command-palette-query");
        query.setPromptText("Type a command…");
        query.setLeft(new FontIcon(Feather.COMMAND));
        list.setId("command-palette-list");
        list.setItems(model.matches());
        list.setCellFactory(v -> new EntryCell());
        list.getStyleClass().add(Styles.DENSE);
        list.setFocusTraversable(false);
        list.setPrefHeight(360);
        setSpacing(8);
        getChildren().addAll(query, list);
    }

    private void initListeners() {
        query.textProperty().bindBidirectional(model.queryProperty());
        model.highlightedProperty().addListener((obs, old, entry) -> {
            list.getSelectionModel().select(entry);
            if (entry != null) {
                list.scrollTo(Math.max(0, list.getItems().indexOf(entry) - 3));
            }
        });
        list.getSelectionModel().select(model.highlightedProperty().get());
        query.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case DOWN -> model.move(1);
                case UP -> model.move(-1);
                case PAGE_DOWN -> model.move(8);
                case PAGE_UP -> model.move(-8);
                case ENTER -> runHighlighted();
                case ESCAPE -> onClose.run();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && list.getSelectionModel().getSelectedItem() != null) {
                model.highlight(list.getSelectionModel().getSelectedItem());
                runHighlighted();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                onClose.run();
                e.consume();
            }
        });
    }

    private void runHighlighted() {
        CommandPaletteViewModel.Entry entry = model.highlightedProperty().get();
        if (entry == null || !model.isEnabled(entry)) {
            return;
        }
        // close first: the action may open a dialog or move the focus
        onClose.run();
        model.runHighlighted();
    }

    private final class EntryCell extends ListCell<CommandPaletteViewModel.Entry> {
        @Override
        protected void updateItem(CommandPaletteViewModel.Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            DesignerAction action = entry.action();
            Label category = new Label(action.category().label() + ":");
            category.getStyleClass().add(Styles.TEXT_MUTED);
            HBox row = new HBox(8, ActionFactory.icon(action), category, new Label(action.plainLabel()), new Spacer());
            if (!action.keyText().isEmpty()) {
                Label key = new Label(action.keyText());
                key.getStyleClass().add("key-hint");
                row.getChildren().add(key);
            }
            row.setAlignment(Pos.CENTER_LEFT);
            setDisable(!model.isEnabled(entry));
            setText(null);
            setGraphic(row);
        }
    }
}
