package dev.junction.designer.git;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import dev.junction.git.workspace.CommitInfo;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * An old version of a file in a read-only editor tab: which commit it is from, the text (coloured, selectable,
 * not editable), and buttons to compare it with the file on disk or to restore it. FX thread only.
 */
public final class VersionView extends BorderPane {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final ReadOnlyYamlArea area = new ReadOnlyYamlArea();

    /**
     * @param text      the file's content at the commit
     * @param onCompare opens the diff of this version against the working tree
     * @param onRestore puts this version back on disk
     */
    public VersionView(String path, CommitInfo commit, String text, Runnable onCompare, Runnable onRestore) {
        getStyleClass().add("version-view");
        getStylesheets().add(GitStyles.STYLESHEET);
        setId("version-view");
        Label file = new Label(path, new FontIcon(Feather.CLOCK));
        file.getStyleClass().add("diff-file");
        Label readOnly = new Label("Read-only", new FontIcon(Feather.LOCK));
        readOnly.getStyleClass().add("read-only-pill");
        Label from = new Label(commit.shortId() + " · " + commit.summary() + " · " + commit.authorName() + ", "
                + WHEN.format(commit.authorTime()));
        from.getStyleClass().add(Styles.TEXT_MUTED);
        from.setMinWidth(0);
        Button compare = new Button("Compare with Working Tree", new FontIcon(Feather.COLUMNS));
        compare.setId("version-compare");
        compare.getStyleClass().add(Styles.SMALL);
        compare.setOnAction(e -> onCompare.run());
        Button restore = new Button("Restore This Version", new FontIcon(Feather.ROTATE_CCW));
        restore.setId("version-restore");
        restore.getStyleClass().add(Styles.SMALL);
        restore.setOnAction(e -> onRestore.run());
        HBox header = new HBox(10, file, readOnly, from, new Spacer(), compare, restore);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("diff-header");
        setTop(header);
        area.setId("version-text");
        area.show(text);
        setCenter(new VirtualizedScrollPane<>(area));
    }

    public ReadOnlyYamlArea area() {
        return area;
    }
}
