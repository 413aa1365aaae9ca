package dev.junction.designer.timeline;

import dev.junction.run.RunStatus;
import dev.junction.run.StepStatus;
import java.util.Locale;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * How a status looks, the same in the timeline and the runs panel: an icon and a style class
 * ({@code status-success}, {@code status-failure}, ...) that {@code status.css} colours per theme.
 */
public final class StatusStyle {

    /** The stylesheet with the status colours (icons, bars, badges). */
    public static final String STYLESHEET = StatusStyle.class.getResource("status.css").toExternalForm();

    private StatusStyle() {}

    public static String styleClass(StepStatus status) {
        return "status-" + status.name().toLowerCase(Locale.ROOT);
    }

    public static String styleClass(RunStatus status) {
        return "status-" + status.name().toLowerCase(Locale.ROOT);
    }

    public static Ikon icon(StepStatus status) {
        return switch (status) {
            case QUEUED -> Material2MZ.SCHEDULE;
            case RUNNING -> Material2AL.AUTORENEW;
            case SUCCESS -> Material2AL.CHECK_CIRCLE;
            case FAILURE -> Material2AL.ERROR;
            case SKIPPED -> Material2MZ.REMOVE_CIRCLE_OUTLINE;
            case CANCELLED -> Material2AL.BLOCK;
            case INTERRUPTED -> Material2MZ.POWER_SETTINGS_NEW;
        };
    }

    public static Ikon icon(RunStatus status) {
        return switch (status) {
            case QUEUED -> Material2MZ.SCHEDULE;
            case RUNNING -> Material2AL.AUTORENEW;
            case SUCCESS -> Material2AL.CHECK_CIRCLE;
            case FAILURE -> Material2AL.ERROR;
            case CANCELLED -> Material2AL.BLOCK;
            case INTERRUPTED -> Material2MZ.POWER_SETTINGS_NEW;
        };
    }

    /** A coloured status icon. */
    public static FontIcon iconNode(StepStatus status) {
        FontIcon icon = new FontIcon(icon(status));
        icon.getStyleClass().addAll("status-icon", styleClass(status));
        return icon;
    }

    public static FontIcon iconNode(RunStatus status) {
        FontIcon icon = new FontIcon(icon(status));
        icon.getStyleClass().addAll("status-icon", styleClass(status));
        return icon;
    }

    /** "success", "failed", ... as people say it. */
    public static String label(StepStatus status) {
        return switch (status) {
            case FAILURE -> "failed";
            default -> status.label();
        };
    }

    public static String label(RunStatus status) {
        return switch (status) {
            case FAILURE -> "failed";
            default -> status.label();
        };
    }
}
