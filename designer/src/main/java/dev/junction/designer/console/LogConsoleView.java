// placeholder until feat/runui lands
package dev.junction.designer.console;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;

/** Placeholder for the log console. The real view comes from feat/runui. */
public final class LogConsoleView extends BorderPane {

    public LogConsoleView(LogConsoleViewModel model) {
        Label label = new Label("Logs arrive with feat/runui");
        label.getStyleClass().add("text-muted");
        setCenter(label);
    }
}
