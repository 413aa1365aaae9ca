package dev.junction.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.junction.app.settings.Theme;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.css.PseudoClass;
import javafx.scene.Parent;

/**
 * Applies the theme setting: AtlantaFX's Primer light or dark as the application's user-agent stylesheet,
 * following the operating system's colour scheme when the setting is {@link Theme#SYSTEM}. The root of
 * the window gets the {@code :dark} pseudo-class so the app's own CSS can tell. FX thread only.
 */
public final class ThemeSwitcher {

    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private final ObjectProperty<Theme> setting;
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark");
    private final Parent root;

    public ThemeSwitcher(ObjectProperty<Theme> setting, Parent root) {
        this.setting = setting;
        this.root = root;
        setting.addListener((obs, old, now) -> apply());
        Platform.getPreferences().colorSchemeProperty().addListener((obs, old, now) -> apply());
        apply();
    }

    /** Whether the dark theme is showing now. */
    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    /** Switches to the other of light and dark, as an explicit setting. */
    public void toggle() {
        setting.set(dark.get() ? Theme.LIGHT : Theme.DARK);
    }

    private void apply() {
        boolean useDark = switch (setting.get()) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> Platform.getPreferences().getColorScheme() == ColorScheme.DARK;
        };
        Application.setUserAgentStylesheet(useDark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        root.pseudoClassStateChanged(DARK, useDark);
        dark.set(useDark);
    }
}
