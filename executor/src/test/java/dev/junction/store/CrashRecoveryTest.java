package dev.junction.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.junction.run.LogLine;
import dev.junction.run.RunDetail;
import dev.junction.run.RunStatus;
import dev.junction.run.StepRun;
import dev.junction.run.StepStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process that writes runs is killed with SIGKILL; another process finds and marks what it left. */
class CrashRecoveryTest {

    @TempDir
    Path dir;

    @Test
    void runOfAKilledProcessIsMarkedInterruptedAndEverythingItStoredSurvives() throws Exception {
        Path dataDir = dir.resolve("data");
        Path output = dir.resolve("child.log");
        Process child = ChildJvm.start(StoreChild.class, output, dataDir.toString(), "complete-run", "endless-run");
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(output)
                    && Files.readString(output).contains(StoreChild.FIRST_RUN_DONE));

            List<LogLine> seenBeforeKill;
            try (Database reader = Database.openFile(dataDir)) {
                RunStore store = new RunStore(reader);
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> store.logs("endless-run", null, -1).size() >= 50);

                assertThat(store.markInterrupted()).as("the writer is alive").isZero();
                assertThat(store.run("endless-run").orElseThrow().summary().status()).isEqualTo(RunStatus.RUNNING);

                seenBeforeKill = store.logs("endless-run", null, -1);
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

                // a reader (logs --follow) that went through the dead process's server carries on: H2 reconnects
                // and this process takes the file over
                assertThat(store.logs("endless-run", null, -1)).startsWith(seenBeforeKill.toArray(LogLine[]::new));
            }

            try (Database reopened = Database.openFile(dataDir)) {
                RunStore store = new RunStore(reopened);
                assertThat(store.markInterrupted()).isEqualTo(1);
                assertThat(store.markInterrupted()).as("marking twice").isZero();

                RunDetail endless = store.run("endless-run").orElseThrow();
                assertThat(endless.summary().status()).isEqualTo(RunStatus.INTERRUPTED);
                assertThat(endless.summary().error()).contains("pid " + child.pid());
                List<LogLine> stored = store.logs("endless-run", null, -1);
                assertThat(stored).startsWith(seenBeforeKill.toArray(LogLine[]::new));
                assertThat(endless.summary().finishedAt()).isEqualTo(stored.getLast().time());
                StepRun loop = endless.steps().getFirst();
                assertThat(loop.status()).isEqualTo(StepStatus.INTERRUPTED);
                assertThat(loop.attempts()).singleElement()
                        .satisfies(a -> assertThat(a.status()).isEqualTo(StepStatus.INTERRUPTED));

                RunDetail complete = store.run("complete-run").orElseThrow();
                assertThat(complete.summary().status()).isEqualTo(RunStatus.SUCCESS);
                assertThat(complete.steps()).hasSize(3).allSatisfy(s -> assertThat(s.status()).isEqualTo(StepStatus.SUCCESS));
                assertThat(store.logs("complete-run", null, -1)).hasSize(3);
            }
        } finally {
            child.destroyForcibly();
        }
    }
}
