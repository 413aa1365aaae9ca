package dev.junction.designer.console;

import dev.junction.run.LogLine;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * What one console row draws: the step prefix, a gutter bar (red for stderr), and the text split into its ANSI
 * spans and search matches. Text and highlight nodes are pooled and reused from row to row, placed by hand and
 * painted from the {@link ConsolePalette}, so showing a new line changes node properties but never the scene
 * graph or the styles.
 */
final class LogRow extends Region {

    private final List<Text> texts = new ArrayList<>();
    private final List<Rectangle> highlights = new ArrayList<>();
    private int usedTexts;
    private int usedHighlights;
    private double x;

    LogRow() {
        getStyleClass().add("log-row");
    }

    @Override
    protected void layoutChildren() {
        // children are placed in show(); nothing to lay out
    }

    void show(LogEntry entry, LogConsoleViewModel model, ConsolePalette palette, double height) {
        usedTexts = 0;
        usedHighlights = 0;
        x = 0;
        double middle = Math.round(height / 2);
        if (entry.marker()) {
            add(entry.text(), palette.italic(), palette.marker(), middle);
        } else {
            if (model.prefixVisibleProperty().get()) {
                add(model.prefixOf(entry), palette.bold(), palette.step(model.colorOf(entry.stepKey())), middle);
                add(" │ ", palette.bold(), palette.gutter(entry.stream() == LogLine.Stream.ERR), middle);
            }
            content(entry, model.searchProperty().get(), palette, middle, height);
        }
        for (int i = usedTexts; i < texts.size(); i++) {
            Text t = texts.get(i);
            if (t.isVisible()) {
                t.setText("");
                t.setVisible(false);
            }
        }
        for (int i = usedHighlights; i < highlights.size(); i++) {
            highlights.get(i).setVisible(false);
        }
        setPrefWidth(Math.ceil(x) + 4);
    }

    void clear() {
        usedTexts = 0;
        usedHighlights = 0;
        for (Text t : texts) {
            t.setText("");
            t.setVisible(false);
        }
        highlights.forEach(h -> h.setVisible(false));
    }

    private void content(LogEntry entry, LogSearch search, ConsolePalette palette, double middle, double height) {
        boolean systemLine = entry.stream() == LogLine.Stream.SYSTEM;
        Paint base = systemLine ? palette.system() : palette.text();
        List<AnsiText.Span> spans = AnsiText.hasEscapes(entry.text())
                ? AnsiText.spans(entry.text())
                : List.of(new AnsiText.Span(entry.text(), -1, false, false, systemLine, false));
        List<int[]> matches = search.ranges(entry.plain());
        int offset = 0;
        int m = 0;
        for (AnsiText.Span span : spans) {
            String s = span.text();
            Paint fill = span.color() >= 0 ? palette.ansi(span.color()) : base;
            Font font = span.bold() ? palette.bold() : span.italic() || systemLine ? palette.italic() : palette.regular();
            int start = 0;
            while (start < s.length()) {
                int absolute = offset + start;
                while (m < matches.size() && matches.get(m)[1] <= absolute) {
                    m++;
                }
                boolean inMatch = m < matches.size() && matches.get(m)[0] <= absolute;
                int boundary = m >= matches.size() ? s.length()
                        : inMatch ? matches.get(m)[1] - offset : matches.get(m)[0] - offset;
                int end = Math.min(s.length(), Math.max(boundary, start + 1));
                String piece = s.substring(start, end);
                if (inMatch) {
                    Rectangle mark = highlight(palette.matchBackground(), height);
                    double before = x;
                    Text t = add(piece, font, palette.matchText(), middle);
                    mark.setX(before);
                    mark.setWidth(x - before);
                    t.setUnderline(false);
                } else {
                    Text t = add(piece, font, fill, middle);
                    t.setUnderline(span.underline());
                    t.setOpacity(span.faint() ? 0.6 : 1);
                }
                start = end;
            }
            offset += s.length();
        }
    }

    private Text add(String s, Font font, Paint fill, double middle) {
        Text t;
        if (usedTexts < texts.size()) {
            t = texts.get(usedTexts);
        } else {
            t = new Text();
            t.setTextOrigin(VPos.CENTER);
            t.setManaged(false);
            texts.add(t);
            getChildren().add(t);
        }
        usedTexts++;
        if (t.getFont() != font) {
            t.setFont(font);
        }
        t.setFill(fill);
        t.setText(s);
        t.setUnderline(false);
        t.setOpacity(1);
        t.setLayoutX(x);
        t.setLayoutY(middle);
        t.setVisible(true);
        x += t.getLayoutBounds().getWidth();
        return t;
    }

    private Rectangle highlight(Paint fill, double height) {
        Rectangle r;
        if (usedHighlights < highlights.size()) {
            r = highlights.get(usedHighlights);
        } else {
            r = new Rectangle();
            r.setManaged(false);
            r.setArcWidth(4);
            r.setArcHeight(4);
            highlights.add(r);
            getChildren().addFirst(r); // behind the text
        }
        usedHighlights++;
        r.setFill(fill);
        r.setY(1);
        r.setHeight(height - 2);
        r.setVisible(true);
        return r;
    }
}
