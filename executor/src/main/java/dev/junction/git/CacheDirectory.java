package dev.junction.git;

import dev.junction.platform.UserFolders;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where downloaded action repositories are kept: the OS's cache folder ({@code $XDG_CACHE_HOME/junction} on
 * Linux, {@code ~/Library/Caches/Junction} on macOS, {@code %LOCALAPPDATA%\Junction\Cache} on Windows), or
 * {@code $JUNCTION_CACHE_DIR}. A cache: deleting it only costs a fetch.
 */
public final class CacheDirectory {

    public static final String ENV_VARIABLE = "JUNCTION_CACHE_DIR";

    private CacheDirectory() {}

    public static Path resolve() {
        return resolve(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home", "."));
    }

    static Path resolve(String osName, Map<String, String> env, String home) {
        return UserFolders.of(UserFolders.Kind.CACHE, null, ENV_VARIABLE, osName, env, home);
    }
}
