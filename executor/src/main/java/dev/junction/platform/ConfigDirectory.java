package dev.junction.platform;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Junction keeps the user's settings and credentials, for the desktop app and the CLI alike: the system
 * property {@value #PROPERTY}, else the environment variable {@value #ENV_VARIABLE}, else the OS's folder for
 * per-user configuration ({@code $XDG_CONFIG_HOME/junction}, default {@code ~/.config/junction}, on Linux;
 * {@code ~/Library/Application Support/Junction} on macOS; {@code %APPDATA%\Junction} on Windows). Never inside a
 * workspace.
 */
public final class ConfigDirectory {

    public static final String PROPERTY = "junction.configDir";
    public static final String ENV_VARIABLE = "JUNCTION_CONFIG_DIR";

    private ConfigDirectory() {}

    /** The config folder of this process. @throws IllegalStateException without any override or user home */
    public static Path resolve() {
        return resolve(System.getProperty(PROPERTY), System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("user.home"));
    }

    /**
     * A pure function, so every OS's rule is testable anywhere.
     *
     * @param override the {@value #PROPERTY} value, or null
     * @throws IllegalStateException when no rule applies (no override and no user home)
     */
    public static Path resolve(String override, String osName, Map<String, String> env, String userHome) {
        return UserFolders.of(UserFolders.Kind.CONFIG, override, ENV_VARIABLE, osName, env, userHome);
    }
}
