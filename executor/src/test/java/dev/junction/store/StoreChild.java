package dev.junction.store;

import dev.junction.run.LogLine;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * Child process for {@link CrashRecoveryTest}: opens the store in {@code args[0]}, writes run {@code args[1]}
 * completely, prints {@value #FIRST_RUN_DONE}, then starts run {@code args[2]} and appends log lines to its
 * step "loop" until it is killed.
 */
public final class StoreChild {

    static final String FIRST_RUN_DONE = "first run stored";

    private StoreChild() {}

    public static void main(String[] args) throws InterruptedException {
        Database database = Database.openFile(Path.of(args[0]));
        StoreWriter writer = new StoreWriter(new RunStore(database));
        Events first = new Events(args[1], Instant.now());
        first.noopRun("complete", 3).forEach(writer::onEvent);
        writer.flush();
        System.out.println(FIRST_RUN_DONE);
        System.out.flush();

        Events second = new Events(args[2], Instant.now());
        writer.onEvent(second.started("endless", Map.of("mode", "forever")));
        writer.onEvent(second.stepStarted("loop", 1));
        for (int i = 0; ; i++) {
            writer.onEvent(second.log("loop", LogLine.Stream.OUT, "line " + i));
            if (i % 10 == 9) {
                writer.flush();
            }
            Thread.sleep(2);
        }
    }

}
