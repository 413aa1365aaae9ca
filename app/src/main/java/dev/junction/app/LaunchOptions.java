package dev.junction.app;

import dev.junction.app.settings.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the app was started with: an optional folder to open (the first argument), and the bundled sample
 * workspace (system property {@value #SAMPLE_PROPERTY}; the start command of a checkout points it at
 * {@code sample-workflows/}).
 *
 * @param workspace       the folder named on the command line, or null
 * @param sampleWorkspace the sample workspace, or null when there is none
 */
public record LaunchOptions(Path workspace, Path sampleWorkspace) {

    public static final String SAMPLE_PROPERTY = "junction.sampleWorkspace";

    /** Reads the arguments (blank ones are ignored: a start script may pass an empty folder) and properties. */
    public static LaunchOptions of(List<String> args) {
        Path workspace = args.stream().filter(a -> !a.isBlank() && !a.startsWith("--")).findFirst()
                .map(a -> Path.of(a).toAbsolutePath().normalize()).orElse(null);
        String sample = System.getProperty(SAMPLE_PROPERTY);
        return new LaunchOptions(workspace, sample == null || sample.isBlank() ? null : Path.of(sample).toAbsolutePath().normalize());
    }

    /**
     * The folder to open at start: the one on the command line, else the last workspace (if it still
     * exists), else the sample workspace (the first start), else none.
     */
    public Optional<Path> initialWorkspace(Settings settings) {
        if (workspace != null) {
            return Optional.of(workspace);
        }
        Optional<Path> last = settings.lastWorkspace();
        if (last.isPresent()) {
            return last;
        }
        return Optional.ofNullable(sampleWorkspace).filter(Files::isDirectory);
    }
}
