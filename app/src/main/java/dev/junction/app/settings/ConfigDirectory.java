package dev.junction.app.settings;

import dev.junction.platform.UserFolders;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the desktop app keeps its settings: the operating system's folder for per-user configuration.
 *
 * <p>Precedence: the system property {@value #PROPERTY}, then the environment variable {@value #ENV_VARIABLE},
 * then the OS default:
 * <ul>
 *   <li>Linux and other Unix: {@code $XDG_CONFIG_HOME/junction}, default {@code ~/.config/junction}</li>
 *   <li>Windows: {@code %APPDATA%\Junction}</li>
 *   <li>macOS: {@code ~/Library/Application Support/Junction}</li>
 * </ul>
 * {@link #resolve(String, String, Map, String)} is a pure function, so every OS's rule is testable anywhere.
 */
public final class ConfigDirectory {

    public static final String PROPERTY = "junction.configDir";
    public static final String ENV_VARIABLE = "JUNCTION_CONFIG_DIR";

    private ConfigDirectory() {}

    /** The settings folder of this process. @throws IllegalStateException without any user home */
    public static Path resolve() {
        return resolve(System.getProperty(PROPERTY), System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("user.home"));
    }

    /**
     * @param override the {@value #PROPERTY} value, or null
     * @throws IllegalStateException when no rule applies (no override and no user home)
     */
    public static Path resolve(String override, String osName, Map<String, String> env, String userHome) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        try {
            return UserFolders.of(UserFolders.Kind.CONFIG, osName, env, userHome);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("cannot find the user's home folder for Junction's settings; set "
                    + ENV_VARIABLE + " or -D" + PROPERTY, e);
        }
    }
}
