package dev.junction.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.app.engine.LocalEngine;
import dev.junction.platform.ConfigDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real desktop app, started as the launcher starts it (init on a background thread, start on the FX
 * thread) with its settings, run database and workspace in temporary folders: a copy of the repository's
 * {@code sample-workflows/}, so tests may change files.
 */
final class RunningApp implements AutoCloseable {

    static final Path SAMPLES = Path.of("..", "sample-workflows").toAbsolutePath().normalize();

    final Path home;
    final Path workspace;
    final Path configDir;
    final Stage stage;
    final JunctionApp app;

    private RunningApp(Path home, Path workspace, Stage stage, JunctionApp app) {
        this.home = home;
        this.workspace = workspace;
        this.configDir = home.resolve("config");
        this.stage = stage;
        this.app = app;
    }

    /** Starts the app on a fresh copy of the samples, with no settings yet (a first start). */
    static RunningApp start(Path home) throws Exception {
        Path workspace = home.resolve("sample-workflows");
        copyTree(SAMPLES, workspace);
        return start(home, workspace, true);
    }

    /**
     * @param asSample true: the folder is the bundled sample workspace (opened when there is no last one);
     *                 false: it is passed as the folder argument
     */
    static RunningApp start(Path home, Path workspace, boolean asSample) throws Exception {
        System.setProperty(ConfigDirectory.PROPERTY, home.resolve("config").toString());
        System.setProperty(LocalEngine.DATA_DIR_PROPERTY, home.resolve("data").toString());
        System.setProperty(LaunchOptions.SAMPLE_PROPERTY, asSample ? workspace.toString() : "");
        Stage stage = FxToolkit.registerPrimaryStage();
        JunctionApp app = (JunctionApp) (asSample ? FxToolkit.setupApplication(JunctionApp.class)
                : FxToolkit.setupApplication(JunctionApp.class, workspace.toString()));
        RunningApp running = new RunningApp(home, workspace, stage, app);
        running.waitFor(() -> running.window().workspaceProperty().get() != null);
        return running;
    }

    MainWindow window() {
        return app.session().window();
    }

    /** Waits (up to 20 s) for a condition checked on the FX thread. */
    void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs on the FX thread and returns the result. */
    <T> T fx(Callable<T> action) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(action).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    void fx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() throws Exception {
        // stop() asks nothing (the close request does), so unsaved test edits cannot block here
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        assertThat(stage.isShowing()).isFalse();
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
