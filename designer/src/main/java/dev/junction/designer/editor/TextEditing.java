package dev.junction.designer.editor;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * Edit-menu commands (copy, paste, delete, select all) for whatever text the user is typing in: a text
 * field of a form, or the YAML code area. The window asks here first and gives the command to the canvas
 * only when no text has the focus, so the Edit menu and its shortcuts mean the same thing everywhere.
 */
public final class TextEditing {

    /** The edit commands that text and canvas both understand. */
    public enum Command { COPY, PASTE, DELETE, SELECT_ALL }

    private TextEditing() {}

    /** The command applied to {@code focused} if it is text; empty when it is not (or is null). */
    public static Optional<Runnable> forFocused(Node focused, Command command) {
        if (focused instanceof TextInputControl text) {
            return Optional.of(switch (command) {
                case COPY -> text::copy;
                case PASTE -> text::paste;
                case DELETE -> text::deleteNextChar;
                case SELECT_ALL -> text::selectAll;
            });
        }
        if (focused instanceof GenericStyledArea<?, ?, ?> area) {
            return Optional.of(switch (command) {
                case COPY -> area::copy;
                case PASTE -> area::paste;
                case DELETE -> area::deleteNextChar;
                case SELECT_ALL -> area::selectAll;
            });
        }
        return Optional.empty();
    }
}
