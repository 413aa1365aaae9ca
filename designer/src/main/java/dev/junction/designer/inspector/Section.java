package dev.junction.designer.inspector;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A titled part of the inspector ("General", "HTTP request", "Execution"). */
final class Section extends VBox {

    Section(String title, Node... content) {
        super(10);
        getStyleClass().add("inspector-section");
        Label label = new Label(title.toUpperCase());
        label.getStyleClass().add("inspector-section-title");
        getChildren().add(label);
        getChildren().addAll(content);
    }
}
