package dev.junction.designer.git;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A long git operation in the status bar: its title, git's progress line, a bar and a cancel button; hidden while
 * nothing runs. FX thread only.
 */
public final class GitProgressView extends HBox {

    private final Label title = new Label();
    private final Label message = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Button cancel = new Button(null, new FontIcon(Feather.X));
    private GitTask shown;

    public GitProgressView(ReadOnlyObjectProperty<GitTask> task) {
        getStyleClass().add("git-progress");
        getStylesheets().add(GitStyles.STYLESHEET);
        setId("git-progress");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        title.setGraphic(new FontIcon(Feather.REFRESH_CW));
        title.getStyleClass().add("status-item");
        message.getStyleClass().addAll("status-item", Styles.TEXT_MUTED);
        message.setMaxWidth(280);
        bar.setPrefWidth(140);
        bar.getStyleClass().add(Styles.SMALL);
        cancel.setId("git-progress-cancel");
        cancel.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        cancel.setTooltip(new Tooltip("Cancel"));
        cancel.setOnAction(e -> {
            if (shown != null) {
                shown.cancel();
            }
        });
        getChildren().addAll(title, bar, message, cancel);
        managedProperty().bind(visibleProperty());
        task.addListener((obs, old, now) -> show(now));
        show(task.get());
    }

    private void show(GitTask task) {
        shown = task;
        setVisible(task != null);
        title.textProperty().unbind();
        message.textProperty().unbind();
        bar.progressProperty().unbind();
        cancel.disableProperty().unbind();
        if (task != null) {
            title.textProperty().bind(task.titleProperty());
            message.textProperty().bind(task.messageProperty());
            bar.progressProperty().bind(task.progressProperty());
            cancel.disableProperty().bind(task.cancelRequestedProperty());
        }
    }
}
