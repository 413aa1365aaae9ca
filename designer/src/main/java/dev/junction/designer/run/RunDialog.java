package dev.junction.designer.run;

import atlantafx.base.theme.Styles;
import dev.junction.workflow.Workflow;
import dev.junction.workflow.inputs.InputValues;
import dev.junction.workflow.inputs.InvalidInputsException;
import java.util.List;
import java.util.Map;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Asks for a workflow's input values before a run. The form comes from a {@link RunInputsForm.Factory}; "Run"
 * checks the values with the engine's own validator and stays open, with the messages inline, until they
 * pass. The result is the raw values (null when cancelled). FX thread only.
 */
public final class RunDialog extends Dialog<Map<String, Object>> {

    public static final ButtonType RUN = new ButtonType("Run", ButtonBar.ButtonData.OK_DONE);

    private static final int MAX_INPUTS_WITHOUT_SCROLLING = 6;

    private final RunInputsForm form;

    public RunDialog(Workflow workflow, Map<String, Object> initial, RunInputsForm.Factory forms) {
        this.form = forms.create(workflow.inputs(), initial);
        setTitle("Run " + workflow.name());
        getDialogPane().getStyleClass().add("run-dialog");
        getDialogPane().setHeader(header(workflow));
        if (workflow.inputs().size() <= MAX_INPUTS_WITHOUT_SCROLLING) {
            getDialogPane().setContent(form.node());
        } else {
            ScrollPane scroll = new ScrollPane(form.node());
            scroll.setFitToWidth(true);
            scroll.setPrefViewportHeight(440);
            scroll.getStyleClass().add(Styles.FLAT);
            getDialogPane().setContent(scroll);
        }
        getDialogPane().getStylesheets().add(
                java.util.Objects.requireNonNull(RunDialog.class.getResource("run-dialog.css")).toExternalForm());
        getDialogPane().setPrefWidth(560);
        getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, RUN);
        Button run = (Button) getDialogPane().lookupButton(RUN);
        run.getStyleClass().add(Styles.ACCENT);
        run.setGraphic(new FontIcon(Material2MZ.PLAY_ARROW));
        run.addEventFilter(ActionEvent.ACTION, e -> {
            Map<String, List<String>> errors = validate(workflow, form.values());
            form.showErrors(errors);
            if (!errors.isEmpty()) {
                e.consume(); // stay open until the values pass
            }
        });
        setResultConverter(button -> button == RUN ? form.values() : null);
    }

    public RunInputsForm form() {
        return form;
    }

    /** The validator's messages for these raw values, by input; empty when they would be accepted. */
    public static Map<String, List<String>> validate(Workflow workflow, Map<String, Object> raw) {
        try {
            InputValues.resolve(workflow.inputs(), raw);
            return Map.of();
        } catch (InvalidInputsException e) {
            return InputSpecForm.byInput(e.errors());
        }
    }

    private static Node header(Workflow workflow) {
        Label title = new Label("Run " + workflow.name());
        title.getStyleClass().add(Styles.TITLE_3);
        title.setGraphic(new FontIcon(Material2MZ.PLAY_CIRCLE_FILLED));
        title.getGraphic().getStyleClass().add("run-dialog-icon");
        VBox box = new VBox(4, title);
        if (!workflow.description().isEmpty()) {
            Label description = new Label(workflow.description());
            description.getStyleClass().add(Styles.TEXT_MUTED);
            description.setWrapText(true);
            box.getChildren().add(description);
        }
        int count = workflow.inputs().size();
        Label hint = new Label((count == 1 ? "1 input" : count + " inputs") + " · empty fields take their default");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        box.getChildren().add(hint);
        box.getStyleClass().add("run-dialog-header");
        return box;
    }
}
