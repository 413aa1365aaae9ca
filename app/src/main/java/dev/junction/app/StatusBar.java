package dev.junction.app;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The line at the bottom of the window: the workspace, the latest message (saved, failed to open…), and
 * the local engine's state.
 */
final class StatusBar extends HBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Label workspace = new Label("No folder open", new FontIcon(Feather.FOLDER));
    private final Label message = new Label();
    private final Label engine = new Label();
    private final Label branch = new Label();

    StatusBar() {
        getStyleClass().add("status-bar");
        setId("status-bar");
        message.setId("status-message");
        engine.setId("status-engine");
        workspace.getStyleClass().add("status-item");
        message.getStyleClass().add("status-item");
        engine.getStyleClass().add("status-item");
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(workspace, message, new Spacer(), engine);
    }

    void showWorkspace(Path folder) {
        workspace.setText(folder == null ? "No folder open" : withHomeAsTilde(folder));
        workspace.setTooltip(folder == null ? null : new Tooltip(folder.toString()));
    }

    /** "~/flows/nightly" for a folder in the user's home: shorter, and the part that tells folders apart. */
    static String withHomeAsTilde(Path folder) {
        String home = System.getProperty("user.home");
        if (home != null && !home.isBlank() && folder.startsWith(Path.of(home)) && !folder.equals(Path.of(home))) {
            return "~" + java.io.File.separator + Path.of(home).relativize(folder);
        }
        return folder.toString();
    }

    /** Shows a message with the time it happened; errors are coloured. */
    void showMessage(String text, boolean error) {
        message.setText(LocalTime.now().format(TIME) + "  " + text);
        message.setGraphic(new FontIcon(error ? Feather.ALERT_CIRCLE : Feather.CHECK));
        message.getStyleClass().removeAll(Styles.DANGER);
        if (error) {
            message.getStyleClass().add(Styles.DANGER);
        }
        message.setTooltip(new Tooltip(text));
    }

    /**
     * Shows git's state: the current branch (hidden without a repository; a click runs {@code onBranch}) and a long
     * operation's progress.
     */
    void showGit(javafx.scene.Node progress, javafx.beans.value.ObservableStringValue branchName, Runnable onBranch) {
        branch.setId("status-branch");
        branch.getStyleClass().addAll("status-item", "status-branch");
        branch.setGraphic(new FontIcon(Feather.GIT_BRANCH));
        branch.textProperty().bind(branchName);
        branch.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(branchName));
        branch.managedProperty().bind(branch.visibleProperty());
        branch.setTooltip(new Tooltip("The current git branch — click for branches"));
        branch.setOnMouseClicked(e -> onBranch.run());
        getChildren().add(getChildren().indexOf(engine), progress);
        getChildren().add(1, branch);
    }

    String message() {
        return message.getText();
    }

    void showEngine(String problem) {
        boolean ok = problem.isEmpty();
        engine.setText(ok ? "Local engine" : "Local engine unavailable");
        engine.setGraphic(new FontIcon(ok ? Feather.CPU : Feather.ALERT_TRIANGLE));
        engine.getStyleClass().removeAll(Styles.DANGER);
        if (!ok) {
            engine.getStyleClass().add(Styles.DANGER);
        }
        engine.setTooltip(new Tooltip(ok ? "Runs execute on this computer; history is kept locally." : problem));
    }
}
