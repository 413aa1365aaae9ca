package dev.junction.designer.fxtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.layout.Region;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves PNG screenshots of real scenes (Scene.snapshot) under {@code target/screenshots} for a human to look at. */
public final class Snapshots {

    public static final Path DIR = Path.of(System.getProperty("junction.screenshots", "target/screenshots"));

    private Snapshots() {}

    /** FX thread. */
    public static Path save(Scene scene, String name) {
        return write(scene.snapshot(null), name);
    }

    /** FX thread. Transparent areas get the theme's background, as they would on screen. */
    public static Path save(Node node, String name) {
        SnapshotParameters parameters = new SnapshotParameters();
        if (node.getScene() != null && node.getScene().getRoot() instanceof Region root && root.getBackground() != null
                && !root.getBackground().getFills().isEmpty()) {
            parameters.setFill(root.getBackground().getFills().getFirst().getFill());
        }
        return write(node.snapshot(parameters, null), name);
    }

    private static Path write(WritableImage image, String name) {
        try {
            Files.createDirectories(DIR);
            Path file = DIR.resolve(name + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("cannot write screenshot " + name, e);
        }
    }
}
