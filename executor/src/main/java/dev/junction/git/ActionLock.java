package dev.junction.git;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The commits git actions were pinned to, in {@code <workspace>/.junction/actions.lock} (JSON, sorted, meant to
 * be committed): once a branch or tag was resolved, every later load uses the same commit, on every machine,
 * offline. Delete an entry (or the file) to take a newer commit.
 */
public final class ActionLock {

    static final String FILE = ".junction/actions.lock";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final Path file;

    private ActionLock(Path file) {
        this.file = file;
    }

    /** The lock of the workspace holding {@code directory}: the nearest folder up with .git or .junction. */
    public static ActionLock forDirectory(Path directory) {
        Path dir = directory.toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git")) || Files.isDirectory(d.resolve(".junction"))) {
                return new ActionLock(d.resolve(FILE));
            }
        }
        return new ActionLock(dir.resolve(FILE));
    }

    public Path file() {
        return file;
    }

    public synchronized Optional<String> pinned(GitActionRef ref) {
        return Optional.ofNullable(read().get(ref.text()));
    }

    public synchronized void pin(GitActionRef ref, String commit) {
        Map<String, String> entries = read();
        if (commit.equals(entries.get(ref.text()))) {
            return;
        }
        entries.put(ref.text(), commit);
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "actions", ".lock");
            Files.writeString(temp, JSON.writeValueAsString(entries) + "\n");
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private Map<String, String> read() {
        if (!Files.isRegularFile(file)) {
            return new TreeMap<>();
        }
        try {
            return new TreeMap<>(JSON.readValue(file.toFile(), new TypeReference<Map<String, String>>() {}));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " (fix or delete it)", e);
        }
    }
}
