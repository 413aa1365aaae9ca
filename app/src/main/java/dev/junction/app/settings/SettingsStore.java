package dev.junction.app.settings;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Reads and writes {@code settings.json} in the config folder. Writes go to a temporary file that then
 * replaces the old one, so a crash never leaves half a file; they run on a background thread (newest
 * wins) and {@link #close()} waits for the last one.
 *
 * <p>A file that cannot be read as settings is not fatal: loading returns the defaults and a warning, and
 * the bad file is kept beside as {@code settings.json.broken} for the user to look at.
 */
public final class SettingsStore implements AutoCloseable {

    public static final String FILE_NAME = "settings.json";

    /** Loaded settings, and a warning for the user when the file was unusable ("" when all is well). */
    public record Loaded(Settings settings, String warning) {}

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path file;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "junction-settings-writer");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<SettingsData> pending = new AtomicReference<>();
    private volatile Consumer<String> onWriteError = message -> { };

    public SettingsStore(Path folder) {
        this.file = folder.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** Where a failed write is reported (on the writer thread). */
    public void setOnWriteError(Consumer<String> onWriteError) {
        this.onWriteError = onWriteError;
    }

    /**
     * Reads the settings; the defaults when there is no file yet. Never throws for a bad file: see
     * {@link Loaded#warning()}. The returned settings save themselves through this store when they change.
     */
    public Loaded load() {
        SettingsData data = SettingsData.defaults();
        String warning = "";
        if (Files.exists(file)) {
            try {
                data = JSON.readValue(Files.readString(file), SettingsData.class);
                if (data == null) {
                    throw new IOException("the file is empty");
                }
            } catch (JacksonException e) {
                warning = keepBroken("is not valid settings (" + e.getOriginalMessage() + " at line "
                        + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")");
                data = SettingsData.defaults();
            } catch (IOException e) {
                warning = keepBroken("cannot be read (" + e.getMessage() + ")");
                data = SettingsData.defaults();
            }
        }
        return new Loaded(new Settings(data, this::save), warning);
    }

    private String keepBroken(String what) {
        Path broken = file.resolveSibling(FILE_NAME + ".broken");
        String kept;
        try {
            Files.move(file, broken, StandardCopyOption.REPLACE_EXISTING);
            kept = "; it was kept as " + broken.getFileName();
        } catch (IOException e) {
            kept = "";
        }
        return "Settings file " + file + " " + what + ": using defaults" + kept + ".";
    }

    /** Queues a write of {@code data}; a later call before the write starts replaces it. */
    void save(SettingsData data) {
        if (pending.getAndSet(data) == null && !writer.isShutdown()) {
            writer.execute(this::writePending); // after close, changes are no longer saved
        }
    }

    private void writePending() {
        SettingsData data = pending.getAndSet(null);
        if (data == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(FILE_NAME + ".tmp");
            Files.writeString(temp, JSON.writeValueAsString(data));
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            onWriteError.accept("Cannot save settings to " + file + ": " + e.getMessage());
        }
    }

    /** Writes what is queued and stops the writer; waits up to 5 s. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
