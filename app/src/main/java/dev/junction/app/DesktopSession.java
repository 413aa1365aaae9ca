package dev.junction.app;

import dev.junction.app.engine.LocalEngine;
import dev.junction.platform.ConfigDirectory;
import dev.junction.app.settings.Settings;
import dev.junction.app.settings.SettingsStore;
import dev.junction.designer.actions.DesignerAction;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * One run of the desktop app: the settings, the local engine and the main window, opened in order and
 * closed in reverse. {@link #open} does the slow parts (reading settings, opening the run database) before
 * the FX thread needs them; {@link #show} builds the window.
 */
final class DesktopSession implements AutoCloseable {

    private static final double DEFAULT_WIDTH = 1440;
    private static final double DEFAULT_HEIGHT = 900;

    private final LaunchOptions options;
    private final SettingsStore store;
    private final Settings settings;
    private final String settingsWarning;
    private final LocalEngine engine;
    private MainWindow window;
    private Stage stage;

    private DesktopSession(LaunchOptions options, SettingsStore store, SettingsStore.Loaded loaded, LocalEngine engine) {
        this.options = options;
        this.store = store;
        this.settings = loaded.settings();
        this.settingsWarning = loaded.warning();
        this.engine = engine;
    }

    /** Reads the settings and opens the local engine. Blocking: call it off the FX thread (Application.init). */
    static DesktopSession open(List<String> args) {
        SettingsStore store = new SettingsStore(ConfigDirectory.resolve());
        SettingsStore.Loaded loaded = store.load();
        return new DesktopSession(LaunchOptions.of(args), store, loaded, LocalEngine.open());
    }

    MainWindow window() {
        return window;
    }

    LocalEngine engine() {
        return engine;
    }

    /** Builds the main window into {@code stage}, shows it and opens the initial workspace. FX thread. */
    void show(Stage stage) {
        this.stage = stage;
        window = new MainWindow(settings, engine.executor(), ""); // the engine opens meanwhile, see below
        ThemeSwitcher theme = new ThemeSwitcher(settings.themeProperty(), window);
        window.actions().on(DesignerAction.TOGGLE_THEME, theme::toggle);
        window.setOnQuit(stage::hide);
        store.setOnWriteError(message -> Platform.runLater(() -> window.showError(message)));

        Scene scene = new Scene(window);
        scene.getStylesheets().add(DesktopSession.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            var folder = window.workspaceProperty().get();
            return folder == null || folder.getFileName() == null ? "Junction" : folder.getFileName() + " — Junction";
        }, window.workspaceProperty()));
        placeWindow(stage);
        stage.setOnCloseRequest(e -> {
            if (!window.confirmClose()) {
                e.consume();
            }
        });
        stage.setOnHidden(e -> rememberWindow(stage));
        stage.show();

        options.initialWorkspace(settings).ifPresent(window::openWorkspace);
        engine.ready().thenRunAsync(() -> {
            engine.warnings().forEach(window::showError);
            window.showEngineProblem(engine.problem());
        }, Platform::runLater);
        // the layout library's first run is slow: warm it up once the window and the engine are up
        engine.ready().thenRun(dev.junction.designer.canvas.CanvasView::warmUp);
        if (!settingsWarning.isEmpty()) {
            window.showError(settingsWarning);
        }
    }

    private void placeWindow(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        var saved = settings.window().filter(w -> !Screen.getScreensForRectangle(w.x(), w.y(), w.width(), w.height()).isEmpty());
        if (saved.isPresent()) {
            stage.setX(saved.get().x());
            stage.setY(saved.get().y());
            stage.setWidth(saved.get().width());
            stage.setHeight(saved.get().height());
            stage.setMaximized(saved.get().maximized());
        } else {
            stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth()));
            stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight()));
            stage.centerOnScreen();
        }
        stage.setMinWidth(Math.min(800, screen.getWidth()));
        stage.setMinHeight(Math.min(560, screen.getHeight()));
    }

    private void rememberWindow(Stage stage) {
        if (!stage.isMaximized()) {
            settings.setWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        } else {
            settings.window().ifPresentOrElse(
                    w -> settings.setWindow(w.x(), w.y(), w.width(), w.height(), true),
                    () -> settings.setWindow(stage.getX(), stage.getY(), DEFAULT_WIDTH, DEFAULT_HEIGHT, true));
        }
    }

    /** Closes the window's watchers, the engine (runs stopped, history written) and the settings writer. */
    @Override
    public void close() {
        if (window != null) {
            window.dispose();
            stage.titleProperty().unbind();
            stage.setOnHidden(null);
            if (stage.isShowing()) {
                rememberWindow(stage);
            }
        }
        engine.close();
        store.close();
    }
}
