package dev.junction.designer.run;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import dev.junction.designer.console.LogConsoleView;
import dev.junction.designer.document.WorkflowDocument;
import dev.junction.designer.timeline.StatusStyle;
import dev.junction.designer.timeline.TimelineView;
import dev.junction.designer.timeline.TimelineViewModel;
import javafx.collections.MapChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A test window composed the way the app's shell composes the run views: run/stop/re-run buttons, the step
 * statuses a canvas would show (as chips), the live timeline, and a bottom area with the console and the
 * runs panel. Used by the TestFX tests and for screenshots.
 */
final class RunWorkbench extends BorderPane {

    final RunController controller;
    final WorkflowDocument document;
    final Button run = new Button("Run", new FontIcon(Material2MZ.PLAY_ARROW));
    final Button stop = new Button("Stop", new FontIcon(Material2MZ.STOP));
    final Button rerun = new Button("Re-run failed", new FontIcon(Material2MZ.REPLAY));
    final Label message = new Label();
    final FlowPane chips = new FlowPane(8, 6);
    final LogConsoleView console;
    final RunsView runs;
    final TimelineView timeline;
    final TabPane bottom;

    RunWorkbench(RunController controller, WorkflowDocument document) {
        this.controller = controller;
        this.document = document;
        getStylesheets().add(StatusStyle.STYLESHEET);
        DocumentRunState state = controller.state(document);
        run.getGraphic().getStyleClass().addAll("status-icon", "status-success");
        stop.getGraphic().getStyleClass().addAll("status-icon", "status-failure");
        run.disableProperty().bind(state.runningProperty());
        stop.disableProperty().bind(state.runningProperty().not());
        run.setOnAction(e -> controller.runWorkflow(document, getScene().getWindow())
                .thenAccept(start -> message.setText(start.message())));
        stop.setOnAction(e -> controller.stop(document));
        rerun.setOnAction(e -> controller.rerunFailed(document).thenAccept(start -> message.setText(start.message())));
        message.getStyleClass().add(Styles.TEXT_MUTED);
        Label file = new Label(document.file().getFileName().toString(), new FontIcon(Material2AL.DESCRIPTION));
        file.getStyleClass().add(Styles.TEXT_BOLD);
        ToolBar bar = new ToolBar(file, new Spacer(), message, run, stop, rerun);
        setTop(bar);

        chips.getStyleClass().add("status-chips");
        chips.setStyle("-fx-padding: 10 12 10 12;");
        state.statuses().addListener((MapChangeListener<String, StepStatusView>) c -> renderChips(state));
        TimelineViewModel timelineModel = new TimelineViewModel();
        timelineModel.dataProperty().bind(state.timelineProperty());
        timeline = new TimelineView(timelineModel);
        Label cards = new Label("Step statuses (what the canvas cards show)");
        cards.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        cards.setStyle("-fx-padding: 8 12 0 12;");
        VBox top = new VBox(cards, chips);
        BorderPane upper = new BorderPane(timeline);
        upper.setTop(top);

        console = new LogConsoleView(controller.console());
        RunsViewModel runsModel = new RunsViewModel(controller);
        runsModel.setTarget(document);
        runs = new RunsView(runsModel);
        Tab logs = new Tab("Logs", console);
        logs.setGraphic(new FontIcon(Material2MZ.SUBJECT));
        Tab history = new Tab("Runs", runs);
        history.setGraphic(new FontIcon(Material2AL.HISTORY));
        bottom = new TabPane(logs, history);
        bottom.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane split = new SplitPane(upper, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        setCenter(split);
    }

    private void renderChips(DocumentRunState state) {
        chips.getChildren().clear();
        state.statuses().forEach((id, view) -> {
            Label chip = new Label(id + "  " + StatusStyle.label(view.status()), StatusStyle.iconNode(view.status()));
            chip.getStyleClass().addAll("status-badge", StatusStyle.styleClass(view.status()));
            chip.setId("chip-" + id);
            chip.setAlignment(Pos.CENTER_LEFT);
            chips.getChildren().add(chip);
        });
    }
}
