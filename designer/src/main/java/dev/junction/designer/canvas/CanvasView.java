// placeholder until feat/canvas lands
package dev.junction.designer.canvas;

import dev.junction.designer.document.EditorSelection;
import dev.junction.designer.document.WorkflowDocument;
import dev.junction.designer.layout.Direction;
import dev.junction.designer.run.StepStatusView;
import dev.junction.workflow.edit.StepSection;
import javafx.collections.ObservableMap;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Placeholder for the DAG canvas: lists the step ids as chips. The real view comes from feat/canvas. */
public class CanvasView extends StackPane {

    private final WorkflowDocument document;
    private final EditorSelection selection;
    private final FlowPane steps = new FlowPane(8, 8);

    public CanvasView(WorkflowDocument document, EditorSelection selection, ObservableMap<String, StepStatusView> statuses) {
        this.document = document;
        this.selection = selection;
        getStyleClass().add("canvas-placeholder");
        Label note = new Label("Canvas — arrives with feat/canvas");
        note.getStyleClass().add("text-muted");
        steps.setAlignment(Pos.CENTER);
        VBox box = new VBox(16, note, steps);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(24));
        getChildren().add(box);
        document.modelProperty().addListener((obs, old, now) -> render());
        render();
    }

    private void render() {
        steps.getChildren().clear();
        if (document.model() == null) {
            return;
        }
        for (StepSection section : StepSection.values()) {
            for (String id : document.model().stepIds(section)) {
                Label chip = new Label(id);
                chip.getStyleClass().add("step-chip");
                chip.setOnMouseClicked(e -> selection.select(java.util.List.of(id)));
                steps.getChildren().add(chip);
            }
        }
    }

    public void deleteSelection() {}

    public void copySelection() {}

    public void paste() {}

    public void duplicateSelection() {}

    public void selectAll() {}

    public java.util.Optional<String> addStep(dev.junction.designer.palette.PaletteItem item) {
        return java.util.Optional.empty();
    }

    public void fitToView() {}

    public void zoomIn() {}

    public void zoomOut() {}

    public void tidy(Direction direction) {}

    public boolean findStep(String id) {
        return false;
    }

    public void dispose() {}
}
