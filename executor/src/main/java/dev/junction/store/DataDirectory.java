package dev.junction.store;

import dev.junction.platform.UserFolders;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where Junction keeps its per-user data (the run database): the operating system's conventional folder
 * for application data, unless overridden.
 *
 * <p>Order of precedence: an explicit override (the CLI's {@code --data-dir}), then the environment
 * variable {@value #ENV_VARIABLE}, then the OS default:
 * <ul>
 *   <li>Linux and other Unix: {@code $XDG_DATA_HOME/junction}, default {@code ~/.local/share/junction}</li>
 *   <li>Windows: {@code %APPDATA%\Junction}, default {@code ~\AppData\Roaming\Junction}</li>
 *   <li>macOS: {@code ~/Library/Application Support/Junction}</li>
 * </ul>
 * {@link #resolve(Path, String, Map, String)} is a pure function of its arguments, so every OS's rule can be
 * tested anywhere. Nothing here creates the folder.
 */
public final class DataDirectory {

    /** Environment variable that overrides the OS default (but not an explicit override). */
    public static final String ENV_VARIABLE = "JUNCTION_DATA_DIR";

    private DataDirectory() {}

    /**
     * The data folder of this process: {@code override} if not null, else from this JVM's environment.
     *
     * @throws IllegalStateException if no rule applies (no user home and no override)
     */
    public static Path resolve(Path override) {
        return resolve(override, System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    /**
     * The data folder for the given facts.
     *
     * @param override an explicit folder (e.g. {@code --data-dir}), or null
     * @param osName   the value of the {@code os.name} system property
     * @param env      the environment variables
     * @param userHome the value of the {@code user.home} system property, may be null if an override applies
     * @throws IllegalStateException if neither an override nor a user home is available
     */
    public static Path resolve(Path override, String osName, Map<String, String> env, String userHome) {
        if (override != null) {
            return override;
        }
        try {
            return UserFolders.of(UserFolders.Kind.DATA, null, ENV_VARIABLE, osName, env, userHome);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + " or pass --data-dir", e);
        }
    }
}
