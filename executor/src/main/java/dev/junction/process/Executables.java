package dev.junction.process;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds programs the way a shell does: on the {@code PATH} of the environment the process will get (not the
 * JVM's own), with {@code PATHEXT} on Windows. Thread-safe.
 *
 * <p>Like bash's command hash, a program found on the PATH is remembered (per PATH value) and only checked to
 * still be executable the next time: the search probes every PATH directory in turn, and each miss costs a
 * failed {@code stat} with an exception inside the JDK, a tenth of a millisecond per step on its own. A program
 * installed later in an earlier PATH directory is found once the remembered one is gone, as with bash.
 */
public final class Executables {

    private static final String DEFAULT_PATHEXT = ".COM;.EXE;.BAT;.CMD";
    private static final int REMEMBERED_MAX = 512;
    private static final Map<String, Path> REMEMBERED = new ConcurrentHashMap<>();

    private final boolean windows;

    /** @param windows whether to follow Windows rules ({@code ;} separator, {@code PATHEXT}, no exec bit) */
    public Executables(boolean windows) {
        this.windows = windows;
    }

    /** The rules of the machine this JVM runs on. */
    public static Executables host() {
        return new Executables(isWindowsHost());
    }

    public static boolean isWindowsHost() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }

    public boolean windows() {
        return windows;
    }

    /**
     * Resolves {@code program}: a name containing a path separator is taken relative to {@code workingDirectory};
     * a bare name is searched in each directory of the environment's {@code PATH}, in order.
     *
     * @return the executable file, or empty when there is none (never throws for odd names)
     */
    public Optional<Path> find(String program, Path workingDirectory, Map<String, String> environment) {
        if (program == null || program.isBlank()) {
            return Optional.empty();
        }
        try {
            if (program.contains("/") || (windows && program.contains("\\"))) {
                return firstExecutable(workingDirectory.resolve(program), environment);
            }
            String key = (windows ? "w" : "u") + variable(environment, "PATH") + '\0'
                    + (windows ? variable(environment, "PATHEXT") : "") + '\0' + program;
            Path remembered = REMEMBERED.get(key);
            if (remembered != null && stillExecutable(remembered)) {
                return Optional.of(remembered);
            }
            for (String dir : pathEntries(environment)) {
                Optional<Path> found = firstExecutable(Path.of(dir).resolve(program), environment);
                if (found.isPresent()) {
                    remember(key, found.get());
                    return found;
                }
            }
            REMEMBERED.remove(key);
        } catch (InvalidPathException e) {
            // a name no file can have is simply not found
        }
        return Optional.empty();
    }

    private boolean stillExecutable(Path file) {
        return windows ? Files.exists(file) : Files.isExecutable(file);
    }

    private static void remember(String key, Path found) {
        // a relative PATH entry means a different file from another working directory of the JVM: not kept
        if (found.isAbsolute()) {
            if (REMEMBERED.size() >= REMEMBERED_MAX) {
                REMEMBERED.clear();
            }
            REMEMBERED.put(key, found);
        }
    }

    /** The directories of the environment's {@code PATH}; empty entries are skipped. */
    public List<String> pathEntries(Map<String, String> environment) {
        String path = variable(environment, "PATH");
        if (path == null) {
            return List.of();
        }
        List<String> dirs = new ArrayList<>();
        for (String dir : path.split(windows ? ";" : ":")) {
            if (!dir.isBlank()) {
                dirs.add(windows ? dir.replace("\"", "") : dir);
            }
        }
        return dirs;
    }

    /** Reads a variable; on Windows names are case-insensitive ({@code Path} is {@code PATH}). */
    public String variable(Map<String, String> environment, String name) {
        String value = environment.get(name);
        if (value != null || !windows) {
            return value;
        }
        for (Map.Entry<String, String> e : environment.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    private Optional<Path> firstExecutable(Path candidate, Map<String, String> environment) {
        if (!windows) {
            return Files.isRegularFile(candidate) && Files.isExecutable(candidate) ? Optional.of(candidate) : Optional.empty();
        }
        String name = candidate.getFileName() == null ? "" : candidate.getFileName().toString().toLowerCase(Locale.ROOT);
        List<String> extensions = windowsExtensions(environment);
        if (extensions.stream().anyMatch(name::endsWith) && Files.isRegularFile(candidate)) {
            return Optional.of(candidate);
        }
        for (String ext : extensions) {
            Path withExt = candidate.resolveSibling(candidate.getFileName() + ext);
            if (Files.isRegularFile(withExt)) {
                return Optional.of(withExt);
            }
        }
        return Optional.empty();
    }

    private List<String> windowsExtensions(Map<String, String> environment) {
        String pathext = variable(environment, "PATHEXT");
        String list = pathext == null || pathext.isBlank() ? DEFAULT_PATHEXT : pathext;
        List<String> result = new ArrayList<>();
        for (String ext : list.split(";")) {
            if (!ext.isBlank()) {
                result.add(ext.trim().toLowerCase(Locale.ROOT));
            }
        }
        return result;
    }
}
