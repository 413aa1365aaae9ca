package dev.junction.app;

import dev.junction.app.settings.Settings;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** File › Open Recent: the recent workspaces from the settings, kept up to date, and Clear Recent. */
final class RecentWorkspacesMenu extends Menu {

    private final Settings settings;
    private final Consumer<Path> open;

    RecentWorkspacesMenu(Settings settings, Consumer<Path> open) {
        super("Open _Recent");
        this.settings = settings;
        this.open = open;
        setId("recent-menu");
        fill();
        settings.recentWorkspaces().addListener((ListChangeListener<Path>) c -> fill());
    }

    private void fill() {
        getItems().clear();
        for (Path folder : settings.recentWorkspaces()) {
            MenuItem item = new MenuItem(folder.toString(), new FontIcon(Feather.FOLDER));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open.accept(folder));
            getItems().add(item);
        }
        if (!getItems().isEmpty()) {
            MenuItem clear = new MenuItem("Clear Recent");
            clear.setOnAction(e -> settings.clearRecentWorkspaces());
            getItems().addAll(new SeparatorMenuItem(), clear);
        }
        setDisable(getItems().isEmpty());
    }
}
