package dev.junction.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.junction.steps.Cancellation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard, not a timing assertion
class ProcessRunnerTest {

    @TempDir
    Path dir;

    private final List<String> out = new CopyOnWriteArrayList<>();
    private final List<String> err = new CopyOnWriteArrayList<>();
    private final Map<String, String> env = Map.of("PATH", System.getenv("PATH"));
    private final List<ProcessHandle> leftovers = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        leftovers.forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void linesArriveInOrderPerStreamAndALastLineWithoutNewlineIsKept() throws Exception {
        int code = new ProcessRunner().run(spec(bash(),
                "for i in 1 2 3; do echo out$i; echo err$i >&2; done; printf 'tail'; printf 'err-tail' >&2"), unused -> {});

        assertThat(code).isZero();
        assertThat(out).containsExactly("out1", "out2", "out3", "tail");
        assertThat(err).containsExactly("err1", "err2", "err3", "err-tail");
    }

    @Test
    void theExitCodeIsReturned() throws Exception {
        assertThat(new ProcessRunner().run(spec(bash(), "exit 42"), unused -> {})).isEqualTo(42);
    }

    @Test
    void theProcessSeesExactlyTheGivenEnvironmentAndWorkingDirectory() throws Exception {
        ProcessSpec spec = new ProcessSpec(List.of(program("env")), Map.of("ONLY", "this", "PATH", "/usr/bin"), dir,
                out::add, err::add);

        new ProcessRunner().run(spec, unused -> {});

        assertThat(out).containsExactlyInAnyOrder("ONLY=this", "PATH=/usr/bin");
        out.clear();
        new ProcessRunner().run(new ProcessSpec(List.of(program("pwd"), "-P"), env, dir, out::add, err::add), unused -> {});
        assertThat(out).containsExactly(dir.toRealPath().toString());
    }

    @Test
    void aProgramThatCannotBeStartedIsAnIOException() {
        assertThatThrownBy(() -> new ProcessRunner().run(new ProcessSpec(List.of(dir.resolve("missing").toString()),
                env, dir, out::add, err::add), unused -> {})).isInstanceOf(IOException.class);
    }

    @Test
    void cancellingStopsTheWholeProcessTree() throws Exception {
        Cancellation cancellation = new Cancellation();
        CompletableFuture<Integer> run = runAsync(spec(bash(), "sleep 1001 & sleep 1002; wait"), cancellation);
        List<ProcessHandle> sleeps = awaitProcesses("sleep 100", 2);

        cancellation.cancel("stopped by test");

        assertThat(run.get(30, TimeUnit.SECONDS)).isNotZero();
        assertThat(sleeps).noneMatch(Descendants::running);
    }

    @Test
    void aTreeThatIgnoresTerminateIsKilledAfterTheGracePeriod() throws Exception {
        Cancellation cancellation = new Cancellation();
        // an ignored signal stays ignored in children, so none of these processes reacts to SIGTERM
        CompletableFuture<Integer> run = runAsync(new ProcessRunner(Duration.ofMillis(200), Duration.ofSeconds(5)),
                spec(bash(), "trap '' TERM; sleep 1003 & sleep 1004; wait"), cancellation);
        List<ProcessHandle> sleeps = awaitProcesses("sleep 100", 2);

        cancellation.cancel("stopped by test");

        assertThat(run.get(30, TimeUnit.SECONDS)).isEqualTo(137);
        assertThat(sleeps).noneMatch(Descendants::running);
    }

    @Test
    void aGrandchildHoldingTheOutputOpenDoesNotHoldTheRun() throws Exception {
        ProcessRunner runner = new ProcessRunner(Duration.ofSeconds(2), Duration.ofMillis(300));

        int code = runner.run(spec(bash(), "sleep 1005 & echo started"), unused -> {});
        leftovers.addAll(Descendants.anywhere("sleep 1005"));

        assertThat(code).isZero();
        assertThat(out).containsExactly("started");
    }

    @Test
    void interruptingTheWaitingThreadStopsTheTree() throws Exception {
        List<Throwable> thrown = new CopyOnWriteArrayList<>();
        Thread waiter = Thread.ofVirtual().start(() -> {
            try {
                new ProcessRunner().run(spec(bash(), "sleep 1006 & sleep 1007; wait"), unused -> {});
            } catch (Exception e) {
                thrown.add(e);
            }
        });
        List<ProcessHandle> sleeps = awaitProcesses("sleep 100", 2);

        waiter.interrupt();
        waiter.join(Duration.ofSeconds(30));

        assertThat(thrown).singleElement().isInstanceOf(InterruptedException.class);
        assertThat(sleeps).noneMatch(Descendants::running);
    }

    @Test
    void replacingTheEnvironmentRemovesWhatIsNotWanted() {
        Map<String, String> changes = ProcessRunner.replacing(Map.of("HOME", "/root", "KEEP", "old", "SAME", "s"),
                Map.of("KEEP", "new", "ADDED", "1", "SAME", "s"), false);

        assertThat(changes).containsEntry("HOME", null).containsEntry("KEEP", "new").containsEntry("ADDED", "1")
                .hasSize(3);
        assertThat(ProcessRunner.replacing(Map.of("Path", "a"), Map.of("PATH", "b"), true))
                .containsOnlyKeys("PATH");
    }

    private ProcessSpec spec(String bash, String script) {
        return new ProcessSpec(List.of(bash, "-c", script), env, dir, out::add, err::add);
    }

    private CompletableFuture<Integer> runAsync(ProcessSpec spec, Cancellation cancellation) {
        return runAsync(new ProcessRunner(), spec, cancellation);
    }

    private static CompletableFuture<Integer> runAsync(ProcessRunner runner, ProcessSpec spec, Cancellation cancellation) {
        CompletableFuture<Integer> result = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                result.complete(runner.run(spec, cancellation::onCancel));
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** Waits until {@code count} processes of this test run; the test's own numbers keep them apart. */
    private List<ProcessHandle> awaitProcesses(String fragment, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> Descendants.matching(fragment).size() >= count);
        List<ProcessHandle> found = Descendants.matching(fragment);
        leftovers.addAll(found);
        return found;
    }

    private String bash() {
        return program("bash");
    }

    private String program(String name) {
        return Executables.host().find(name, dir, env).orElseThrow().toString();
    }
}
