package dev.junction.designer.console;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The log console: a toolbar (step filter, search with match count and navigation, filter mode, follow, copy,
 * clear) over a virtualized list of log rows. Follow mode keeps the newest line in view and pauses as soon as
 * the user scrolls up; scrolling back to the end resumes it. FX thread only.
 */
public final class LogConsoleView extends BorderPane {

    /** Row height in pixels; fixed so the list never measures rows (100,000 rows cost nothing to lay out). */
    static final double ROW_HEIGHT = 19;
    private static final String ALL_STEPS = "";

    private final LogConsoleViewModel model;
    private final ConsolePalette palette = new ConsolePalette();
    private final ListView<LogEntry> list = new ListView<>();
    private final ComboBox<String> stepFilter = new ComboBox<>();
    private final CustomTextField searchField = new CustomTextField();
    private final Label matchLabel = new Label();
    private final ToggleButton filterToggle = new ToggleButton();
    private final ToggleButton followToggle = new ToggleButton();
    private final Button previousButton = iconButton(Material2AL.KEYBOARD_ARROW_UP, "Previous match (Shift+Enter)");
    private final Button nextButton = iconButton(Material2AL.KEYBOARD_ARROW_DOWN, "Next match (Enter)");
    private final Button copyButton = iconButton(Material2AL.CONTENT_COPY, "Copy the selected lines, or all shown lines");
    private final Button clearButton = iconButton(Material2AL.DELETE_SWEEP, "Clear the console");
    private final Label countLabel = new Label();

    public LogConsoleView(LogConsoleViewModel model) {
        this.model = Objects.requireNonNull(model);
        createView();
        initListeners();
    }

    public LogConsoleViewModel model() {
        return model;
    }

    /** Puts the caret in the search field (Ctrl+F). */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    /** Selects and shows the next (or previous) match after the selected row. */
    public void findNext(boolean forward) {
        int from = list.getSelectionModel().getSelectedIndex();
        if (from < 0) {
            from = forward ? -1 : list.getItems().size();
        }
        int found = model.findMatch(from, forward);
        if (found >= 0) {
            model.followProperty().set(false);
            list.getSelectionModel().clearAndSelect(found);
            list.scrollTo(Math.max(0, found - 3));
        }
    }

    /** Copies the selected rows, or every shown row when none is selected. */
    public void copy() {
        List<LogEntry> rows = list.getSelectionModel().getSelectedItems().isEmpty()
                ? List.copyOf(list.getItems()) : List.copyOf(list.getSelectionModel().getSelectedItems());
        ClipboardContent content = new ClipboardContent();
        content.putString(model.copyText(rows));
        Clipboard.getSystemClipboard().setContent(content);
    }

    ListView<LogEntry> list() {
        return list;
    }

    private void createView() {
        getStyleClass().add("log-console");
        getStylesheets().add(Objects.requireNonNull(LogConsoleView.class.getResource("log-console.css")).toExternalForm());

        list.setItems(model.visibleLines());
        list.setFixedCellSize(ROW_HEIGHT);
        list.setCellFactory(v -> new LogCell(model, palette));
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.getStyleClass().addAll("log-list", Tweaks.EDGE_TO_EDGE, Styles.DENSE);
        list.setPlaceholder(placeholder());

        stepFilter.getStyleClass().add("log-step-filter");
        stepFilter.setItems(javafx.collections.FXCollections.observableArrayList(ALL_STEPS));
        stepFilter.getSelectionModel().select(ALL_STEPS);
        stepFilter.setCellFactory(v -> new StepChoiceCell(true));
        stepFilter.setButtonCell(new StepChoiceCell(false));
        stepFilter.setTooltip(new Tooltip("Show the lines of one step"));
        stepFilter.setPrefWidth(180);

        searchField.setPromptText("Search logs");
        searchField.setLeft(new FontIcon(Material2MZ.SEARCH));
        searchField.setRight(matchLabel);
        searchField.getStyleClass().add("log-search");
        searchField.setPrefColumnCount(18);
        matchLabel.getStyleClass().addAll("log-match-count", Styles.TEXT_SMALL, Styles.TEXT_MUTED);

        filterToggle.setGraphic(new FontIcon(Material2AL.FILTER_LIST));
        filterToggle.setTooltip(new Tooltip("Show only the lines that match"));
        filterToggle.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        followToggle.setGraphic(new FontIcon(Material2MZ.VERTICAL_ALIGN_BOTTOM));
        followToggle.setTooltip(new Tooltip("Follow: keep the newest line in view"));
        followToggle.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        countLabel.getStyleClass().addAll("log-count", Styles.TEXT_SMALL, Styles.TEXT_MUTED);

        ToolBar bar = new ToolBar(stepFilter, new Separator(Orientation.VERTICAL), searchField, previousButton, nextButton,
                filterToggle, new Spacer(), countLabel, new Separator(Orientation.VERTICAL), followToggle, copyButton,
                clearButton);
        bar.getStyleClass().add("log-toolbar");
        setTop(bar);
        setCenter(list);
        getChildren().add(palette.swatches());
    }

