package dev.junction.app;

import dev.junction.icons.JunctionIcon;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The application icon for windows, from the icons module's generated PNGs.
 *
 * <p>Every size from 16 to 256 px goes on the stage, so the window manager picks the sharpest
 * for title bar, taskbar and Alt-Tab. The images are loaded synchronously (about 20 KB of PNG):
 * JavaFX passes a window only the icons that are already loaded when they are set, so images
 * still loading in the background never reach the window manager. On macOS the dock shows the
 * bundle's {@code .icns} instead (set by the installer).
 */
public final class AppIcons {

    private static final List<Integer> WINDOW_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private AppIcons() {
    }

    /** The icon images, smallest first and fully loaded; call on the JavaFX application thread. */
    public static List<Image> images() {
        return WINDOW_SIZES.stream()
                .map(size -> new Image(JunctionIcon.APP.png(size).toExternalForm()))
                .toList();
    }

    /** Gives {@code stage} the application icon; call on the JavaFX application thread. */
    public static void applyTo(Stage stage) {
        stage.getIcons().setAll(images());
    }
}
