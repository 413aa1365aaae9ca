package dev.junction.designer.run;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.junction.designer.timeline.Durations;
import dev.junction.designer.timeline.StatusStyle;
import dev.junction.designer.timeline.TimelineView;
import dev.junction.designer.timeline.TimelineViewModel;
import dev.junction.run.RunDetail;
import dev.junction.run.RunSummary;
import dev.junction.run.StepRun;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The runs panel: run history on the left (status, start, duration, trigger), the selected run on the right
 * with its steps (status, duration, attempts, outputs and error of the selected step), its inputs and its
 * timeline. "Open on canvas" puts the run's statuses on the active document's canvas; selecting a run loads
 * its logs into the console. FX thread only.
 */
public final class RunsView extends BorderPane {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MMM d, HH:mm");

    private final RunsViewModel model;
    private final ListView<RunSummary> runsList = new ListView<>();
    private final TableView<StepRun> stepsTable = new TableView<>();
    private final ToggleButton onlyThis = new ToggleButton("This workflow");
    private final ToggleButton all = new ToggleButton("All");
    private final Button refresh = new Button(null, new FontIcon(Material2MZ.REFRESH));
    private final Label emptyDetail = new Label("Select a run to see its steps");
    private final Label runTitle = new Label();
    private final Label runStatus = new Label();
    private final Label runFacts = new Label();
    private final Label runError = new Label();
    private final Button openOnCanvas = new Button("Open on canvas", new FontIcon(Material2AL.ACCOUNT_TREE));
    private final StepRunDetailsView stepDetails = new StepRunDetailsView();
    private final VBox inputsBox = new VBox(4);
    private final TimelineViewModel timelineModel = new TimelineViewModel();
    private final BorderPane detailPane = new BorderPane();

    public RunsView(RunsViewModel model) {
        this.model = Objects.requireNonNull(model);
        createView();
        initListeners();
    }

    /** A runs panel over the controller's executor, showing every workflow's runs until {@link #setTarget} is called. */
    public RunsView(RunController controller) {
        this(new RunsViewModel(controller));
        model.refresh();
    }

    public RunsViewModel model() {
        return model;
    }

    /** Follows the active document (null: none): its workflow's runs are shown, and "open on canvas" targets it. */
    public void setTarget(dev.junction.designer.document.WorkflowDocument document) {
        model.setTarget(document);
    }

    ListView<RunSummary> runsList() {
        return runsList;
    }

    TableView<StepRun> stepsTable() {
        return stepsTable;
    }

    private void createView() {
        getStyleClass().add("runs-view");
        getStylesheets().addAll(StatusStyle.STYLESHEET,
                Objects.requireNonNull(RunsView.class.getResource("runs.css")).toExternalForm());

        onlyThis.getStyleClass().add(Styles.LEFT_PILL);
        all.getStyleClass().add(Styles.RIGHT_PILL);
        javafx.scene.control.ToggleGroup scope = new javafx.scene.control.ToggleGroup();
        onlyThis.setToggleGroup(scope);
        all.setToggleGroup(scope);
        onlyThis.setSelected(model.onlyThisWorkflowProperty().get());
        all.setSelected(!model.onlyThisWorkflowProperty().get());
        refresh.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        refresh.setTooltip(new Tooltip("Refresh the history"));
        Label count = new Label();
        count.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(() -> model.errorProperty().get().isEmpty()
                ? runsText(model.runs().size()) : model.errorProperty().get(), model.runs(), model.errorProperty()));
        ToolBar bar = new ToolBar(new HBox(onlyThis, all), new Spacer(), count, refresh);
        bar.getStyleClass().add("runs-toolbar");

