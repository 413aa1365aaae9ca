package dev.junction.designer.console;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;

/** One console row in the list: a reusable {@link LogRow} as its graphic. Only rows on screen exist. */
final class LogCell extends ListCell<LogEntry> {

    private final LogConsoleViewModel model;
    private final ConsolePalette palette;
    private final LogRow row = new LogRow();

    LogCell(LogConsoleViewModel model, ConsolePalette palette) {
        this.model = model;
        this.palette = palette;
        getStyleClass().add("log-cell");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setGraphic(row);
    }

    @Override
    protected void updateItem(LogEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        if (empty || entry == null) {
            row.clear();
        } else {
            row.show(entry, model, palette, LogConsoleView.ROW_HEIGHT);
        }
    }
}
