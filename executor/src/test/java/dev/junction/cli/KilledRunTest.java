package dev.junction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.engine.LocalExecutor;
import dev.junction.engine.Secrets;
import dev.junction.run.HistoryQuery;
import dev.junction.run.RunStatus;
import dev.junction.run.RunSummary;
import dev.junction.store.Database;
import dev.junction.store.RunStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance scenario with a real process: `junction run` is killed with SIGKILL mid-run; the next
 * start shows that run as interrupted, with its logs so far, and every earlier run intact.
 */
class KilledRunTest {

    @TempDir
    Path dir;

    /** Reads the database like a second `junction logs` would, while the run's process holds it. */
    private static void awaitStored(Path data, String text) throws InterruptedException {
        try (Database db = Database.openFile(data)) {
            RunStore store = new RunStore(db);
            for (int i = 0; i < 200; i++) {
                String runId = store.history(new HistoryQuery("slow", 1)).stream().findFirst().map(RunSummary::runId).orElse(null);
                if (runId != null && store.logs(runId, null, -1).stream().anyMatch(l -> l.text().equals(text))) {
                    return;
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("'" + text + "' never reached the store");
    }

    @Test
    void aKilledRunShowsAsInterruptedAndEarlierRunsStayIntact() throws Exception {
        Path data = dir.resolve("data");
        Path quick = Files.writeString(dir.resolve("quick.yaml"), "name: quick\nsteps:\n  a: { run: echo done }\n");
        Path slow = Files.writeString(dir.resolve("slow.yaml"),
                "name: slow\nsteps:\n  first: { run: echo before }\n  wait:\n    needs: [first]\n    run: \"echo waiting; sleep 60\"\n");
        assertThat(JunctionCli.execute("run", quick.toString(), "--data-dir", data.toString())).isZero();

        String java = ProcessHandle.current().info().command().orElse("java");
        Process cli = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), JunctionCli.class.getName(),
                "run", slow.toString(), "--data-dir", data.toString(), "--no-color")
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(cli.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.contains("wait │ waiting")) {
                // read until the slow step is running
            }
            assertThat(line).as("the run reached the waiting step").isNotNull();
            awaitStored(data, "waiting"); // what was written must survive; the store lags the screen by milliseconds
            cli.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
            assertThat(cli.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        try (LocalExecutor executor = LocalExecutor.open(data, Secrets.none())) {
            List<RunSummary> runs = executor.history(new HistoryQuery(null, 10));
            assertThat(executor.interruptedOnOpen()).as("runs: %s", runs).isEqualTo(1);
            assertThat(runs).extracting(RunSummary::workflow, RunSummary::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("slow", RunStatus.INTERRUPTED),
                            org.assertj.core.groups.Tuple.tuple("quick", RunStatus.SUCCESS));
            String slowId = runs.getFirst().runId();
            assertThat(executor.logs(slowId, null, -1)).extracting(l -> l.text()).contains("before", "waiting");
            var quickRun = executor.run(runs.get(1).runId()).orElseThrow();
            assertThat(quickRun.steps()).singleElement().satisfies(s -> assertThat(s.status().label()).isEqualTo("success"));
        } finally {
            // the killed JVM could not stop its child: do it here so the test leaves nothing behind
            cli.descendants().forEach(ProcessHandle::destroyForcibly);
        }
    }
}
