package dev.junction.designer.forms;

import java.util.List;
import javafx.scene.text.Font;

/**
 * The monospaced font family for code (scripts, YAML): the first installed of the usual programmer's fonts.
 * JavaFX CSS takes one family name and no fallback list, so it is chosen here once.
 */
public final class CodeFont {

    private static final List<String> PREFERRED = List.of("JetBrains Mono", "Cascadia Mono", "Cascadia Code",
            "Fira Code", "Source Code Pro", "SF Mono", "Menlo", "Consolas", "DejaVu Sans Mono", "Liberation Mono",
            "Ubuntu Mono");
    private static String family;

    private CodeFont() {}

    /** The family name; "Monospaced" (JavaFX's logical font) when none of the preferred ones is installed. */
    public static synchronized String family() {
        if (family == null) {
            List<String> installed = Font.getFamilies();
            family = PREFERRED.stream().filter(installed::contains).findFirst().orElse("Monospaced");
        }
        return family;
    }

    /** An inline style that sets the family, for {@code Node.setStyle}. */
    public static String style() {
        return "-fx-font-family: '" + family() + "';";
    }
}