    private void initListeners() {
        model.stepChoices().addListener((ListChangeListener<String>) c -> refreshStepChoices());
        stepFilter.valueProperty().addListener((obs, old, now) ->
                model.stepFilterProperty().set(now == null || now.equals(ALL_STEPS) ? null : now));
        model.stepFilterProperty().addListener((obs, old, now) -> {
            String value = now == null ? ALL_STEPS : now;
            if (!value.equals(stepFilter.getValue())) {
                if (!stepFilter.getItems().contains(value)) {
                    stepFilter.getItems().add(value);
                }
                stepFilter.setValue(value);
            }
        });
        palette.revisionProperty().addListener((obs, old, now) -> list.refresh());
        model.prefixVisibleProperty().addListener((obs, old, now) -> list.refresh());
        model.prefixWidthProperty().addListener((obs, old, now) -> list.refresh());

        searchField.textProperty().bindBidirectional(model.queryProperty());
        model.searchProperty().addListener((obs, old, now) -> list.refresh());
        matchLabel.textProperty().bind(Bindings.createStringBinding(() -> model.queryProperty().get().isEmpty() ? ""
                : model.matchCountProperty().get() == 1 ? "1 match"
                : String.format("%,d matches", model.matchCountProperty().get()),
                model.matchCountProperty(), model.queryProperty()));
        searchField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                findNext(!e.isShiftDown());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                searchField.clear();
                list.requestFocus();
                e.consume();
            }
        });
        previousButton.setOnAction(e -> findNext(false));
        nextButton.setOnAction(e -> findNext(true));
        previousButton.disableProperty().bind(model.matchCountProperty().isEqualTo(0));
        nextButton.disableProperty().bind(model.matchCountProperty().isEqualTo(0));
        filterToggle.selectedProperty().bindBidirectional(model.filterModeProperty());

        followToggle.selectedProperty().bindBidirectional(model.followProperty());
        model.followProperty().addListener((obs, old, now) -> {
            if (now) {
                scrollToEnd();
            }
        });
        model.batchesProperty().addListener((obs, old, now) -> {
            if (model.followProperty().get()) {
                scrollToEnd();
            }
        });
        copyButton.setOnAction(e -> copy());
        clearButton.setOnAction(e -> model.clear());
        countLabel.textProperty().bind(Bindings.createStringBinding(this::countText, model.visibleLines(),
                model.droppedCountProperty()));

        // follow pauses when the user moves away from the end, and resumes when they come back to it
        list.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() > 0) {
                model.followProperty().set(false);
            } else if (e.getDeltaY() < 0) {
                Platform.runLater(this::resumeFollowAtEnd);
            }
        });
        list.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (isOnScrollBar(e)) {
                Platform.runLater(this::resumeFollowAtEnd);
            }
        });
        list.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (isOnScrollBar(e) && !isAtEnd()) {
                model.followProperty().set(false);
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case UP, PAGE_UP, HOME -> model.followProperty().set(false);
                case END -> model.followProperty().set(true);
                default -> { }
            }
        });
        KeyCombination copyKeys = KeyCombination.valueOf("Shortcut+C");
        KeyCombination findKeys = KeyCombination.valueOf("Shortcut+F");
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (copyKeys.match(e) && list.isFocused()) {
                copy();
                e.consume();
            } else if (findKeys.match(e)) {
                focusSearch();
                e.consume();
            }
        });
    }

    private String countText() {
        int shown = model.visibleLines().size();
        if (!model.visibleLines().isEmpty() && model.visibleLines().getFirst().marker()) {
            shown--;
        }
        String text = String.format("%,d lines", shown);
        if (model.droppedCountProperty().get() > 0) {
            text += String.format(" · %,d dropped", model.droppedCountProperty().get());
        }
        return text;
    }

    private void refreshStepChoices() {
        String selected = stepFilter.getValue();
        List<String> items = new java.util.ArrayList<>();
        items.add(ALL_STEPS);
        items.addAll(model.stepChoices());
        String filter = model.stepFilterProperty().get();
        if (filter != null && !items.contains(filter)) {
            items.add(filter); // a filter set from the canvas before the step wrote anything
        }
        stepFilter.getItems().setAll(items);
        stepFilter.setValue(selected != null && items.contains(selected) ? selected : ALL_STEPS);
    }

    private void scrollToEnd() {
        int size = list.getItems().size();
        if (size > 0) {
            list.scrollTo(size - 1);
        }
    }

    private void resumeFollowAtEnd() {
        if (isAtEnd()) {
            model.followProperty().set(true);
        }
    }

    /** Whether the last row is on screen. */
    boolean isAtEnd() {
        int size = list.getItems().size();
        if (size == 0) {
            return true;
        }
        VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
        if (flow == null || flow.getLastVisibleCell() == null) {
            return true;
        }
        return flow.getLastVisibleCell().getIndex() >= size - 1;
    }

    private static boolean isOnScrollBar(MouseEvent e) {
        Node node = e.getPickResult().getIntersectedNode();
        while (node != null) {
            if (node instanceof ScrollBar bar) {
                return bar.getOrientation() == Orientation.VERTICAL;
            }
            node = node.getParent();
        }
        return false;
    }

    private Node placeholder() {
        FontIcon icon = new FontIcon(Material2MZ.SUBJECT);
        icon.getStyleClass().add("log-placeholder-icon");
        Label title = new Label("No logs yet");
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label("Run the workflow (F5) and its output shows here, live.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(6, icon, title, hint);
        box.getStyleClass().add("log-placeholder");
        box.setAlignment(javafx.geometry.Pos.CENTER);
        return box;
    }

    private static Button iconButton(Ikon icon, String tooltip) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tooltip));
        return button;
    }

    /** Shows "All steps" for the empty choice and indents instance keys under their step. */
    private static final class StepChoiceCell extends ListCell<String> {
        private final boolean indent;

        StepChoiceCell(boolean indent) {
            this.indent = indent;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
            } else if (item.equals(ALL_STEPS)) {
                setText("All steps");
            } else {
                setText(indent && item.indexOf('[') >= 0 ? "    " + item.substring(item.indexOf('[')) : item);
            }
        }
    }
}
