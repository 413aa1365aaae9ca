package dev.junction.designer.console;

import dev.junction.run.LogLine;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;

/**
 * Paints the console's shown lines on a canvas: only the rows on screen are drawn, from the model's list, once
 * per pulse at most (painting happens in the layout pass). Nothing here grows with the number of lines kept, so
 * appending 100,000 lines costs the same per frame as appending ten. Scroll bars, wheel, click/drag selection and
 * hover are handled here; keys and follow mode by {@link LogConsoleView}. Text is monospaced, so columns are
 * {@code chars × charWidth} and search highlights line up with the text without measuring it.
 *
 * <p>FX thread only.
 */
final class LogLinesView extends Region {

    static final double ROW_HEIGHT = 19;
    static final double PADDING = 10;
    private static final String GUTTER = " │ ";

    private final LogConsoleViewModel model;
    private final ConsolePalette palette;
    private final List<LogEntry> lines;
    private final Canvas canvas = new Canvas();
    private final ScrollBar vbar = new ScrollBar();
    private final ScrollBar hbar = new ScrollBar();
    private int top;
    private double left;
    private int hover = -1;
    private boolean adjustingBars;
    private Runnable onUserScroll = () -> { };

    LogLinesView(LogConsoleViewModel model, ConsolePalette palette) {
        this.model = model;
        this.palette = palette;
        this.lines = model.visibleLines();
        getStyleClass().add("log-lines");
        setFocusTraversable(true);
        vbar.setOrientation(Orientation.VERTICAL);
        hbar.setOrientation(Orientation.HORIZONTAL);
        canvas.setManaged(false);
        vbar.setManaged(false);
        hbar.setManaged(false);
        getChildren().addAll(canvas, vbar, hbar);

        model.visibleLines().addListener((ListChangeListener<LogEntry>) this::linesChanged);
        vbar.valueProperty().addListener((obs, old, now) -> {
            if (!adjustingBars) {
                top = (int) Math.round(now.doubleValue());
                onUserScroll.run();
                requestLayout();
            }
        });
        hbar.valueProperty().addListener((obs, old, now) -> {
            if (!adjustingBars) {
                left = now.doubleValue();
                requestLayout();
            }
        });
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getTarget() == canvas) {
                requestFocus();
                select(e.getY(), e.isShiftDown());
            }
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getTarget() == canvas) {
                if (e.getY() < 0) {
                    scrollBy(-1);
                } else if (e.getY() > canvasHeight()) {
                    scrollBy(1);
                }
                select(Math.clamp(e.getY(), 0, canvasHeight() - 1), true);
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> setHover(rowAt(e.getY())));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHover(-1));
        vbar.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> onUserScroll.run());
    }

    /** Called after the user scrolled (wheel, scroll bar, keys), so follow mode can pause or resume. */
    void setOnUserScroll(Runnable action) {
        onUserScroll = action;
    }

    /** Rows that fit entirely. */
    int pageRows() {
        return Math.max(1, (int) Math.floor(canvasHeight() / ROW_HEIGHT));
    }

    int firstVisible() {
        return top;
    }

    /** Whether the last line is on screen. */
    boolean isAtEnd() {
        return top >= maxTop();
    }

    void scrollToEnd() {
        setTop(maxTop());
    }

    void scrollBy(int rows) {
        setTop(top + rows);
    }

    /** Scrolls the least needed to show line {@code index}. */
    void show(int index) {
        if (index < top) {
            setTop(index);
        } else if (index >= top + pageRows()) {
            setTop(index - pageRows() + 1);
        }
    }

    /** Scrolls so line {@code index} sits a third down the view (for search results). */
    void showNear(int index) {
        setTop(index - pageRows() / 3);
    }

    /** The index of the line at a height within the view, or -1 below the last line. */
    int rowAt(double y) {
        int index = top + (int) Math.floor(y / ROW_HEIGHT);
        return index >= 0 && index < lines.size() ? index : -1;
    }

    /** Repaints on the next pulse (after a theme, search or selection change). */
    void repaint() {
        requestLayout();
    }

    private void setTop(int value) {
        int clamped = Math.clamp(value, 0, maxTop());
        if (clamped != top) {
            top = clamped;
            requestLayout();
        }
    }

    private int maxTop() {
        return Math.max(0, lines.size() - pageRows());
    }

    private double canvasHeight() {
        return Math.max(0, getHeight() - (hbar.isVisible() ? hbar.prefHeight(-1) : 0));
    }

    private void setHover(int index) {
        if (index != hover) {
            hover = index;
            requestLayout();
        }
    }

    private void select(double y, boolean extend) {
        int index = rowAt(y);
        if (index < 0 && y >= 0 && !lines.isEmpty()) {
            index = lines.size() - 1;
        }
        if (index >= 0) {
            model.selectIndex(index, extend);
        }
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            int rows = (int) Math.round(-e.getDeltaY() / ROW_HEIGHT);
            scrollBy(rows == 0 ? (e.getDeltaY() > 0 ? -1 : 1) : rows);
        }
        if (e.getDeltaX() != 0 && hbar.isVisible()) {
            hbar.setValue(Math.clamp(hbar.getValue() - e.getDeltaX(), 0, hbar.getMax()));
        }
        onUserScroll.run();
        e.consume();
    }

    /** Keeps the same lines in view when lines before them are dropped (the buffer is full) or inserted. */
    private void linesChanged(ListChangeListener.Change<? extends LogEntry> c) {
        int shift = 0;
        while (c.next()) {
            if (c.getFrom() < top + shift) {
                if (c.wasRemoved()) {
                    shift -= Math.min(c.getRemovedSize(), top + shift - c.getFrom());
                }
                if (c.wasAdded()) {
                    shift += c.getAddedSize();
                }
            }
        }
        top = Math.max(0, top + shift);
        hover = -1;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        double barWidth = vbar.prefWidth(-1);
        double barHeight = hbar.prefHeight(-1);
        double cw = palette.charWidth();
        double textWidth = PADDING * 2 + cw * (model.widestLine() + (model.prefixVisibleProperty().get()
                ? model.prefixWidthProperty().get() + GUTTER.length() : 0));
        boolean horizontal = textWidth > width - barWidth;
        hbar.setVisible(horizontal);
        double canvasWidth = Math.max(0, width - barWidth);
        double canvasHeight = Math.max(0, height - (horizontal ? barHeight : 0));
        canvas.setWidth(Math.floor(canvasWidth));
        canvas.setHeight(Math.floor(canvasHeight));
        canvas.relocate(0, 0);
        vbar.resizeRelocate(canvasWidth, 0, barWidth, canvasHeight);
        hbar.resizeRelocate(0, canvasHeight, canvasWidth, barHeight);

        int page = pageRows();
        top = Math.clamp(top, 0, maxTop());
        left = horizontal ? Math.clamp(left, 0, textWidth - canvasWidth) : 0;
        adjustingBars = true;
        vbar.setMin(0);
        vbar.setMax(maxTop());
        vbar.setVisibleAmount(Math.max(1, maxTop() * (double) page / Math.max(1, lines.size())));
        vbar.setUnitIncrement(1);
        vbar.setBlockIncrement(Math.max(1, page - 1));
        vbar.setValue(top);
        vbar.setDisable(maxTop() == 0);
        hbar.setMin(0);
        hbar.setMax(Math.max(0, textWidth - canvasWidth));
        hbar.setVisibleAmount(canvasWidth);
        hbar.setUnitIncrement(cw * 4);
        hbar.setValue(left);
        adjustingBars = false;
        paint();
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        g.clearRect(0, 0, width, height); // also drops the previous frame's drawing commands
        g.setFill(palette.background());
        g.fillRect(0, 0, width, height);
        g.setTextBaseline(VPos.CENTER);
        LineSelection selection = model.selectionProperty().get();
        LogSearch search = model.searchProperty().get();
        boolean prefix = model.prefixVisibleProperty().get();
        int rows = (int) Math.ceil(height / ROW_HEIGHT);
        for (int r = 0; r < rows; r++) {
            int index = top + r;
            if (index >= lines.size()) {
                break;
            }
            LogEntry entry = lines.get(index);
            double y = r * ROW_HEIGHT;
            if (selection != null && selection.contains(entry)) {
                g.setFill(palette.selected());
                g.fillRect(0, y, width, ROW_HEIGHT);
            } else if (index == hover) {
                g.setFill(palette.hover());
                g.fillRect(0, y, width, ROW_HEIGHT);
            }
            paintRow(g, entry, y + ROW_HEIGHT / 2, y, width, prefix, search);
        }
    }

    private void paintRow(GraphicsContext g, LogEntry entry, double middle, double y, double width, boolean prefix,
                          LogSearch search) {
        double cw = palette.charWidth();
        double x = PADDING - left;
        if (entry.marker()) {
            text(g, entry.text(), x, middle, width, palette.italic(), palette.marker());
            return;
        }
        if (prefix) {
            x = text(g, model.prefixOf(entry), x, middle, width, palette.bold(), palette.step(model.colorOf(entry.stepKey())));
            x = text(g, GUTTER, x, middle, width, palette.bold(), palette.gutter(entry.stream() == LogLine.Stream.ERR));
        }
        boolean systemLine = entry.stream() == LogLine.Stream.SYSTEM;
        Paint base = systemLine ? palette.system() : palette.text();
        List<AnsiText.Span> spans = AnsiText.hasEscapes(entry.text()) ? AnsiText.spans(entry.text())
                : List.of(new AnsiText.Span(entry.text(), -1, false, false, false, false));
        List<int[]> matches = search.ranges(entry.plain());
        double start = x;
        for (int[] match : matches) { // highlights first, under the text
            double from = start + match[0] * cw;
            if (from > width) {
                break;
            }
            g.setFill(palette.matchBackground());
            g.fillRoundRect(from, y + 1, (match[1] - match[0]) * cw, ROW_HEIGHT - 2, 4, 4);
        }
        for (AnsiText.Span span : spans) {
            if (x > width) {
                break;
            }
            Paint fill = span.color() >= 0 ? palette.ansi(span.color()) : base;
            Font font = span.bold() ? palette.bold() : span.italic() || systemLine ? palette.italic() : palette.regular();
            g.setGlobalAlpha(span.faint() ? 0.6 : 1);
            double before = x;
            x = text(g, span.text(), x, middle, width, font, fill);
            if (span.underline()) {
                g.setStroke(fill);
                g.strokeLine(before, middle + 6.5, x, middle + 6.5);
            }
        }
        g.setGlobalAlpha(1);
    }

    /** Draws the part of {@code s} that falls inside the view; returns the x after it. */
    private double text(GraphicsContext g, String s, double x, double middle, double width, Font font, Paint fill) {
        double cw = palette.charWidth();
        double end = x + s.length() * cw;
        if (end > 0 && x < width) {
            int from = x < 0 ? (int) Math.floor(-x / cw) : 0;
            int to = Math.min(s.length(), from + (int) Math.ceil((width - Math.max(0, x)) / cw) + 1);
            g.setFont(font);
            g.setFill(fill);
            g.fillText(s.substring(from, to), x + from * cw, middle);
        }
        return end;
    }
}
