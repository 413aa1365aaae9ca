package dev.junction.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop application's entry point. (The designer's main window is wired here as it grows.) */
public final class JunctionApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("Junction");
        AppIcons.applyTo(stage);
        stage.setScene(new Scene(new Label("Junction"), 1200, 800));
        stage.show();
    }

    public static void main(String[] args) {
        launch(JunctionApp.class, args);
    }
}
