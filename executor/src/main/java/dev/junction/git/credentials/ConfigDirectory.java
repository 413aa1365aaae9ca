package dev.junction.git.credentials;

import dev.junction.platform.UserFolders;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where Junction keeps the user's settings and secrets: {@code $XDG_CONFIG_HOME/junction} (else
 * {@code ~/.config/junction}) on Linux, {@code ~/Library/Application Support/Junction} on macOS,
 * {@code %APPDATA%\Junction} on Windows, or {@code $JUNCTION_CONFIG_DIR} when set. Never inside a workspace.
 */
public final class ConfigDirectory {

    public static final String ENV_VARIABLE = "JUNCTION_CONFIG_DIR";

    private ConfigDirectory() {}

    public static Path resolve() {
        return resolve(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home", "."));
    }

    static Path resolve(String osName, Map<String, String> env, String home) {
        String override = env.get(ENV_VARIABLE);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return UserFolders.of(UserFolders.Kind.CONFIG, osName, env, home);
    }
}
