package dev.junction.designer.testing;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;

/** Theme switching and PNG snapshots of test windows, for looking at views (FX thread). */
public final class Screenshots {

    /** Where snapshots go; override with -Djunction.screenshots=DIR. */
    public static final Path DIR = Path.of(System.getProperty("junction.screenshots",
            System.getProperty("java.io.tmpdir") + "/junction-text-screenshots"));

    private Screenshots() {}

    public static void theme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** A scene whose background follows the theme (a bare control as root may leave the white scene fill). */
    public static Scene scene(javafx.scene.Parent content, double width, double height) {
        javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane(content);
        root.setStyle("-fx-background-color: -color-bg-default;");
        return new Scene(root, width, height);
    }

    /** Writes the scene as it is now to {@code DIR/name.png} and returns the file. */
    public static Path snapshot(Scene scene, String name) {
        try {
            Files.createDirectories(DIR);
            Path file = DIR.resolve(name + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
