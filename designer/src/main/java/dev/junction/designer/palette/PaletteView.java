// placeholder until feat/canvas lands
package dev.junction.designer.palette;

import dev.junction.steps.StepKinds;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;

/** Placeholder for the step palette: the built-in step kinds. The real view comes from feat/canvas. */
public class PaletteView extends BorderPane {

    public PaletteView() {
        ListView<String> kinds = new ListView<>();
        kinds.getItems().setAll(StepKinds.builtin().keys().stream().sorted().toList());
        kinds.getStyleClass().add("dense");
        setCenter(kinds);
    }

    /** The workspace whose actions the palette offers (null: none). */
    public void setWorkspace(Path folder) {}

    /** Called with an item that was double-clicked or activated with Enter. */
    public void setOnActivate(java.util.function.Consumer<PaletteItem> handler) {}
}
