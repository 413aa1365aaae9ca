package dev.junction.designer.git;

import dev.junction.workflow.load.WorkflowLoader;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;

/** Placeholder until the canvas is merged: the graph diff's summary. */
public final class GraphDiffView extends BorderPane {

    private final Label summary = new Label();

    public GraphDiffView(WorkflowLoader loader, String path) {
        setCenter(summary);
    }

    public void show(GraphDiffScene scene, String problem) {
        summary.setText(scene == null ? problem : scene.summary());
    }

    public void dispose() {
    }
}
