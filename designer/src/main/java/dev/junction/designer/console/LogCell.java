package dev.junction.designer.console;

import dev.junction.run.LogLine;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * One console row: the step prefix in the step's colour, then the text with its ANSI styles, search matches
 * highlighted. Only visible rows exist, so the cost is a handful of nodes per row on screen.
 */
final class LogCell extends ListCell<LogEntry> {

    private final LogConsoleViewModel model;
    private final TextFlow flow = new TextFlow();

    LogCell(LogConsoleViewModel model) {
        this.model = model;
        getStyleClass().add("log-cell");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        flow.getStyleClass().add("log-flow");
    }

    @Override
    protected void updateItem(LogEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        if (empty || entry == null) {
            flow.getChildren().clear();
            setGraphic(null);
            return;
        }
        List<Node> nodes = new ArrayList<>(4);
        if (entry.marker()) {
            nodes.add(text(entry.text(), "log-marker"));
        } else {
            if (model.prefixVisibleProperty().get()) {
                nodes.add(text(model.prefixOf(entry), "log-prefix", "step-color-" + model.colorOf(entry.stepKey())));
                nodes.add(text(" │ ", entry.stream() == LogLine.Stream.ERR ? "log-gutter-err" : "log-gutter"));
            }
            addContent(entry, nodes);
        }
        flow.getChildren().setAll(nodes);
        setGraphic(flow);
    }

    private void addContent(LogEntry entry, List<Node> nodes) {
        String base = entry.stream() == LogLine.Stream.SYSTEM ? "log-system" : "log-text";
        List<AnsiText.Span> spans = AnsiText.hasEscapes(entry.text())
                ? AnsiText.spans(entry.text())
                : List.of(new AnsiText.Span(entry.text(), -1, false, false, false, false));
        List<int[]> matches = model.searchProperty().get().ranges(entry.plain());
        int offset = 0; // position of the current span in the plain text
        int m = 0;
        for (AnsiText.Span span : spans) {
            String s = span.text();
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
                    Label hit = new Label(piece);
                    hit.getStyleClass().add("log-match");
                    nodes.add(hit);
                } else {
                    nodes.add(styled(piece, span, base));
                }
                start = end;
            }
            offset += s.length();
        }
    }

    private static Text styled(String piece, AnsiText.Span span, String base) {
        Text t = text(piece, base);
        if (span.color() >= 0) {
            t.getStyleClass().add("ansi-" + span.color());
        }
        if (span.bold()) {
            t.getStyleClass().add("ansi-bold");
        }
        if (span.faint()) {
            t.getStyleClass().add("ansi-faint");
        }
        if (span.italic()) {
            t.getStyleClass().add("ansi-italic");
        }
        if (span.underline()) {
            t.setUnderline(true);
        }
        return t;
    }

    private static Text text(String s, String... styleClasses) {
        Text t = new Text(s);
        t.getStyleClass().addAll(styleClasses);
        return t;
    }
}
