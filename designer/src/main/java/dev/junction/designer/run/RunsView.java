// placeholder until feat/runui lands
package dev.junction.designer.run;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** Placeholder for the run history. The real view comes from feat/runui. */
public class RunsView extends StackPane {

    public RunsView(RunController controller) {
        Label label = new Label("Run history arrives with feat/runui");
        label.getStyleClass().add("text-muted");
        getChildren().add(label);
    }
}
