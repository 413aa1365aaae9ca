package dev.junction.app;

import dev.junction.designer.actions.DesignerAction;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
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

            // the run form, generated from deployment.yaml's input schema
            var deployment = app.fx(() -> app.window().openWorkflow(app.workspace.resolve("deployment.yaml"))).get(20, TimeUnit.SECONDS);
            app.waitFor(() -> deployment.document().validationProperty().get() != null);
            app.fx(() -> app.window().runController().runWorkflow(deployment.document(), app.stage));
            app.waitFor(() -> dialog() != null);
            Thread.sleep(500);
            Window form = dialog();
            saveScene(app, form.getScene(), out.resolve("run-form.png"));
            app.fx(() -> {
                form.hide();
                return null;
            });

            // a run in progress: retries and a step that hangs until its timeout
            var retries = app.fx(() -> app.window().openWorkflow(app.workspace.resolve("retries-and-timeouts.yaml"))).get(20, TimeUnit.SECONDS);
            app.waitFor(() -> retries.document().validationProperty().get() != null);
            app.fx(() -> app.window().runController().runWorkflow(retries.document(),
                    java.util.Map.of("state_dir", home.resolve("state").toString())));
            app.fx(() -> app.window().selectBottomTab("logs-tab"));
            app.waitFor(() -> "success".equals(status(app, retries, "flaky")));
            Thread.sleep(400);
            save(app, out.resolve("run-in-progress.png"));
            app.waitFor(() -> !app.window().runController().state(retries.document()).runningProperty().get());
            app.fx(() -> app.window().selectBottomTab("timeline-tab"));
            Thread.sleep(600);
            save(app, out.resolve("run-timeline.png"));

            app.fx(() -> app.window().actions().run(DesignerAction.TOGGLE_THEME));
            app.fx(() -> app.window().selectBottomTab("logs-tab"));
            Thread.sleep(500);
            save(app, out.resolve("editor-dark.png"));
            app.fx(() -> app.window().actions().run(DesignerAction.TOGGLE_THEME));
        } finally {
            System.setProperty("user.home", realHome);
        }
    }

    private static void save(RunningApp app, Path file) throws Exception {
        saveScene(app, app.stage.getScene(), file);
    }

    private static void saveScene(RunningApp app, javafx.scene.Scene scene, Path file) throws Exception {
        WritableImage image = app.fx(() -> scene.snapshot(null));
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        ImageIO.write(buffered, "png", file.toFile());
    }

    /** The run dialog: the one window besides the main stage. */
    private static Window dialog() {
        return Window.getWindows().stream().filter(w -> w instanceof javafx.stage.Stage s && s.getOwner() != null)
                .findFirst().orElse(null);
    }

    private static String status(RunningApp app, dev.junction.designer.editor.WorkflowEditorView editor, String step) {
        try {
            return app.fx(() -> {
                var view = app.window().runController().statuses(editor.document()).get(step);
                return view == null ? "" : view.status().label();
            });
        } catch (Exception e) {
            return "";
        }
    }
}
