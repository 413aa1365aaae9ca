package dev.junction.designer.workspace;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Watches a workspace folder tree and calls back once after a burst of file changes settles (a git
 * checkout or a save-all is one callback, not hundreds). New sub-folders are watched as they appear.
 *
 * <p>The callback runs on the watcher's own thread; hand over to the FX thread there. The JDK's
 * {@link WatchService} is used: native on Linux and Windows, polling (seconds late) on macOS, which is
 * acceptable for refreshing a tree. {@link #close()} stops the thread.
 */
public final class WorkspaceWatcher implements AutoCloseable {

    private final WatchService watch;
    private final Runnable onChange;
    private final Duration settle;
    private final Thread thread;
    private final ScheduledExecutorService debounce;
    private ScheduledFuture<?> pending;

    private WorkspaceWatcher(Path root, Duration settle, Runnable onChange) throws IOException {
        this.watch = FileSystems.getDefault().newWatchService();
        this.onChange = onChange;
        this.settle = settle;
        this.debounce = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "junction-workspace-debounce"));
        registerTree(root);
        this.thread = daemon(this::loop, "junction-workspace-watcher");
        thread.start();
    }

    /**
     * Starts watching {@code root} and everything below it (hidden and build folders excepted).
     *
     * @throws IOException when the folder cannot be watched
     */
    public static WorkspaceWatcher start(Path root, Duration settle, Runnable onChange) throws IOException {
        return new WorkspaceWatcher(root, settle, onChange);
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && WorkspaceScanner.isIgnored(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE; // an unreadable folder is simply not watched
            }
        });
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = watch.take();
                Path dir = (Path) key.watchable();
                boolean relevant = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        relevant = true;
                        continue;
                    }
                    Path changed = dir.resolve((Path) event.context());
                    if (WorkspaceScanner.isIgnored(changed)) {
                        continue;
                    }
                    relevant = true;
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                        try {
                            registerTree(changed);
                        } catch (IOException e) {
                            // the folder went away again or cannot be read: nothing to watch
                        }
                    }
                }
                key.reset();
                if (relevant) {
                    schedule();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private synchronized void schedule() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = debounce.schedule(onChange, settle.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        try {
            watch.close();
        } catch (IOException e) {
            // closing anyway
        }
        thread.interrupt();
        debounce.shutdownNow();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
