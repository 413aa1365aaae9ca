package dev.junction.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a main class of the test sources in a separate JVM, with this JVM's java binary and classpath. */
final class ChildJvm {

    private ChildJvm() {}

    static Process start(Class<?> mainClass, Path output, String... args) throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElseThrow(() -> new IllegalStateException("cannot find this JVM's java binary"));
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                mainClass.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
    }
}
