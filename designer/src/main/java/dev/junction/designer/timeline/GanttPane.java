package dev.junction.designer.timeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;

/**
 * The chart: step names on the left, one bar per row on a time axis, ticks and grid lines. Row nodes are kept
 * per key and updated in place, so a live run changes a few properties per pulse instead of rebuilding.
 */
final class GanttPane extends Region {

    static final double ROW_HEIGHT = 26;
    static final double AXIS_HEIGHT = 24;
    static final double NAME_WIDTH = 190;
    static final double DURATION_ROOM = 72;

    /** The nodes of one row. */
    private static final class RowNodes {
        final Region stripe = new Region();
        final Label name = new Label();
        final Region bar = new Region();
        final Label duration = new Label();
        final Tooltip tooltip = new Tooltip();
        TimelineRow row;

        RowNodes() {
            stripe.getStyleClass().add("timeline-stripe");
            stripe.setManaged(false);
            name.getStyleClass().add("timeline-name");
            name.setManaged(false);
            name.setAlignment(Pos.CENTER_LEFT);
            bar.getStyleClass().add("timeline-bar");
            bar.setManaged(false);
            duration.getStyleClass().add("timeline-duration");
            duration.setManaged(false);
            Tooltip.install(bar, tooltip);
            tooltip.setShowDelay(javafx.util.Duration.millis(250));
        }
    }

    private final TimelineViewModel model;
    private final Map<String, RowNodes> rows = new HashMap<>();
    private final List<RowNodes> order = new ArrayList<>();
    private final List<Line> gridLines = new ArrayList<>();
    private final List<Label> tickLabels = new ArrayList<>();
    private final Region axis = new Region();

    GanttPane(TimelineViewModel model) {
        this.model = model;
        getStyleClass().add("gantt");
        axis.getStyleClass().add("timeline-axis");
        axis.setManaged(false);
        getChildren().add(axis);
    }

    /** Brings the rows in line with the model's data (FX thread). */
    void update() {
        TimelineData data = model.dataProperty().get();
        List<TimelineRow> wanted = data == null ? List.of() : data.rows();
        Map<String, RowNodes> keep = new HashMap<>();
        order.clear();
        for (TimelineRow row : wanted) {
            RowNodes nodes = rows.remove(row.key());
            if (nodes == null) {
                nodes = new RowNodes();
                getChildren().addAll(nodes.stripe, nodes.bar, nodes.name, nodes.duration);
            }
            fill(nodes, row);
            keep.put(row.key(), nodes);
            order.add(nodes);
        }
        for (RowNodes gone : rows.values()) {
            getChildren().removeAll(gone.stripe, gone.bar, gone.name, gone.duration);
        }
        rows.clear();
        rows.putAll(keep);
        requestLayout();
    }

    private void fill(RowNodes nodes, TimelineRow row) {
        TimelineRow before = nodes.row;
        nodes.row = row;
        if (before == null || before.status() != row.status() || before.instance() != row.instance()) {
            String status = StatusStyle.styleClass(row.status());
            nodes.bar.getStyleClass().setAll("timeline-bar", status);
            nodes.stripe.getStyleClass().setAll("timeline-stripe", row.instance() ? "instance" : "step");
            nodes.name.getStyleClass().setAll("label", "timeline-name", row.instance() ? "instance" : "step");
            nodes.name.setGraphic(StatusStyle.iconNode(row.status()));
            if (row.instance()) {
                nodes.bar.getStyleClass().add("instance");
            }
        }
        nodes.name.setText(row.label());
    }

    @Override
    protected double computePrefHeight(double width) {
        return AXIS_HEIGHT + order.size() * ROW_HEIGHT + 8;
    }

    @Override
    protected double computePrefWidth(double height) {
        return NAME_WIDTH + 480;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double chartX = NAME_WIDTH + 12;
        double chartWidth = Math.max(40, width - chartX - DURATION_ROOM);
        double height = computePrefHeight(width);
        axis.resizeRelocate(0, 0, width, AXIS_HEIGHT);
        layoutTicks(chartX, chartWidth, height);
        for (int i = 0; i < order.size(); i++) {
            RowNodes nodes = order.get(i);
            TimelineRow row = nodes.row;
            double y = AXIS_HEIGHT + i * ROW_HEIGHT;
            nodes.stripe.resizeRelocate(0, y, width, ROW_HEIGHT);
            double indent = row.instance() ? 22 : 8;
            nodes.name.resizeRelocate(indent, y, NAME_WIDTH - indent, ROW_HEIGHT);
            Duration took = model.duration(row);
            if (row.start() == null) {
                nodes.bar.setVisible(false);
                nodes.duration.setText(StatusStyle.label(row.status()));
                nodes.duration.resizeRelocate(chartX, y, DURATION_ROOM + 60, ROW_HEIGHT);
            } else {
                double x0 = chartX + model.position(row.start()) * chartWidth;
                double x1 = chartX + model.position(model.barEnd(row)) * chartWidth;
                double barHeight = row.instance() ? 10 : 14;
                nodes.bar.setVisible(true);
                nodes.bar.resizeRelocate(Math.round(x0), Math.round(y + (ROW_HEIGHT - barHeight) / 2),
                        Math.max(3, Math.round(x1 - x0)), barHeight);
                nodes.duration.setText(Durations.format(took));
                nodes.duration.resizeRelocate(Math.round(Math.max(x0 + 3, x1) + 6), y, DURATION_ROOM, ROW_HEIGHT);
            }
            nodes.tooltip.setText(tooltip(row, took));
        }
    }

    private void layoutTicks(double chartX, double chartWidth, double height) {
        List<TimelineViewModel.Tick> ticks = model.ticks(Math.max(2, (int) (chartWidth / 90)));
        while (gridLines.size() < ticks.size()) {
            Line line = new Line();
            line.getStyleClass().add("timeline-grid");
            line.setManaged(false);
            Label label = new Label();
            label.getStyleClass().add("timeline-tick");
            label.setManaged(false);
            gridLines.add(line);
            tickLabels.add(label);
            getChildren().add(1, line);
            getChildren().add(label);
        }
        for (int i = 0; i < gridLines.size(); i++) {
            boolean used = i < ticks.size();
            Line line = gridLines.get(i);
            Label label = tickLabels.get(i);
            line.setVisible(used);
            label.setVisible(used);
            if (used) {
                double x = Math.round(chartX + ticks.get(i).position() * chartWidth) + 0.5;
                line.setStartX(x);
                line.setEndX(x);
                line.setStartY(AXIS_HEIGHT - 4);
                line.setEndY(height);
                label.setText(ticks.get(i).label());
                label.resizeRelocate(x + 4, 2, 60, AXIS_HEIGHT - 4);
            }
        }
    }

    private static String tooltip(TimelineRow row, Duration took) {
        StringBuilder text = new StringBuilder(row.key()).append('\n').append(StatusStyle.label(row.status()));
        if (took != null) {
            text.append(" · ").append(Durations.format(took));
        }
        if (row.attempt() > 1) {
            text.append(" · attempt ").append(row.attempt());
        }
        if (!row.error().isEmpty()) {
            text.append('\n').append(row.error());
        }
        return text.toString();
    }
}
