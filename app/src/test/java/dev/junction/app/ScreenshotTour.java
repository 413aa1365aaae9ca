package dev.junction.app;

import dev.junction.designer.actions.DesignerAction;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the real window at a desktop size and saves PNGs for the README (docs/images, or the folder in
 * {@code -Djunction.screenshots}). Not part of the normal test run: {@code -Pscreenshots}.
 */
@Tag("screenshots")
class ScreenshotTour {

    @TempDir
    Path home;

    @Test
    void takeScreenshots() throws Exception {
        Path out = Path.of(System.getProperty("junction.screenshots", "../docs/images")).toAbsolutePath().normalize();
        Files.createDirectories(out);
        String realHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString()); // the status bar shows ~/sample-workflows
        try (RunningApp app = RunningApp.start(home)) {
            app.fx(() -> {
                app.stage.setWidth(1440);
                app.stage.setHeight(900);
            });
            app.waitFor(() -> app.window().explorer().model().treeProperty().get() != null);
            save(app, out.resolve("welcome.png"));

            app.fx(() -> app.window().openWorkflow(app.workspace.resolve("ci-build.yaml"))).get(20, TimeUnit.SECONDS);
            app.waitFor(() -> app.window().editors().activeEditor() != null
                    && app.window().editors().activeEditor().document().validationProperty().get() != null);
            Thread.sleep(300);
            save(app, out.resolve("editor.png"));

            app.fx(() -> app.window().showCommandPalette());
            Thread.sleep(300);
            save(app, out.resolve("command-palette.png"));
            app.fx(() -> app.window().hideCommandPalette());

            app.fx(() -> app.window().actions().run(DesignerAction.TOGGLE_THEME));
            Thread.sleep(300);
            save(app, out.resolve("editor-dark.png"));
            app.fx(() -> app.window().actions().run(DesignerAction.TOGGLE_THEME));
        } finally {
            System.setProperty("user.home", realHome);
        }
    }

    private static void save(RunningApp app, Path file) throws Exception {
        WritableImage image = app.fx(() -> app.stage.getScene().snapshot(null));
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        ImageIO.write(buffered, "png", file.toFile());
    }
}
