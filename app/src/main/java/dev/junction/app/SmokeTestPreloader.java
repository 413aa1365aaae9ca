package dev.junction.app;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Preloader;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Proves that an installed app really opens its window, then ends it: a JavaFX preloader that
 * waits for the first window to render two frames, prints
 * {@code window shown after N ms (at T)} and exits the VM with status 0.
 *
 * <p>Off unless asked for, and it needs no change to the app: JavaFX starts a preloader named by
 * the system property {@code javafx.preloader}, so a test runs the installed launcher with
 * {@code JAVA_TOOL_OPTIONS=-Djavafx.preloader=dev.junction.app.SmokeTestPreloader} (see
 * {@code installers/test-deb.sh}). N counts from the start of the JVM; T is the wall clock
 * in epoch milliseconds, from which a script that noted its launch time gets the whole cold start
 * including the native launcher.
 */
public final class SmokeTestPreloader extends Preloader {

    /** Frames to wait after the window shows: the first one is rendered before the second pulse. */
    private static final int FRAMES = 2;

    @Override
    public void start(Stage preloaderStage) {
        // the preloader's own stage stays hidden: this preloader only watches the app's windows
        Window.getWindows().addListener(new ListChangeListener<Window>() {
            @Override
            public void onChanged(Change<? extends Window> change) {
                while (change.next()) {
                    if (change.wasAdded()) {
                        Window.getWindows().removeListener(this);
                        reportAfterFirstFrames();
                        return;
                    }
                }
            }
        });
    }

    private static void reportAfterFirstFrames() {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames < FRAMES) {
                    return;
                }
                stop();
                long wallClock = System.currentTimeMillis();
                System.out.println("window shown after " + millisSinceVmStart(wallClock)
                        + " ms (at " + wallClock + ")");
                System.out.flush();
                // not Platform.exit(): the app may hold non-daemon threads, and the smoke test must
                // end; a normal VM exit (not halt) still writes a CDS/AOT archive when asked to
                System.exit(0);
            }
        }.start();
    }

    private static long millisSinceVmStart(long wallClock) {
        // the JVM's own start stamp has millisecond precision; ProcessHandle's start instant is
        // rounded to whole seconds of the boot time on Linux, too coarse for a startup figure
        return wallClock - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
