package dev.junction.cli;

import dev.junction.engine.LocalExecutor;
import dev.junction.engine.Secrets;
import dev.junction.store.DataDirectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options every command that touches run history shares. */
final class CommonOptions {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where run history is kept (default: the OS's user data folder, or $JUNCTION_DATA_DIR).")
    Path dataDir;

    @Option(names = "--no-color", description = "Plain output even on a terminal.")
    boolean noColor;

    Path dataDirectory() {
        return DataDirectory.resolve(dataDir);
    }

    Console console() {
        return Console.system(noColor);
    }

    LocalExecutor openExecutor(List<Path> secretsFiles) {
        Path dir = dataDirectory();
        List<Path> files = new ArrayList<>();
        files.add(dir.resolve("secrets.yaml"));
        files.addAll(secretsFiles);
        return LocalExecutor.open(dir, Secrets.load(files, System.getenv()));
    }
}
