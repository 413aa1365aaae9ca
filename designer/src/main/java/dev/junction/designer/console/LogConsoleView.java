package dev.junction.designer.console;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The log console: a toolbar (step filter, search with match count and navigation, filter mode, follow, copy,
 * clear) over the lines, painted by {@link LogLinesView} (only the rows on screen, once per pulse: its cost does
 * not grow with the lines kept, unlike a ListView, whose layout walks every row). Follow mode keeps the newest
 * line in view and pauses as soon as the user scrolls up; scrolling back to the end resumes it. Click,
 * Shift+click, drag and the arrow keys select lines; Ctrl+C copies them, Ctrl+F goes to the search field.
 * FX thread only.
 */
public final class LogConsoleView extends BorderPane {

    private static final String ALL_STEPS = "";
    private static final KeyCombination COPY = KeyCombination.valueOf("Shortcut+C");
    private static final KeyCombination SELECT_ALL = KeyCombination.valueOf("Shortcut+A");
    private static final KeyCombination FIND = KeyCombination.valueOf("Shortcut+F");

    private final LogConsoleViewModel model;
    private final ConsolePalette palette = new ConsolePalette();
    private final LogLinesView lines;
    private final StackPane body = new StackPane();
    private final Node placeholder = placeholder();
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
        this.lines = new LogLinesView(model, palette);
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

    /** Selects and shows the next (or previous) match after the selected line. */
    public void findNext(boolean forward) {
        int from = model.focusIndex();
        if (from < 0) {
            from = forward ? -1 : model.visibleLines().size();
        }
        int found = model.findMatch(from, forward);
        if (found >= 0) {
            model.followProperty().set(false);
            model.selectIndex(found, false);
            lines.showNear(found);
        }
    }

    /** Copies the selected lines, or every shown line when none is selected. */
    public void copy() {
        List<LogEntry> rows = model.selectedLines();
        if (rows.isEmpty()) {
            rows = List.copyOf(model.visibleLines());
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(model.copyText(rows));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Whether the last line is on screen. */
    boolean isAtEnd() {
        return lines.isAtEnd();
    }

    LogLinesView lines() {
        return lines;
    }

    private void createView() {
        getStyleClass().add("log-console");
        getStylesheets().add(Objects.requireNonNull(LogConsoleView.class.getResource("log-console.css")).toExternalForm());

        body.getChildren().addAll(lines, placeholder);
        body.getStyleClass().add("log-body");

        stepFilter.getStyleClass().add("log-step-filter");
        stepFilter.setItems(FXCollections.observableArrayList(ALL_STEPS));
        stepFilter.getSelectionModel().select(ALL_STEPS);
        stepFilter.setCellFactory(v -> new StepChoiceCell(true));
        stepFilter.setButtonCell(new StepChoiceCell(false));
        stepFilter.setTooltip(new Tooltip("Show the lines of one step"));
        stepFilter.setPrefWidth(180);

        searchField.setPromptText("Search logs");
        searchField.setLeft(new FontIcon(Material2MZ.SEARCH));
        searchField.setRight(matchLabel);
        searchField.getStyleClass().add("log-search");
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
        setCenter(body);
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
        palette.revisionProperty().addListener((obs, old, now) -> lines.repaint());
        model.prefixVisibleProperty().addListener((obs, old, now) -> lines.repaint());
        model.prefixWidthProperty().addListener((obs, old, now) -> lines.repaint());
        model.selectionProperty().addListener((obs, old, now) -> lines.repaint());
        model.searchProperty().addListener((obs, old, now) -> lines.repaint());
        placeholder.visibleProperty().bind(Bindings.isEmpty(model.visibleLines()));

        searchField.textProperty().bindBidirectional(model.queryProperty());
        matchLabel.textProperty().bind(Bindings.createStringBinding(() -> model.queryProperty().get().isEmpty() ? ""
                : model.matchCountProperty().get() == 1 ? "1 match"
                : String.format("%,d matches", model.matchCountProperty().get()),
                model.matchCountProperty(), model.queryProperty()));
        searchField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case ENTER -> findNext(!e.isShiftDown());
                case ESCAPE -> {
                    searchField.clear();
                    lines.requestFocus();
                }
                default -> {
                    return;
                }
            }
            e.consume();
        });
        previousButton.setOnAction(e -> findNext(false));
        nextButton.setOnAction(e -> findNext(true));
        previousButton.disableProperty().bind(model.matchCountProperty().isEqualTo(0));
        nextButton.disableProperty().bind(model.matchCountProperty().isEqualTo(0));
        filterToggle.selectedProperty().bindBidirectional(model.filterModeProperty());

        followToggle.selectedProperty().bindBidirectional(model.followProperty());
        model.followProperty().addListener((obs, old, now) -> {
            if (now) {
                lines.scrollToEnd();
            }
        });
        model.batchesProperty().addListener((obs, old, now) -> {
            if (model.followProperty().get()) {
                lines.scrollToEnd();
            }
        });
        copyButton.setOnAction(e -> copy());
        clearButton.setOnAction(e -> model.clear());
        countLabel.textProperty().bind(Bindings.createStringBinding(this::countText, model.visibleLines(),
                model.droppedCountProperty()));

        // follow pauses when the user moves away from the end, and resumes when they come back to it
        lines.setOnUserScroll(() -> model.followProperty().set(lines.isAtEnd()));
        lines.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e)) {
                focusSearch();
                e.consume();
            }
        });
    }

    private void onKey(KeyEvent e) {
        if (COPY.match(e)) {
            copy();
        } else if (SELECT_ALL.match(e)) {
            model.selectAll();
        } else {
            int size = model.visibleLines().size();
            int focus = model.focusIndex();
            int page = Math.max(1, lines.pageRows() - 1);
            switch (e.getCode()) {
                case UP -> moveSelection(focus < 0 ? size - 1 : Math.max(0, focus - 1), e.isShiftDown());
                case DOWN -> moveSelection(focus < 0 ? lines.firstVisible() : Math.min(size - 1, focus + 1), e.isShiftDown());
                case PAGE_UP -> scroll(-page);
                case PAGE_DOWN -> scroll(page);
                case HOME -> scroll(-size);
                case END -> model.followProperty().set(true);
                case ESCAPE -> model.select(null);
                default -> {
                    return;
                }
            }
        }
        e.consume();
    }

    private void scroll(int rows) {
        lines.scrollBy(rows);
        model.followProperty().set(lines.isAtEnd());
    }

    private void moveSelection(int index, boolean extend) {
        if (index < 0 || index >= model.visibleLines().size()) {
            return;
        }
        model.selectIndex(index, extend);
        lines.show(index);
        model.followProperty().set(lines.isAtEnd() && index == model.visibleLines().size() - 1);
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
        List<String> items = new ArrayList<>();
        items.add(ALL_STEPS);
        items.addAll(model.stepChoices());
        String filter = model.stepFilterProperty().get();
        if (filter != null && !items.contains(filter)) {
            items.add(filter); // a filter set from the canvas before the step wrote anything
        }
        stepFilter.getItems().setAll(items);
        stepFilter.setValue(selected != null && items.contains(selected) ? selected : ALL_STEPS);
    }

    private static Node placeholder() {
        FontIcon icon = new FontIcon(Material2MZ.SUBJECT);
        icon.getStyleClass().add("log-placeholder-icon");
        Label title = new Label("No logs yet");
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label("Run the workflow (F5) and its output shows here, live.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(6, icon, title, hint);
        box.getStyleClass().add("log-placeholder");
        box.setAlignment(Pos.CENTER);
        box.setMouseTransparent(true);
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
