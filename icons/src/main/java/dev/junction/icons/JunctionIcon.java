package dev.junction.icons;

import java.net.URL;
import java.util.List;

/**
 * The icons that the build renders from {@code src/main/svg} into this module's jar.
 *
 * <p>Each icon exists as PNG in every size of {@link #PNG_SIZES}, plus a Windows {@code .ico} and
 * a macOS {@code .icns}, all under {@code /dev/junction/icons/}. Plain resources, so this class
 * needs neither AWT nor JavaFX; callers turn the URLs into images with their own toolkit.
 */
public enum JunctionIcon {
    /** The application icon: window, taskbar, dock, launcher and installer. */
    APP("app"),
    /** The icon of workflow files ({@code *.junction.yaml}) in file managers. */
    WORKFLOW_FILE("workflow-file");

    /** Pixel sizes of the generated PNGs, smallest first. */
    public static final List<Integer> PNG_SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512, 1024);

    /** Where the resources live inside the jar (and inside {@code target/classes}). */
    public static final String RESOURCE_DIRECTORY = "/dev/junction/icons/";

    private final String baseName;

    JunctionIcon(String baseName) {
        this.baseName = baseName;
    }

    /** The file name stem shared by the SVG source and every generated file, e.g. {@code app}. */
    public String baseName() {
        return baseName;
    }

    /**
     * The PNG of this icon at {@code size} pixels square.
     *
     * @throws IllegalArgumentException if {@code size} is not one of {@link #PNG_SIZES}
     * @throws IllegalStateException if the resource is missing (the build did not generate it)
     */
    public URL png(int size) {
        if (!PNG_SIZES.contains(size)) {
            throw new IllegalArgumentException(
                    "No " + baseName + " icon of " + size + " px; sizes are " + PNG_SIZES);
        }
        return resource(baseName + "-" + size + ".png");
    }

    /** The multi-size Windows icon; throws {@link IllegalStateException} if it was not generated. */
    public URL ico() {
        return resource(baseName + ".ico");
    }

    /** The multi-size macOS icon; throws {@link IllegalStateException} if it was not generated. */
    public URL icns() {
        return resource(baseName + ".icns");
    }

    private static URL resource(String fileName) {
        URL url = JunctionIcon.class.getResource(RESOURCE_DIRECTORY + fileName);
        if (url == null) {
            throw new IllegalStateException("Icon resource " + RESOURCE_DIRECTORY + fileName
                    + " is missing; the icons module's build generates it (mvn -pl icons package)");
        }
        return url;
    }
}
