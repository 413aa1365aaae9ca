package dev.junction.designer.inspector;

import atlantafx.base.theme.Styles;
import dev.junction.designer.forms.SchemaForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The workflow itself: name, description and max-parallel, and its inputs as cards with an "add input" row. */
final class WorkflowInspector extends VBox {

    static final List<String> FIELDS = List.of("name", "description", "max-parallel");

    private final InspectorViewModel model;
    private final SchemaForm fields;
    private final VBox cards = new VBox(12);
    private final TextField newName = new TextField();
    private final ComboBox<String> newType = new ComboBox<>();
    private final Label addError = new Label();
    private List<String> cardKeys = List.of();

    WorkflowInspector(InspectorViewModel model, WorkflowSchema schema) {
        super(22);
        this.model = model;
        getStyleClass().add("workflow-inspector");
        fields = new SchemaForm(schema.workflowSubset(FIELDS), schema.root());
        fields.setOnCommit(c -> {
            String error = model.setWorkflowField(c.name(), c.value());
            if (!error.isEmpty()) {
                fields.showError(c.path(), error);
            }
        });
        getChildren().add(new Section("Workflow", fields));
        getChildren().add(new Section("Inputs", cards, addRow()));
        refresh();
    }

    private VBox addRow() {
        newName.setPromptText("new input name");
        newName.setId("inspector-new-input-name");
        newType.getItems().setAll(InputCard.TYPES);
        newType.setValue("string");
        Button add = new Button("Add", new FontIcon(Feather.PLUS));
        add.setMinWidth(Button.USE_PREF_SIZE);
        newType.setMinWidth(ComboBox.USE_PREF_SIZE);
        add.setId("inspector-add-input");
        add.setDefaultButton(false);
        Runnable doAdd = () -> {
            String error = model.addInput(newName.getText().strip(), newType.getValue());
            addError.setText(error);
            addError.setVisible(!error.isEmpty());
            if (error.isEmpty()) {
                newName.clear();
            }
        };
        add.setOnAction(e -> doAdd.run());
        newName.setOnAction(e -> doAdd.run());
        // the name gets the panel's whole width (it was squeezed to a few letters beside type and button)
        HBox.setHgrow(newType, Priority.ALWAYS);
        newType.setMaxWidth(Double.MAX_VALUE);
        HBox typeAndAdd = new HBox(6, newType, add);
        typeAndAdd.setAlignment(Pos.CENTER_LEFT);
        VBox row = new VBox(6, newName, typeAndAdd);
        addError.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL, "field-error");
        addError.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));
        addError.setWrapText(true);
        addError.managedProperty().bind(addError.visibleProperty());
        addError.setVisible(false);
        VBox box = new VBox(4, row, addError);
        box.getStyleClass().add("input-add");
        return box;
    }

    /** Shows the document's current values; cards are rebuilt only when inputs or their types change. */
    void refresh() {
        fields.setValues(model.workflowValues());
        Map<String, Map<String, Object>> inputs = model.inputs();
        List<String> keys = new ArrayList<>();
        inputs.forEach((name, spec) -> keys.add(InputCard.key(name, spec)));
        if (!keys.equals(cardKeys)) {
            cardKeys = keys;
            cards.getChildren().clear();
            inputs.forEach((name, spec) -> cards.getChildren().add(new InputCard(model, name, spec)));
            if (inputs.isEmpty()) {
                Label none = new Label("No inputs. A run form asks for each input you add here.");
                none.setWrapText(true);
                none.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                cards.getChildren().add(none);
            }
        } else {
            cards.getChildren().forEach(n -> {
                if (n instanceof InputCard card) {
                    card.refresh(inputs.get(card.name()));
                }
            });
        }
    }
}
