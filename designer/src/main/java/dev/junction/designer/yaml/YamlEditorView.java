// placeholder until feat/text lands
package dev.junction.designer.yaml;

import dev.junction.designer.document.EditorSelection;
import dev.junction.designer.document.WorkflowDocument;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;

/** Placeholder for the YAML editor: a plain text area editing through the document. Real one: feat/text. */
public class YamlEditorView extends BorderPane {

    private final TextArea area = new TextArea();
    private boolean updating;

    public YamlEditorView(WorkflowDocument document, EditorSelection selection) {
        area.getStyleClass().add("yaml-placeholder");
        area.setText(document.text());
        setCenter(area);
        document.textProperty().addListener((obs, old, now) -> {
            if (!updating && !now.equals(area.getText())) {
                updating = true;
                area.setText(now);
                updating = false;
            }
        });
        area.textProperty().addListener((obs, old, now) -> {
            if (!updating) {
                updating = true;
                document.replaceText("Typing", now, this);
                updating = false;
            }
        });
    }
}
