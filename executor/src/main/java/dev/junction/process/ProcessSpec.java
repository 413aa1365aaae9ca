package dev.junction.process;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What to run and where its output goes.
 *
 * @param command          the program and its arguments; the program should be an absolute path (see
 *                         {@link Executables}), since the JDK would search the JVM's PATH, not {@code environment}'s
 * @param environment      the complete environment of the process: variables of the JVM that are not in it are
 *                         not passed on
 * @param workingDirectory an existing directory
 * @param stdout           receives each line of standard output, without its line terminator, in order
 * @param stderr           the same for standard error
 */
public record ProcessSpec(List<String> command, Map<String, String> environment, Path workingDirectory,
                          Consumer<String> stdout, Consumer<String> stderr) {

    public ProcessSpec {
        command = List.copyOf(command);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("a process needs a program to run");
        }
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        Objects.requireNonNull(workingDirectory);
        Objects.requireNonNull(stdout);
        Objects.requireNonNull(stderr);
    }
}