        runsList.setItems(model.runs());
        runsList.setCellFactory(v -> new RunCell());
        runsList.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, "runs-list");
        runsList.setPlaceholder(placeholder(Material2AL.HISTORY, "No runs yet", "Runs of this workflow appear here."));
        BorderPane left = new BorderPane(runsList);
        left.setTop(bar);

        stepsTable.getColumns().setAll(java.util.List.of(
                column("Step", 170, s -> s, (cell, s) -> {
                    boolean instance = !s.stepKey().equals(s.stepId());
                    cell.setText(instance ? s.stepKey().substring(s.stepId().length()) : s.stepKey());
                    cell.setGraphic(StatusStyle.iconNode(s.status()));
                    cell.setTooltip(new Tooltip(s.stepKey() + " · " + StatusStyle.label(s.status())
                            + (s.reused() ? " (reused)" : "")));
                    cell.getStyleClass().add(instance ? "instance" : "step");
                }),
                column("Duration", 84, StepRun::duration, (cell, d) -> cell.setText(Durations.format(d))),
                column("Tries", 60, s -> s.attempts().size(), (cell, n) -> cell.setText(n == 0 ? "–" : String.valueOf(n))),
                column("Exit", 52, StepRun::exitCode, (cell, code) -> cell.setText(code == null ? "" : String.valueOf(code))),
                column("Outputs", 120, StepRun::outputs, (cell, outputs) -> cell.setText(outputs.isEmpty() ? ""
                        : String.join(", ", outputs.keySet())))));
        stepsTable.setItems(model.steps());
        stepsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        stepsTable.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, "steps-table");
        stepsTable.setPlaceholder(new Label("No steps"));

        javafx.scene.control.ScrollPane detailsScroll = new javafx.scene.control.ScrollPane(stepDetails);
        detailsScroll.setFitToWidth(true);
        detailsScroll.getStyleClass().add(Styles.FLAT);
        SplitPane stepsSplit = new SplitPane(stepsTable, detailsScroll);
        stepsSplit.setDividerPositions(0.64);

        inputsBox.getStyleClass().add("run-inputs");
        javafx.scene.control.ScrollPane inputsScroll = new javafx.scene.control.ScrollPane(inputsBox);
        inputsScroll.setFitToWidth(true);
        inputsScroll.getStyleClass().add(Styles.FLAT);
        TimelineView timeline = new TimelineView(timelineModel);
        TabPane tabs = new TabPane(tab("Steps", Material2MZ.VIEW_LIST, stepsSplit), tab("Inputs", Material2AL.INPUT, inputsScroll),
                tab("Timeline", Material2MZ.TIMELINE, timeline));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(Styles.TABS_FLOATING);

        runTitle.getStyleClass().addAll(Styles.TEXT_BOLD, "run-title");
        runFacts.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        openOnCanvas.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        openOnCanvas.setTooltip(new Tooltip("Show this run's step statuses on the workflow's canvas"));
        runError.getStyleClass().addAll(Styles.TEXT_SMALL, "step-error");
        runError.managedProperty().bind(runError.textProperty().isNotEmpty());
        runError.visibleProperty().bind(runError.textProperty().isNotEmpty());
        HBox titleLine = new HBox(8, runTitle, runStatus);
        titleLine.setAlignment(Pos.CENTER_LEFT);
        HBox header = new HBox(10, new VBox(2, titleLine, runFacts, runError), new Spacer(), openOnCanvas);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("run-header");
        detailPane.setTop(header);
        detailPane.setCenter(tabs);
        detailPane.getStyleClass().add("run-detail");

        emptyDetail.getStyleClass().add(Styles.TEXT_MUTED);
        BorderPane right = new BorderPane(emptyDetail);
        right.getStyleClass().add("run-detail-host");
        right.centerProperty().bind(Bindings.when(model.detailProperty().isNull()).then((Node) emptyDetail)
                .otherwise(detailPane));

        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.36);
        split.setOrientation(Orientation.HORIZONTAL);
        setCenter(split);
    }

    private void initListeners() {
        onlyThis.selectedProperty().addListener((obs, old, now) -> {
            if (now) {
                model.onlyThisWorkflowProperty().set(true);
            }
        });
        all.selectedProperty().addListener((obs, old, now) -> {
            if (now) {
                model.onlyThisWorkflowProperty().set(false);
            }
        });
        // a toggle group lets both be unselected: keep one on
        onlyThis.setOnAction(e -> onlyThis.setSelected(true));
        all.setOnAction(e -> all.setSelected(true));
        onlyThis.disableProperty().bind(model.workflowNameProperty().isNull());
        refresh.setOnAction(e -> model.refresh());
        refresh.disableProperty().bind(model.loadingProperty());

        runsList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null || !model.runs().isEmpty()) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != runsList.getSelectionModel().getSelectedItem()) {
                if (now == null) {
                    runsList.getSelectionModel().clearSelection();
                } else {
                    runsList.getSelectionModel().select(now);
                }
            }
        });
        stepsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                model.selectedStepProperty().set(now));
        model.selectedStepProperty().addListener((obs, old, now) -> {
            if (now != stepsTable.getSelectionModel().getSelectedItem()) {
                stepsTable.getSelectionModel().select(now);
            }
            stepDetails.show(now);
        });
        model.detailProperty().addListener((obs, old, now) -> showRun(now));
        timelineModel.dataProperty().bind(model.timelineProperty());
        openOnCanvas.disableProperty().bind(model.canOpenOnCanvasProperty().not());
        openOnCanvas.setOnAction(e -> model.openOnCanvas());
    }

    private void showRun(RunDetail run) {
        if (run == null) {
            return;
        }
        RunSummary summary = run.summary();
        runStatus.setText(StatusStyle.label(summary.status()));
        runStatus.setGraphic(StatusStyle.iconNode(summary.status()));
        runStatus.getStyleClass().setAll("label", "status-badge", StatusStyle.styleClass(summary.status()));
        runTitle.setText(summary.workflow());
        String took = summary.duration() == null ? "still running" : "took " + Durations.format(summary.duration());
        String facts = summary.runId() + " · started " + when(summary.startedAt()) + " · " + took + " · " + summary.trigger();
        if (!summary.definitionRevision().isEmpty()) {
            facts += " · " + summary.definitionRevision();
        }
        runFacts.setText(facts);
        runError.setText(summary.error());
        inputsBox.getChildren().setAll(summary.inputs().isEmpty()
                ? java.util.List.of(StepRunDetailsView.muted("This run took no inputs."))
                : summary.inputs().entrySet().stream()
                        .map(e -> StepRunDetailsView.keyValue(e.getKey(), String.valueOf(e.getValue()))).toList());
    }

    private static String runsText(int count) {
        return count == 1 ? "1 run" : count + " runs";
    }

    static String when(Instant time) {
        if (time == null) {
            return "";
        }
        var local = time.atZone(ZoneId.systemDefault());
        return local.toLocalDate().equals(LocalDate.now()) ? TIME.format(local) : DATE_TIME.format(local);
    }

    /** One run in the history: status and workflow, then when, how long, the trigger and the id. */
    private final class RunCell extends ListCell<RunSummary> {
        private final Label status = new Label();
        private final Label title = new Label();
        private final Label meta = new Label();
        private final Label duration = new Label();
        private final HBox box;

        RunCell() {
            title.getStyleClass().addAll(Styles.TEXT_BOLD, "run-cell-title");
            meta.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "run-cell-meta");
            duration.getStyleClass().addAll(Styles.TEXT_SMALL, "run-cell-duration");
            HBox top = new HBox(8, title, status);
            top.setAlignment(Pos.CENTER_LEFT);
            duration.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            VBox text = new VBox(2, top, meta);
            text.setMinWidth(0);
            HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
            box = new HBox(8, text, duration);
            box.setAlignment(Pos.CENTER_LEFT);
            getStyleClass().add("run-cell");
            setPrefWidth(0); // fit the list's width (long ids are cut with an ellipsis) instead of scrolling sideways
        }

        @Override
        protected void updateItem(RunSummary run, boolean empty) {
            super.updateItem(run, empty);
            setText(null);
            if (empty || run == null) {
                setGraphic(null);
                return;
            }
            status.setText(StatusStyle.label(run.status()));
            status.setGraphic(StatusStyle.iconNode(run.status()));
            status.getStyleClass().setAll("label", "status-badge", StatusStyle.styleClass(run.status()));
            title.setText(run.workflow());
            meta.setText(when(run.startedAt()) + " · " + run.trigger() + " · " + run.runId());
            duration.setText(run.duration() == null ? "running…" : Durations.format(run.duration()));
            setGraphic(box);
        }
    }

    private static Tab tab(String text, org.kordamp.ikonli.Ikon icon, Node content) {
        Tab tab = new Tab(text, content);
        tab.setGraphic(new FontIcon(icon));
        return tab;
    }

    private static Node placeholder(org.kordamp.ikonli.Ikon ikon, String title, String hint) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("runs-placeholder-icon");
        Label t = new Label(title);
        t.getStyleClass().add(Styles.TITLE_4);
        Label h = new Label(hint);
        h.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(6, icon, t, h);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    /** A read-only column whose cells are filled by {@code render} (never called for empty cells). */
    private static <S, T> TableColumn<S, T> column(String title, double width, Function<S, T> value,
                                                   java.util.function.BiConsumer<TableCell<S, T>, T> render) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 84)); // narrow columns keep their titles; wide ones give way first
        column.setSortable(false);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(value.apply(data.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("run-id", "instance", "step");
                setGraphic(null);
                setText(null);
                if (!empty && item != null) {
                    render.accept(this, item);
                }
            }
        });
        return column;
    }
}
