// placeholder until feat/runui lands
package dev.junction.designer.console;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** Placeholder for the log console. The real view comes from feat/runui. */
public class LogConsoleView extends StackPane {

    public LogConsoleView() {
        Label label = new Label("Logs arrive with feat/runui");
        label.getStyleClass().add("text-muted");
        getChildren().add(label);
    }
}
