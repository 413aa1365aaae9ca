package dev.junction.platform;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The operating systems' conventional per-user folders for an application, in one place:
 *
 * <table>
 *   <tr><th></th><th>Linux and other Unix (XDG)</th><th>macOS</th><th>Windows</th></tr>
 *   <tr><td>data</td><td>{@code $XDG_DATA_HOME/junction}, default {@code ~/.local/share/junction}</td>
 *       <td>{@code ~/Library/Application Support/Junction}</td><td>{@code %APPDATA%\Junction}</td></tr>
 *   <tr><td>config</td><td>{@code $XDG_CONFIG_HOME/junction}, default {@code ~/.config/junction}</td>
 *       <td>{@code ~/Library/Application Support/Junction}</td><td>{@code %APPDATA%\Junction}</td></tr>
 *   <tr><td>cache</td><td>{@code $XDG_CACHE_HOME/junction}, default {@code ~/.cache/junction}</td>
 *       <td>{@code ~/Library/Caches/Junction}</td><td>{@code %LOCALAPPDATA%\Junction\Cache}</td></tr>
 * </table>
 *
 * A pure function of the OS name, the environment and the home folder, so every OS's rule is testable on any
 * OS. {@link #of(Kind, String, String, String, Map, String)} adds the user's overrides ({@code --data-dir},
 * {@code JUNCTION_*_DIR}).
 */
public final class UserFolders {

    /** Which kind of folder. */
    public enum Kind {
        DATA("XDG_DATA_HOME", Path.of(".local", "share")),
        CONFIG("XDG_CONFIG_HOME", Path.of(".config")),
        CACHE("XDG_CACHE_HOME", Path.of(".cache"));

        private final String xdgVariable;
        private final Path xdgDefault;

        Kind(String xdgVariable, Path xdgDefault) {
            this.xdgVariable = xdgVariable;
            this.xdgDefault = xdgDefault;
        }
    }

    private UserFolders() {}

    /** The folder of {@code kind} for this process's OS, environment and user. */
    public static Path of(Kind kind) {
        return of(kind, System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    /**
     * @throws IllegalStateException when the rule needs the home folder and there is none
     */
    public static Path of(Kind kind, String osName, Map<String, String> env, String userHome) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            if (kind == Kind.CACHE) {
                String local = env.get("LOCALAPPDATA");
                return (present(local) ? Path.of(local) : home(userHome).resolve("AppData").resolve("Local"))
                        .resolve("Junction").resolve("Cache");
            }
            String appData = env.get("APPDATA");
            return (present(appData) ? Path.of(appData) : home(userHome).resolve("AppData").resolve("Roaming"))
                    .resolve("Junction");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            Path library = home(userHome).resolve("Library");
            return kind == Kind.CACHE ? library.resolve("Caches").resolve("Junction")
                    : library.resolve("Application Support").resolve("Junction");
        }
        // The XDG base directory spec says a relative value is invalid and must be ignored.
        String xdg = env.get(kind.xdgVariable);
        if (present(xdg) && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "junction");
        }
        return home(userHome).resolve(kind.xdgDefault).resolve("junction");
    }

    /**
     * The folder of {@code kind} as the user asked for it: {@code override} (an option or a system property) when
     * given, else the folder in the environment variable {@code variable} when set, else the OS's rule.
     *
     * @throws IllegalStateException naming {@code variable} when the OS's rule needs the home folder and there is none
     */
    public static Path of(Kind kind, String override, String variable, String osName, Map<String, String> env,
                          String userHome) {
        if (present(override)) {
            return Path.of(override);
        }
        String fromEnv = env.get(variable);
        if (present(fromEnv)) {
            return Path.of(fromEnv);
        }
        try {
            return of(kind, osName, env, userHome);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("cannot find the user's home folder for Junction's "
                    + kind.name().toLowerCase(Locale.ROOT) + " folder; set " + variable, e);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static Path home(String userHome) {
        if (userHome == null || userHome.isBlank()) {
            throw new IllegalStateException("cannot find the user's home folder; set JUNCTION_DATA_DIR, "
                    + "JUNCTION_CONFIG_DIR and JUNCTION_CACHE_DIR");
        }
        return Path.of(userHome);
    }
}
