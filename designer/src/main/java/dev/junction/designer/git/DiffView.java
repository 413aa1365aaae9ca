package dev.junction.designer.git;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import dev.junction.git.workspace.CommitInfo;
import dev.junction.workflow.load.WorkflowLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A file compared with an earlier version, in an editor tab: the side-by-side text diff or the graph diff on a
 * read-only canvas (toggle), and the version to compare with (the last commit or any commit of the file).
 * FX thread only; {@link #dispose()} when the tab closes.
 */
public final class DiffView extends BorderPane {

    /** Which picture of the difference is shown. */
    public enum Mode { TEXT, GRAPH }

    private final DiffViewModel model;
    private final TextDiffView text = new TextDiffView();
    private final GraphDiffView graph;
    private final StackPane body = new StackPane();
    private final Label error = new Label();
    private final Label versions = new Label();
    private final ComboBox<Choice> compareWith = new ComboBox<>();
    private final ToggleGroup modes = new ToggleGroup();
    private boolean choosing;

    /** An entry of "compare with": a revision and how it reads. */
    record Choice(String revision, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    public DiffView(DiffViewModel model, WorkflowLoader loader) {
        this.model = model;
        this.graph = new GraphDiffView(loader, model.path());
        createView();
        initListeners();
    }

    public DiffViewModel model() {
        return model;
    }

    public TextDiffView textView() {
        return text;
    }

    public GraphDiffView graphView() {
        return graph;
    }

    /** Shows the text or the graph diff. */
    public void show(Mode mode) {
        modes.getToggles().stream().filter(t -> t.getUserData() == mode).findFirst().ifPresent(t -> t.setSelected(true));
    }

    public Mode mode() {
        return modes.getSelectedToggle() == null ? Mode.TEXT : (Mode) modes.getSelectedToggle().getUserData();
    }

    private void createView() {
        getStyleClass().add("diff-view");
        getStylesheets().add(GitStyles.STYLESHEET);
        setId("diff-view");
        Label file = new Label(model.path(), new FontIcon(Feather.GIT_PULL_REQUEST));
        file.getStyleClass().add("diff-file");
        versions.getStyleClass().add(Styles.TEXT_MUTED);
        file.setMinWidth(USE_PREF_SIZE);
        versions.setMinWidth(0);
        Label compareLabel = new Label("Compare with");
        compareLabel.setMinWidth(USE_PREF_SIZE);
        compareWith.setId("diff-compare-with");
        compareWith.setPromptText("Compare with…");
        compareWith.setTooltip(new Tooltip("The version to compare with"));
        compareWith.setCellFactory(v -> new ChoiceCell());
        compareWith.setButtonCell(new ChoiceCell());
        compareWith.getStyleClass().add(Styles.SMALL);
        ToggleButton textButton = modeButton(Mode.TEXT, Feather.ALIGN_LEFT, "Text", Styles.LEFT_PILL);
        ToggleButton graphButton = modeButton(Mode.GRAPH, Feather.SHARE_2, "Graph", Styles.RIGHT_PILL);
        textButton.setSelected(true);
        Button reload = new Button(null, new FontIcon(Feather.REFRESH_CW));
        reload.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        reload.setTooltip(new Tooltip("Compare again"));
        reload.setOnAction(e -> model.reload());
        HBox toggle = new HBox(textButton, graphButton);
        toggle.setMinWidth(USE_PREF_SIZE);
        compareWith.setMinWidth(140);
        compareWith.setPrefWidth(240);
        HBox header = new HBox(10, file, versions, new Spacer(), compareLabel, compareWith, toggle, reload);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("diff-header");
        setTop(header);
        error.getStyleClass().addAll("diff-error", Styles.DANGER);
        error.setWrapText(true);
        error.setVisible(false);
        StackPane.setAlignment(error, Pos.TOP_CENTER);
        body.getChildren().addAll(text, graph, error);
        graph.setVisible(false);
        setCenter(body);
    }

    private ToggleButton modeButton(Mode mode, Feather icon, String label, String pill) {
        ToggleButton button = new ToggleButton(label, new FontIcon(icon));
        button.setId("diff-mode-" + mode.name().toLowerCase(java.util.Locale.ROOT));
        button.getStyleClass().addAll(pill, Styles.SMALL);
        button.setUserData(mode);
        button.setToggleGroup(modes);
        button.setFocusTraversable(false);
        button.setMinWidth(USE_PREF_SIZE);
        return button;
    }

    private void initListeners() {
        modes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
                return;
            }
            boolean graphShown = now.getUserData() == Mode.GRAPH;
            graph.setVisible(graphShown);
            text.setVisible(!graphShown);
        });
        model.rowsProperty().addListener((obs, old, now) -> showRows());
        model.graphProperty().addListener((obs, old, now) -> graph.show(now, model.graphProblemProperty().get()));
        model.graphProblemProperty().addListener((obs, old, now) -> graph.show(model.graphProperty().get(), now));
        model.errorProperty().addListener((obs, old, now) -> {
            error.setText(now);
            error.setVisible(!now.isEmpty());
        });
        model.oldRevisionProperty().addListener((obs, old, now) -> showVersions());
        model.revisions().addListener((javafx.collections.ListChangeListener<CommitInfo>) c -> fillChoices());
        compareWith.valueProperty().addListener((obs, old, now) -> {
            if (!choosing && now != null && !Objects.equals(now.revision(), model.oldRevisionProperty().get())) {
                model.oldRevisionProperty().set(now.revision());
            }
        });
        showVersions();
        fillChoices();
        model.reload();
        model.loadRevisions();
    }

    private void showRows() {
        SideBySideDiff rows = model.rowsProperty().get();
        if (rows != null) {
            var diff = model.diffProperty().get();
            text.show(rows, side(model.oldRevisionProperty().get(), diff == null ? "" : diff.oldVersion()),
                    side(model.newRevisionProperty().get(), diff == null ? "" : diff.newVersion()));
        }
    }

    private static String side(String revision, String resolved) {
        if (revision == null) {
            return "Working tree (on disk)";
        }
        String id = resolved.matches("[0-9a-f]{40}") ? resolved.substring(0, 7) : resolved;
        String name = DiffViewModel.label(revision);
        return name.equals(id) || id.isEmpty() ? name : name + " (" + id + ")";
    }

    private void showVersions() {
        versions.setText(DiffViewModel.label(model.oldRevisionProperty().get()) + "  ↔  "
                + DiffViewModel.label(model.newRevisionProperty().get()));
        selectChoice();
    }

    private void fillChoices() {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("HEAD", "Last commit (HEAD)"));
        for (CommitInfo commit : model.revisions()) {
            choices.add(new Choice(commit.id(), commit.shortId() + "  " + commit.summary()));
        }
        String current = model.oldRevisionProperty().get();
        if (choices.stream().noneMatch(c -> c.revision().equals(current))) {
            choices.add(new Choice(current, DiffViewModel.label(current)));
        }
        choosing = true;
        compareWith.getItems().setAll(choices);
        choosing = false;
        selectChoice();
    }

    private void selectChoice() {
        String current = model.oldRevisionProperty().get();
        choosing = true;
        compareWith.getItems().stream().filter(c -> c.revision().equals(current)).findFirst()
                .ifPresent(compareWith::setValue);
        choosing = false;
    }

    /** Stops the graph's canvas listening; the view is not used afterwards. */
    public void dispose() {
        graph.dispose();
    }

    private static final class ChoiceCell extends ListCell<Choice> {
        @Override
        protected void updateItem(Choice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
