package dev.junction.designer.yaml;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The editor's gutter: a problem marker (with the messages as a tooltip), the line number, and a bar beside the
 * lines of the selected step. A new gutter is
 * installed when the marks change; the area then rebuilds only the visible lines' graphics.
 */
final class LineGutter implements IntFunction<Node> {

    private final IntFunction<Node> numbers;
    private final Map<Integer, List<ProblemMark>> marksByLine;
    private final int selectedFrom;
    private final int selectedTo;

    /** @param selectedFrom first line of the selected step (0-based), -1 for none; {@code selectedTo} inclusive */
    LineGutter(CodeArea area, Map<Integer, List<ProblemMark>> marksByLine, int selectedFrom, int selectedTo) {
        this.numbers = LineNumberFactory.get(area);
        this.marksByLine = marksByLine;
        this.selectedFrom = selectedFrom;
        this.selectedTo = selectedTo;
    }

    @Override
    public Node apply(int line) {
        StackPane marker = new StackPane();
        marker.getStyleClass().add("gutter-marker");
        List<ProblemMark> marks = marksByLine.get(line);
        if (marks != null && !marks.isEmpty()) {
            boolean error = marks.stream().anyMatch(ProblemMark::isError);
            FontIcon icon = new FontIcon(error ? Material2AL.ERROR : Material2MZ.WARNING);
            icon.getStyleClass().add(error ? "gutter-error" : "gutter-warning");
            marker.getChildren().add(icon);
            Tooltip tip = new Tooltip(marks.stream().map(ProblemMark::tooltip).collect(Collectors.joining("\n\n")));
            tip.setShowDelay(Duration.millis(200));
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            Tooltip.install(marker, tip);
        }
        Node number = numbers.apply(line);
        if (number instanceof Label label) {
            label.getStyleClass().add("gutter-number");
        }
        HBox box = new HBox(marker, number);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("gutter");
        if (line >= selectedFrom && line <= selectedTo) {
            box.getStyleClass().add("gutter-selected");
        }
        return box;
    }
}
