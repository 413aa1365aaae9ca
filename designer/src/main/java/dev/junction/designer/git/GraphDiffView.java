package dev.junction.designer.git;

import atlantafx.base.controls.Spacer;
import dev.junction.designer.canvas.CanvasDecorations;
import dev.junction.designer.canvas.CanvasView;
import dev.junction.designer.canvas.EdgeKey;
import dev.junction.designer.document.EditorSelection;
import dev.junction.designer.document.WorkflowDocument;
import dev.junction.designer.run.StepStatusView;
import dev.junction.git.graphdiff.Dependency;
import dev.junction.git.graphdiff.StepDiff;
import dev.junction.git.graphdiff.StepDiffKind;
import dev.junction.workflow.load.WorkflowLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The graph diff: both versions' steps and dependencies on one read-only canvas (the canvas's own cards and edges),
 * coloured by what happened to them: added green, removed red and dashed (ghosts of the old version), changed amber
 * with the changed fields in the card's tooltip; dependencies added green, removed red and dashed. A legend sums it
 * up. A new comparison updates the same canvas, so cards keep their places. FX thread only.
 */
public final class GraphDiffView extends BorderPane {

    private final WorkflowLoader loader;
    private final Path file;
    private final Label summary = new Label();
    private final Label problem = new Label();
    private final HBox legend;
    private WorkflowDocument document;
    private CanvasView canvas;

    /** @param path the repository path of the workflow (names the diagram's document in messages) */
    public GraphDiffView(WorkflowLoader loader, String path) {
        this.loader = loader;
        this.file = Path.of(path).toAbsolutePath();
        getStyleClass().add("graph-diff");
        setId("graph-diff");
        summary.setId("graph-diff-summary");
        summary.getStyleClass().add("graph-diff-summary");
        summary.setMinWidth(0);
        legend = new HBox(swatch("Added", "legend-added"), swatch("Removed", "legend-removed"),
                swatch("Changed", "legend-changed"), new Spacer(), summary);
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getStyleClass().add("graph-diff-legend");
        problem.setId("graph-diff-problem");
        problem.getStyleClass().add("graph-diff-problem");
        problem.setWrapText(true);
        problem.setGraphic(new FontIcon(Feather.INFO));
        setTop(legend);
        setCenter(problem);
    }

    private static Label swatch(String text, String styleClass) {
        Region box = new Region();
        box.getStyleClass().addAll("legend-swatch", styleClass);
        Label label = new Label(text, box);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** The canvas drawing the comparison, or null while there is none. */
    public CanvasView canvas() {
        return canvas;
    }

    public String summaryText() {
        return summary.getText();
    }

    /**
     * Shows a comparison; with a null scene, {@code why} there is none (a version that is not YAML, a binary file).
     */
    public void show(GraphDiffScene scene, String why) {
        if (scene == null) {
            summary.setText("");
            problem.setText(why == null || why.isEmpty() ? "Comparing…" : why);
            setCenter(problem);
            return;
        }
        if (document == null) {
            document = WorkflowDocument.of(file, scene.text(), loader);
            canvas = new CanvasView(document, new EditorSelection(),
                    FXCollections.<String, StepStatusView>observableHashMap(), null);
            canvas.setReadOnly(true);
            canvas.getStylesheets().add(GitStyles.STYLESHEET);
            canvas.setId("graph-diff-canvas");
        } else if (!document.text().equals(scene.text())) {
            document.replaceText("Compare", scene.text(), this);
        }
        decorate(canvas.decorations(), scene);
        summary.setText(scene.summary());
        setCenter(canvas);
    }

    /** The marks of a scene: one per step and dependency that changed. */
    static void decorate(CanvasDecorations decorations, GraphDiffScene scene) {
        Map<String, CanvasDecorations.Mark> steps = new HashMap<>();
        for (StepDiff step : scene.diff().steps()) {
            if (step.kind() != StepDiffKind.UNCHANGED) {
                steps.put(step.id(), new CanvasDecorations.Mark(styleClass(step.kind()), scene.noteOf(step.id())));
            }
        }
        Map<EdgeKey, String> edges = new HashMap<>();
        for (Map.Entry<Dependency, StepDiffKind> entry : scene.dependencies().entrySet()) {
            edges.put(new EdgeKey(entry.getKey().needs(), entry.getKey().step()), styleClass(entry.getValue()));
        }
        decorations.steps().keySet().retainAll(steps.keySet());
        decorations.steps().putAll(steps);
        decorations.edges().keySet().retainAll(edges.keySet());
        decorations.edges().putAll(edges);
    }

    static String styleClass(StepDiffKind kind) {
        return "diff-" + kind.name().toLowerCase(Locale.ROOT);
    }

    /** Stops the canvas listening to its document. */
    public void dispose() {
        if (canvas != null) {
            canvas.dispose();
        }
    }

    /** For tests and screenshots: the legend row. */
    HBox legend() {
        return legend;
    }
}
