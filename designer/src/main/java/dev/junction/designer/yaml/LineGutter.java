package dev.junction.designer.yaml;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The editor's gutter: the line number, a problem marker before it (with the messages as a tooltip), and a bar
 * beside the lines of the selected step. One label per line, since the area makes a gutter for every line it
 * shows, on opening and scrolling. A new gutter is installed when marks, the selection or the number of digits
 * change; the area then rebuilds the visible lines' gutters only.
 */
final class LineGutter implements IntFunction<Node> {

    private final Map<Integer, List<ProblemMark>> marksByLine;
    private final int selectedFrom;
    private final int selectedTo;
    private final int digits;

    /**
     * @param selectedFrom first line of the selected step (0-based), -1 for none; {@code selectedTo} inclusive
     * @param lineCount    how many lines the text has, for the width of the numbers
     */
    LineGutter(Map<Integer, List<ProblemMark>> marksByLine, int selectedFrom, int selectedTo, int lineCount) {
        this.marksByLine = marksByLine;
        this.selectedFrom = selectedFrom;
        this.selectedTo = selectedTo;
        this.digits = digits(lineCount);
    }

    static int digits(int lineCount) {
        return Math.max(2, String.valueOf(Math.max(1, lineCount)).length());
    }

    @Override
    public Node apply(int line) {
        Label label = new Label(pad(line + 1));
        label.getStyleClass().add("gutter");
        label.setContentDisplay(ContentDisplay.LEFT);
        label.setAlignment(Pos.CENTER_RIGHT);
        List<ProblemMark> marks = marksByLine.get(line);
        if (marks != null && !marks.isEmpty()) {
            boolean error = marks.stream().anyMatch(ProblemMark::isError);
            FontIcon icon = new FontIcon(error ? Material2AL.ERROR : Material2MZ.WARNING);
            icon.getStyleClass().add(error ? "gutter-error" : "gutter-warning");
            label.setGraphic(icon);
            Tooltip tip = new Tooltip(marks.stream().map(ProblemMark::tooltip).collect(Collectors.joining("\n\n")));
            tip.setShowDelay(Duration.millis(200));
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            label.setTooltip(tip);
        } else {
            Region none = new Region();
            none.getStyleClass().add("gutter-no-marker");
            label.setGraphic(none);
        }
        if (line >= selectedFrom && line <= selectedTo) {
            label.getStyleClass().add("gutter-selected");
        }
        return label;
    }

    private String pad(int number) {
        String text = String.valueOf(number);
        return text.length() >= digits ? text : "\u2007".repeat(digits - text.length()) + text; // figure spaces
    }
}
