package dev.junction.designer.inspector;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** How the inspector names and draws each step kind. */
final class StepKindLabels {

    private StepKindLabels() {}

    static String title(String kind) {
        return switch (kind) {
            case "run" -> "Shell command";
            case "script" -> "Script";
            case "http" -> "HTTP request";
            case "uses" -> "Action";
            case "log" -> "Log message";
            case "noop" -> "No-op";
            case "" -> "Step without a kind";
            default -> kind;
        };
    }

    static Ikon icon(String kind) {
        return switch (kind) {
            case "run" -> Feather.TERMINAL;
            case "script" -> Feather.CODE;
            case "http" -> Feather.GLOBE;
            case "uses" -> Feather.PACKAGE;
            case "log" -> Feather.MESSAGE_SQUARE;
            case "noop" -> Feather.CIRCLE;
            default -> Feather.HELP_CIRCLE;
        };
    }
}
