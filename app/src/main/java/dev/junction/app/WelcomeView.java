package dev.junction.app;

import atlantafx.base.theme.Styles;
import dev.junction.designer.actions.ActionFactory;
import dev.junction.designer.actions.ActionHandlers;
import dev.junction.designer.actions.DesignerAction;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** What the editor area shows when no workflow is open: what to do next, with the shortcuts. */
final class WelcomeView extends VBox {

    private static final List<DesignerAction> SHOWN = List.of(DesignerAction.NEW_WORKFLOW, DesignerAction.OPEN_FOLDER,
            DesignerAction.COMMAND_PALETTE, DesignerAction.RUN_WORKFLOW, DesignerAction.TOGGLE_THEME);

    WelcomeView(ActionHandlers handlers) {
        getStyleClass().add("welcome");
        setId("welcome");
        setAlignment(Pos.CENTER);
        setSpacing(18);
        Label title = new Label("Junction");
        title.getStyleClass().addAll(Styles.TITLE_1, "welcome-title");
        Label subtitle = new Label("Open a workflow from the explorer, or start with one of these.");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        GridPane grid = new GridPane();
        grid.setHgap(28);
        grid.setVgap(10);
        grid.setAlignment(Pos.CENTER);
        int row = 0;
        for (DesignerAction action : SHOWN) {
            Hyperlink link = new Hyperlink(action.plainLabel(), ActionFactory.icon(action));
            link.setOnAction(e -> handlers.run(action));
            link.disableProperty().bind(handlers.enabled(action).not());
            Label key = new Label(action.keyText());
            key.getStyleClass().add("key-hint");
            grid.addRow(row++, link, key);
        }
        getChildren().addAll(title, subtitle, grid);
    }
}
