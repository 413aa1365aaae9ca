package dev.junction.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A script turned into a process command line.
 *
 * @param argv       the program (an absolute path when it was found on the PATH) and its arguments
 * @param shell      the shell that interprets the script ({@code bash}, {@code sh}, {@code pwsh}, {@code cmd}
 *                   or a custom {@code "perl {0}"} template); for a direct command, the shell it bypassed
 * @param direct     true when the script is a single plain command started without any shell
 * @param scriptFile a temporary file holding the script, or null; {@link #close()} deletes it
 */
public record ShellCommand(List<String> argv, String shell, boolean direct, Path scriptFile) implements AutoCloseable {

    public ShellCommand {
        argv = List.copyOf(argv);
        Objects.requireNonNull(shell);
    }

    /** Deletes the temporary script file, if any. */
    @Override
    public void close() {
        if (scriptFile != null) {
            try {
                Files.deleteIfExists(scriptFile);
            } catch (IOException e) {
                throw new UncheckedIOException("could not delete the temporary script " + scriptFile, e);
            }
        }
    }
}
