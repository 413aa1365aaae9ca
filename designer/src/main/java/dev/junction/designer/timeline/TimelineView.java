package dev.junction.designer.timeline;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import java.util.Objects;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A Gantt chart of one run: a bar per step (coloured by status) placed by its start and duration, the
 * instances of foreach/matrix steps indented under their step. While the run goes, running bars grow with
 * the clock (redrawn a few times a second, only while live and shown). FX thread only.
 */
public final class TimelineView extends BorderPane {

    private static final long TICK_NANOS = 250_000_000L;

    private final TimelineViewModel model;
    private final GanttPane gantt;
    private final Label title = new Label("Timeline");
    private final Label summary = new Label();
    private final ScrollPane scroll;
    private final StackPane placeholder = placeholder();
    private final AnimationTimer clock = new AnimationTimer() {
        private long last;

        @Override
        public void handle(long now) {
            if (now - last >= TICK_NANOS) {
                last = now;
                gantt.requestLayout();
                summary.setText(summaryText());
            }
        }
    };

    public TimelineView(TimelineViewModel model) {
        this.model = Objects.requireNonNull(model);
        this.gantt = new GanttPane(model);
        this.scroll = new ScrollPane(gantt);
        createView();
        initListeners();
    }

    public TimelineViewModel model() {
        return model;
    }

    private void createView() {
        getStyleClass().add("timeline-view");
        getStylesheets().addAll(StatusStyle.STYLESHEET,
                Objects.requireNonNull(TimelineView.class.getResource("timeline.css")).toExternalForm());
        FontIcon icon = new FontIcon(Material2MZ.TIMELINE);
        title.setGraphic(icon);
        title.getStyleClass().addAll(Styles.TEXT_BOLD, "timeline-title");
        summary.getStyleClass().addAll(Styles.TEXT_MUTED, "timeline-summary");
        // in a narrow panel the summary gives way (its tooltip has all of it); title and legend stay readable
        title.setMinWidth(Region.USE_PREF_SIZE);
        summary.setMinWidth(0);
        Tooltip whole = new Tooltip(); // one, following the text: a live run's summary changes every tick
        whole.textProperty().bind(summary.textProperty());
        summary.setTooltip(whole);
        HBox header = new HBox(10, title, summary, new Spacer(), legend());
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("timeline-header");
        setTop(header);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("timeline-scroll", Styles.FLAT);
        setCenter(placeholder);
    }

    private void initListeners() {
        model.dataProperty().addListener((obs, old, now) -> refresh());
        sceneProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        TimelineData data = model.dataProperty().get();
        gantt.update();
        setCenter(data == null || data.rows().isEmpty() ? placeholder : scroll);
        summary.setText(summaryText());
        if (data != null && data.live() && getScene() != null) {
            clock.start();
        } else {
            clock.stop();
        }
    }

    private String summaryText() {
        TimelineData data = model.dataProperty().get();
        if (data == null) {
            return "";
        }
        String what = data.title().isEmpty() ? data.runId() : data.title() + " · " + data.runId();
        long steps = data.rows().stream().filter(r -> !r.instance()).count();
        return what + " · " + steps + (steps == 1 ? " step · " : " steps · ") + Durations.format(model.span())
                + (data.live() ? " so far" : "");
    }

    private static HBox legend() {
        HBox legend = new HBox(12);
        legend.setAlignment(Pos.CENTER_RIGHT);
        for (var status : new dev.junction.run.StepStatus[] {dev.junction.run.StepStatus.SUCCESS,
                dev.junction.run.StepStatus.FAILURE, dev.junction.run.StepStatus.RUNNING,
                dev.junction.run.StepStatus.SKIPPED, dev.junction.run.StepStatus.CANCELLED}) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("timeline-bar", "legend", StatusStyle.styleClass(status));
            swatch.setMinSize(14, 8);
            swatch.setPrefSize(14, 8);
            swatch.setMaxSize(14, 8);
            Label label = new Label(StatusStyle.label(status), swatch);
            label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            label.setMinWidth(Region.USE_PREF_SIZE);
            legend.getChildren().add(label);
        }
        return legend;
    }

    private static StackPane placeholder() {
        FontIcon icon = new FontIcon(Material2MZ.TIMELINE);
        icon.getStyleClass().add("timeline-placeholder-icon");
        Label title = new Label("No run to show");
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label("Run the workflow, or open a run from the Runs panel, to see its steps on a timeline.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(6, icon, title, hint);
        box.setAlignment(Pos.CENTER);
        StackPane pane = new StackPane(box);
        pane.setPadding(new Insets(24));
        return pane;
    }
}
