package dev.junction.app;

import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop application's entry point: settings and the local engine open in {@link #init()} (off the FX
 * thread), the main window in {@link #start}, and {@link #stop()} closes the engine so every run event is
 * written before the JVM exits. Arguments: an optional folder to open as the workspace.
 */
public final class JunctionApp extends Application {

    private DesktopSession session;

    @Override
    public void init() {
        session = DesktopSession.open(getParameters().getRaw());
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Junction");
        AppIcons.applyTo(stage);
        session.show(stage);
        stage.show();
    }

    @Override
    public void stop() {
        session.close();
    }

    /** The session of this app, once started (tests). */
    DesktopSession session() {
        return session;
    }

    public static void main(String[] args) {
        launch(JunctionApp.class, args);
    }
}
