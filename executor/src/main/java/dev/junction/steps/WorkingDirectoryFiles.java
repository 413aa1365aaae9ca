package dev.junction.steps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code files} in a process step's {@code outputs:} templates: {@code files['target/version.txt']} is the raw
 * text (UTF-8) of that file relative to the working directory, read when the template asks for it;
 * {@code containsKey} tells whether such a regular file exists, so a strict template reports a missing file.
 * Read-only and not enumerable (its entry set is empty): it is a window on the file system, not a snapshot.
 */
final class WorkingDirectoryFiles extends AbstractMap<String, Object> {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    private final Path directory;

    WorkingDirectoryFiles(Path directory) {
        this.directory = directory;
    }

    @Override
    public boolean containsKey(Object key) {
        return file(key).isPresent();
    }

    /**
     * @return the file's text, or null when there is no such file
     * @throws UncheckedIOException when the file cannot be read or is larger than 10 MB
     */
    @Override
    public Object get(Object key) {
        Optional<Path> file = file(key);
        if (file.isEmpty()) {
            return null;
        }
        try {
            if (Files.size(file.get()) > MAX_BYTES) {
                throw new IOException("the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            return Files.readString(file.get(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read files['" + key + "'] (" + file.get() + "): " + e.getMessage(), e);
        }
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return Set.of();
    }

    @Override
    public String toString() {
        return "files under " + directory;
    }

    private Optional<Path> file(Object key) {
        if (!(key instanceof String name) || name.isBlank()) {
            return Optional.empty();
        }
        try {
            Path file = directory.resolve(name);
            return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
