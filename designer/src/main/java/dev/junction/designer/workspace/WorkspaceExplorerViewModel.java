package dev.junction.designer.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The open workspace: its folder, its scanned tree (rescanned off the FX thread when files change) and the
 * last scan error. FX thread only; scans run on a background thread and are handed back, newest wins.
 */
public final class WorkspaceExplorerViewModel implements AutoCloseable {

    private static final ExecutorService SCANS = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "junction-workspace-scan");
        t.setDaemon(true);
        return t;
    });

    private final ReadOnlyObjectWrapper<Path> root = new ReadOnlyObjectWrapper<>(this, "root");
    private final ReadOnlyObjectWrapper<WorkspaceNode> tree = new ReadOnlyObjectWrapper<>(this, "tree");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final AtomicLong generation = new AtomicLong();
    private final Duration settle;
    private WorkspaceWatcher watcher;
    private boolean closed;

    public WorkspaceExplorerViewModel() {
        this(Duration.ofMillis(300));
    }

    /** @param settle how long file changes must pause before the tree is rescanned */
    public WorkspaceExplorerViewModel(Duration settle) {
        this.settle = settle;
    }

    /** The workspace folder, or null when none is open. */
    public ReadOnlyObjectProperty<Path> rootProperty() {
        return root.getReadOnlyProperty();
    }

    /** The latest scan of the workspace; null before the first scan finishes. */
    public ReadOnlyObjectProperty<WorkspaceNode> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    /** Why the last scan failed (folder gone, unreadable), or "". */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * Opens {@code folder} as the workspace: scans it in the background and watches it for changes.
     * The previous workspace's watcher stops.
     */
    public void open(Path folder) {
        Path normalized = folder.toAbsolutePath().normalize();
        closed = false;
        stopWatching();
        root.set(normalized);
        tree.set(null);
        refresh();
        SCANS.execute(() -> {
            try {
                WorkspaceWatcher started = WorkspaceWatcher.start(normalized, settle, this::refreshLater);
                Platform.runLater(() -> {
                    if (!closed && normalized.equals(root.get()) && watcher == null) {
                        watcher = started;
                    } else {
                        started.close(); // another workspace was opened meanwhile
                    }
                });
            } catch (IOException e) {
                // no live refresh for this folder; the Refresh action still works
            }
        });
    }

    /** Rescans the workspace in the background; the tree property changes when done. */
    public void refresh() {
        Path folder = root.get();
        if (folder == null) {
            return;
        }
        long scan = generation.incrementAndGet();
        SCANS.execute(() -> {
            if (scan != generation.get()) {
                return; // a newer scan is queued
            }
            try {
                WorkspaceNode scanned = WorkspaceScanner.scan(folder);
                Platform.runLater(() -> {
                    if (scan == generation.get()) {
                        tree.set(scanned);
                        error.set("");
                    }
                });
            } catch (IOException e) {
                Platform.runLater(() -> {
                    if (scan == generation.get()) {
                        error.set("Cannot read " + folder + ": " + e.getMessage());
                    }
                });
            }
        });
    }

    private void refreshLater() {
        Platform.runLater(this::refresh);
    }

    private void stopWatching() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    /** Stops watching; the tree stays as it is. */
    @Override
    public void close() {
        closed = true;
        stopWatching();
    }
}
