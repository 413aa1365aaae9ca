package dev.junction.designer.run;

import atlantafx.base.theme.Styles;
import dev.junction.designer.timeline.Durations;
import dev.junction.designer.timeline.StatusStyle;
import dev.junction.run.StepRun;
import java.time.Duration;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The selected step of a stored run: its error, outputs and attempts. FX thread only. */
final class StepRunDetailsView extends VBox {

    StepRunDetailsView() {
        super(8);
        getStyleClass().add("step-details");
        show(null);
    }

    void show(StepRun step) {
        if (step == null) {
            getChildren().setAll(muted("Select a step to see its outputs and attempts."));
            return;
        }
        getChildren().clear();
        Label title = new Label(step.stepKey(), StatusStyle.iconNode(step.status()));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        getChildren().add(title);
        if (step.reused()) {
            getChildren().add(muted("Result reused from an earlier run."));
        }
        if (!step.error().isEmpty()) {
            Label error = new Label(step.error());
            error.setWrapText(true);
            error.getStyleClass().addAll(Styles.DANGER, "step-error");
            getChildren().add(error);
        }
        getChildren().add(section("Outputs"));
        if (step.outputs().isEmpty()) {
            getChildren().add(muted("none"));
        } else {
            step.outputs().forEach((k, v) -> getChildren().add(keyValue(k, String.valueOf(v))));
        }
        getChildren().add(section("Attempts"));
        if (step.attempts().isEmpty()) {
            getChildren().add(muted("none (not run)"));
        }
        for (StepRun.Attempt attempt : step.attempts()) {
            Duration took = attempt.startedAt() == null || attempt.finishedAt() == null ? null
                    : Duration.between(attempt.startedAt(), attempt.finishedAt());
            String text = "#" + attempt.number() + "  " + RunsView.when(attempt.startedAt()) + "  "
                    + (attempt.status() == null ? "running" : StatusStyle.label(attempt.status()))
                    + (attempt.exitCode() == null ? "" : " (exit " + attempt.exitCode() + ")")
                    + (took == null ? "" : "  " + Durations.format(took))
                    + (attempt.error() == null || attempt.error().isEmpty() ? "" : " — " + attempt.error());
            Label line = new Label(text, attempt.status() == null ? null : StatusStyle.iconNode(attempt.status()));
            line.setWrapText(true);
            getChildren().add(line);
        }
    }

    static Node keyValue(String key, String value) {
        Label k = new Label(key);
        k.getStyleClass().addAll("kv-key", Styles.TEXT_BOLD);
        k.setMinWidth(110);
        Label v = new Label(value);
        v.getStyleClass().add("kv-value");
        v.setWrapText(true);
        HBox row = new HBox(12, k, v);
        row.getStyleClass().add("kv-row");
        return row;
    }

    static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }

    private static Label section(String text) {
        Label label = new Label(text.toUpperCase(Locale.ROOT));
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "section-title");
        return label;
    }
}
