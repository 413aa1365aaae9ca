package dev.junction.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.run.LogLine.Stream;
import dev.junction.run.RunDetail;
import dev.junction.run.RunEvent;
import dev.junction.run.RunStatus;
import dev.junction.run.StepRun;
import dev.junction.run.StepStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterruptedRunsTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;

    private Database database;

    @BeforeEach
    void open() {
        database = Database.openFile(dir.resolve("data"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void runOfAProcessThatEndedIsInterruptedWithItsOpenStepsAndAttempts() throws Exception {
        RunStore store = new RunStore(database, endedProcess());
        Events run = new Events("run-1", T0);
        RunEvent.StepLog lastLine;
        store.append(List.of(run.started("w", Map.of()),
                run.stepStarted("done", 1), run.stepFinished("done", StepStatus.SUCCESS, 1, 0, Map.of(), ""),
                run.stepStarted("busy", 1), run.retrying("busy", 1, 1, "flaky"), run.stepStarted("busy", 2),
                lastLine = run.log("busy", Stream.OUT, "working")));

        assertThat(new RunStore(database).markInterrupted()).isEqualTo(1);

        RunDetail detail = new RunStore(database).run("run-1").orElseThrow();
        assertThat(detail.summary().status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(detail.summary().finishedAt()).isEqualTo(lastLine.time());
        assertThat(detail.summary().duration()).isEqualTo(Duration.between(T0.plusMillis(1), lastLine.time()));
        assertThat(detail.summary().error()).contains("interrupted");
        StepRun done = detail.steps().get(0);
        assertThat(done.status()).isEqualTo(StepStatus.SUCCESS);
        assertThat(done.error()).isEmpty();
        StepRun busy = detail.steps().get(1);
        assertThat(busy.status()).isEqualTo(StepStatus.INTERRUPTED);
        assertThat(busy.finishedAt()).isEqualTo(lastLine.time());
        assertThat(busy.attempts()).extracting(StepRun.Attempt::status)
                .containsExactly(StepStatus.FAILURE, StepStatus.INTERRUPTED);
    }

    @Test
    void finishedRunsAreLeftAlone() throws Exception {
        RunStore store = new RunStore(database, endedProcess());
        store.append(new Events("run-1", T0).noopRun("w", 2));
        RunDetail before = store.run("run-1").orElseThrow();

        assertThat(store.markInterrupted()).isZero();
        assertThat(store.run("run-1")).contains(before);
    }

    @Test
    void runOfThisLiveProcessIsLeftAlone() {
        RunStore store = new RunStore(database);
        store.append(List.of(new Events("run-1", T0).started("w", Map.of())));

        assertThat(store.markInterrupted()).isZero();
        assertThat(store.run("run-1").orElseThrow().summary().status()).isEqualTo(RunStatus.RUNNING);
    }

    @Test
    void runOfAnotherHostIsLeftAlone() {
        RunOwner elsewhere = new RunOwner("build-node-7.example", 1, T0);
        new RunStore(database, elsewhere).append(List.of(new Events("run-1", T0).started("w", Map.of())));

        RunStore store = new RunStore(database);
        assertThat(store.markInterrupted()).isZero();
        assertThat(store.run("run-1").orElseThrow().summary().status()).isEqualTo(RunStatus.RUNNING);
    }

    @Test
    void aReusedProcessIdDoesNotKeepADeadRunAlive() {
        RunOwner me = RunOwner.current();
        assertThat(me.startedAt()).as("this OS reports process start times").isNotNull();
        RunOwner earlierProcessWithMyPid = new RunOwner(me.host(), me.pid(), me.startedAt().minusSeconds(3600));
        new RunStore(database, earlierProcessWithMyPid).append(List.of(new Events("run-1", T0).started("w", Map.of())));

        assertThat(new RunStore(database).markInterrupted()).isEqualTo(1);
    }

    @Test
    void ownerIsAliveWhileItsProcessRuns() throws Exception {
        Process process = ChildJvm.start(WaitForInput.class, dir.resolve("out.txt"));
        try {
            RunOwner owner = RunOwner.of(process.toHandle());
            assertThat(owner.isAlive()).isTrue();
            process.getOutputStream().close();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(owner.isAlive()).isFalse();
        } finally {
            process.destroyForcibly();
        }
    }

    /** The owner of a real process that has ended. */
    private RunOwner endedProcess() throws Exception {
        Process process = ChildJvm.start(WaitForInput.class, dir.resolve("out.txt"));
        RunOwner owner = RunOwner.of(process.toHandle());
        process.getOutputStream().close();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return owner;
    }
}
