package dev.junction.designer.editor;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import dev.junction.designer.canvas.CanvasView;
import dev.junction.designer.document.EditorSelection;
import dev.junction.designer.document.WorkflowDocument;
import dev.junction.designer.run.StepStatusView;
import dev.junction.designer.yaml.YamlEditorView;
import dev.junction.workflow.load.LoadResult;
import dev.junction.workflow.source.Problem;
import java.io.IOException;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableMap;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One editor tab: a workflow's canvas and YAML text side by side (or either alone), both editing the same
 * {@link WorkflowDocument} and sharing one {@link EditorSelection}. A header shows where the file is, whether
 * it is valid, and the canvas/split/YAML toggle. FX thread only.
 */
public final class WorkflowEditorView extends BorderPane {

    /** Appended to the title of a document with unsaved changes. */
    public static final String DIRTY_MARKER = " ●";

    private final WorkflowDocument document;
    private final EditorSelection selection = new EditorSelection();
    private final CanvasView canvas;
    private final YamlEditorView yaml;
    private final SplitPane split = new SplitPane();
    private final ObjectProperty<EditorMode> mode = new SimpleObjectProperty<>(this, "mode", EditorMode.SPLIT);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final Label status = new Label();
    private final ToggleGroup modes = new ToggleGroup();
    private double dividerPosition = 0.62;

    /**
     * @param statuses the step statuses of the run on display, for the canvas's badges
     */
    public WorkflowEditorView(WorkflowDocument document, ObservableMap<String, StepStatusView> statuses) {
        this.document = document;
        this.canvas = new CanvasView(document, selection, statuses);
        this.yaml = new YamlEditorView(document, selection);
        createView();
        initListeners();
    }

    public WorkflowDocument document() {
        return document;
    }

    public Path file() {
        return document.file();
    }

    public EditorSelection selection() {
        return selection;
    }

    public CanvasView canvas() {
        return canvas;
    }

    public YamlEditorView yamlEditor() {
        return yaml;
    }

    /** Canvas, YAML or both. */
    public ObjectProperty<EditorMode> modeProperty() {
        return mode;
    }

    /** The tab title: the file name, with {@link #DIRTY_MARKER} while there are unsaved changes. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Stops the views listening to the document; called when the tab closes. */
    public void dispose() {
        canvas.dispose();
        yaml.dispose();
    }

    /** Writes the document to its file (byte-exact). */
    public void save() throws IOException {
        document.save();
    }

    private void createView() {
        getStyleClass().add("workflow-editor");
        Label path = new Label(displayPath(document.file()), new FontIcon(Feather.SHARE_2));
        path.getStyleClass().add("editor-path");
        status.setId("editor-status");
        status.getStyleClass().add("editor-status");
        HBox toggle = new HBox(
                modeButton(EditorMode.CANVAS, Feather.SHARE_2, "Canvas only", Styles.LEFT_PILL),
                modeButton(EditorMode.SPLIT, Feather.COLUMNS, "Canvas and YAML", Styles.CENTER_PILL),
                modeButton(EditorMode.YAML, Feather.CODE, "YAML only", Styles.RIGHT_PILL));
        toggle.setAlignment(Pos.CENTER);
        HBox header = new HBox(12, path, status, new Spacer(), toggle);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("editor-header");
        setTop(header);
        split.setOrientation(Orientation.HORIZONTAL);
        split.getStyleClass().add("editor-split");
        setCenter(split);
        layoutMode(mode.get());
    }

    private ToggleButton modeButton(EditorMode value, Feather icon, String tooltip, String pill) {
        ToggleButton button = new ToggleButton(null, new FontIcon(icon));
        button.setId("mode-" + value.name().toLowerCase(java.util.Locale.ROOT));
        button.getStyleClass().addAll(pill, Styles.SMALL, Styles.BUTTON_ICON);
        button.setTooltip(new Tooltip(tooltip));
        button.setUserData(value);
        button.setToggleGroup(modes);
        button.setFocusTraversable(false);
        button.setSelected(value == mode.get());
        return button;
    }

    private void initListeners() {
        title.bind(Bindings.createStringBinding(
                () -> fileName(document.file()) + (document.dirtyProperty().get() ? DIRTY_MARKER : ""),
                document.dirtyProperty()));
        mode.addListener((obs, old, now) -> {
            layoutMode(now);
            modes.getToggles().forEach(t -> t.setSelected(t.getUserData() == now));
        });
        modes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // a pill group always has one selected
            } else {
                mode.set((EditorMode) now.getUserData());
            }
        });
        document.validationProperty().addListener((obs, old, now) -> showStatus());
        document.syntaxErrorProperty().addListener((obs, old, now) -> showStatus());
        showStatus();
    }

    private void layoutMode(EditorMode value) {
        if (split.getItems().size() == 2) {
            dividerPosition = split.getDividerPositions()[0];
        }
        switch (value) {
            case CANVAS -> split.getItems().setAll(canvas);
            case YAML -> split.getItems().setAll(yaml);
            case SPLIT -> {
                split.getItems().setAll(canvas, yaml);
                split.setDividerPositions(dividerPosition);
            }
        }
    }

    private void showStatus() {
        status.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.WARNING);
        LoadResult result = document.validationProperty().get();
        if (document.syntaxErrorProperty().get() != null) {
            status.setText("YAML syntax error");
            status.setGraphic(new FontIcon(Feather.ALERT_OCTAGON));
            status.getStyleClass().add(Styles.DANGER);
        } else if (result == null) {
            status.setText("Checking…");
            status.setGraphic(new FontIcon(Feather.LOADER));
        } else {
            long errors = result.problems().stream().filter(Problem::isError).count();
            long warnings = result.problems().size() - errors;
            if (errors > 0) {
                status.setText(errors + (errors == 1 ? " error" : " errors"));
                status.setGraphic(new FontIcon(Feather.ALERT_OCTAGON));
                status.getStyleClass().add(Styles.DANGER);
            } else if (warnings > 0) {
                status.setText(warnings + (warnings == 1 ? " warning" : " warnings"));
                status.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
                status.getStyleClass().add(Styles.WARNING);
            } else {
                status.setText("Valid");
                status.setGraphic(new FontIcon(Feather.CHECK_CIRCLE));
                status.getStyleClass().add(Styles.SUCCESS);
            }
        }
    }

    private static String fileName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** The last two path elements ("sample-workflows › hello.yaml"): enough to tell files apart. */
    private static String displayPath(Path file) {
        Path parent = file.getParent();
        return parent == null || parent.getFileName() == null ? fileName(file)
                : parent.getFileName() + "  ›  " + fileName(file);
    }
}
