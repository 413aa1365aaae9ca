package dev.junction.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.junction.run.LogLine;
import dev.junction.run.RunDetail;
import dev.junction.run.RunEvent;
import dev.junction.run.RunRequest;
import dev.junction.run.RunStatus;
import dev.junction.run.StepRun;
import dev.junction.run.StepStatus;
import dev.junction.workflow.Workflow;
import dev.junction.workflow.inputs.InvalidInputsException;
import dev.junction.workflow.load.WorkflowLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine through the port, with real processes and a real H2 store. */
class LocalExecutorTest {

    @TempDir
    Path dir;
    private LocalExecutor executor;

    @BeforeEach
    void open() {
        executor = LocalExecutor.open(dir.resolve("data"), Secrets.load(List.of(), Map.of("JUNCTION_SECRET_TOKEN", "hunter2-token")));
    }

    @AfterEach
    void close() {
        executor.close();
    }

    private Workflow load(String yaml) throws Exception {
        return WorkflowLoader.standard().load(Files.writeString(dir.resolve("wf-" + System.nanoTime() + ".yaml"), yaml)).orThrow();
    }

    private RunDetail runToEnd(Workflow wf, Map<String, Object> inputs, RunRequest.RunOptions options) throws Exception {
        var handle = executor.submit(new RunRequest(wf, inputs, options), e -> { });
        handle.completion().get(60, TimeUnit.SECONDS);
        return executor.run(handle.runId()).orElseThrow();
    }

    private static StepRun step(RunDetail run, String key) {
        return run.steps().stream().filter(s -> s.stepKey().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void cancellingARunKillsItsRunningProcessTreesAndSkipsTheRest() throws Exception {
        Path pidFile = dir.resolve("pids");
        Workflow wf = load("""
                steps:
                  sleeper:
                    run: |
                      sleep 300 &
                      echo $! >> %1$s
                      echo $$ >> %1$s
                      wait
                  after: { needs: [sleeper], log: never }
                """.formatted(pidFile));
        var handle = executor.submit(RunRequest.of(wf, Map.of()), e -> { });
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(pidFile) && Files.readAllLines(pidFile).size() == 2);
        List<Long> pids = Files.readAllLines(pidFile).stream().map(Long::parseLong).toList();
        assertThat(executor.cancel(handle.runId())).isTrue();
        assertThat(handle.completion().get(20, TimeUnit.SECONDS)).isEqualTo(RunStatus.CANCELLED);
        for (long pid : pids) {
            // killed at once; an orphan stays a zombie until init reaps it, which this sandbox does every ~2 s
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty());
        }
        RunDetail run = executor.run(handle.runId()).orElseThrow();
        assertThat(step(run, "sleeper").status()).isEqualTo(StepStatus.CANCELLED);
        assertThat(step(run, "after").status()).isEqualTo(StepStatus.CANCELLED);
    }

    @Test
    void maxParallelLimitsHowManyStepsRunAtOnce() throws Exception {
        Path log = dir.resolve("overlap");
        StringBuilder yaml = new StringBuilder("max-parallel: 2\nsteps:\n");
        for (int i = 0; i < 6; i++) {
            // each step records how many are running while it runs
            yaml.append("  s").append(i).append(":\n    run: |\n")
                    .append("      mkdir -p ").append(log).append(" && touch ").append(log).append("/s").append(i).append("\n")
                    .append("      ls ").append(log).append(" | wc -l >> ").append(log).append(".counts\n")
                    .append("      sleep 0.2\n")
                    .append("      rm ").append(log).append("/s").append(i).append("\n");
        }
        RunDetail run = runToEnd(load(yaml.toString()), Map.of(), RunRequest.RunOptions.DEFAULT);
        assertThat(run.summary().status()).isEqualTo(RunStatus.SUCCESS);
        List<Integer> counts = Files.readAllLines(Path.of(log + ".counts")).stream().map(String::trim).map(Integer::parseInt).toList();
        assertThat(counts).hasSize(6).allMatch(n -> n <= 2).contains(2);
    }

    @Test
    void rerunningOneStepReusesUpstreamOutputsOfTheBaseRun() throws Exception {
        Path counter = dir.resolve("builds");
        Workflow wf = load("""
                steps:
                  build:
                    run: echo x >> %s && echo "version=$RANDOM" >> "$JUNCTION_OUTPUT"
                    outputs: [version]
                  deploy:
                    needs: [build]
                    log: "deploying {{ steps.build.outputs.version }}"
                """.formatted(counter));
        RunDetail first = runToEnd(wf, Map.of(), RunRequest.RunOptions.DEFAULT);
        Object version = step(first, "build").outputs().get("version");

        RunDetail rerun = runToEnd(wf, Map.of(), RunRequest.RunOptions.DEFAULT.rerun(first.summary().runId(), Set.of("deploy"), false));
        assertThat(step(rerun, "build").reused()).isTrue();
        assertThat(step(rerun, "deploy").outputs()).containsEntry("message", "deploying " + version);
        assertThat(Files.readAllLines(counter)).hasSize(1); // build did not run again
    }

    @Test
    void rerunFromAFailedStepRunsItAndEverythingDownstream() throws Exception {
        Path flag = dir.resolve("fixed");
        Workflow wf = load("""
                steps:
                  prepare: { log: ready }
                  flaky: { needs: [prepare], run: "test -f %s" }
                  publish: { needs: [flaky], log: published }
                """.formatted(flag));
        RunDetail failed = runToEnd(wf, Map.of(), RunRequest.RunOptions.DEFAULT);
        assertThat(failed.summary().status()).isEqualTo(RunStatus.FAILURE);
        Files.createFile(flag);
        RunDetail rerun = runToEnd(wf, Map.of(), RunRequest.RunOptions.DEFAULT.rerun(failed.summary().runId(), Set.of("flaky"), true));
        assertThat(rerun.summary().status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(step(rerun, "prepare").reused()).isTrue();
        assertThat(step(rerun, "flaky").reused()).isFalse();
        assertThat(step(rerun, "publish").status()).isEqualTo(StepStatus.SUCCESS);
    }

    @Test
    void secretsAndSecretInputsNeverReachEventsOrHistory() throws Exception {
        Workflow wf = load("""
                inputs:
                  password: { type: string, secret: true }
                steps:
                  show:
                    run: echo "token={{ secrets.TOKEN }} password={{ inputs.password }}"
                    outputs:
                      both: "{{ stdout | trim }}"
                """);
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        var handle = executor.submit(RunRequest.of(wf, Map.of("password", "open-sesame")), events::add);
        handle.completion().get(30, TimeUnit.SECONDS);
        RunDetail run = executor.run(handle.runId()).orElseThrow();
        assertThat(events.toString()).doesNotContain("hunter2-token").doesNotContain("open-sesame");
        assertThat(run.toString()).doesNotContain("hunter2-token").doesNotContain("open-sesame");
        assertThat(executor.logs(handle.runId(), null, -1)).extracting(LogLine::text).contains("token=*** password=***");
        assertThat(run.summary().inputs()).containsEntry("password", "***");
        assertThat(step(run, "show").outputs()).containsEntry("both", "token=*** password=***");
    }

    @Test
    void invalidInputsAreRejectedBeforeARunExists() throws Exception {
        Workflow wf = load("inputs:\n  n: { type: integer }\nsteps:\n  a: { log: x }\n");
        assertThatThrownBy(() -> executor.submit(RunRequest.of(wf, Map.of("n", "many")), e -> { }))
                .isInstanceOf(InvalidInputsException.class);
        assertThat(executor.history(new dev.junction.run.HistoryQuery(null, 5))).isEmpty();
    }

    @Test
    void workflowEnvIsTemplatedAndReachesProcessesAndTemplates() throws Exception {
        Workflow wf = load("""
                inputs:
                  region: { type: string, default: eu-west }
                env:
                  REGION: "{{ inputs.region }}"
                  TARGET: "app-{{ env.REGION }}"
                steps:
                  show:
                    env: { EXTRA: "x-{{ env.TARGET }}" }
                    run: echo "$REGION $TARGET $EXTRA {{ env.EXTRA }}"
                    outputs: { line: "{{ stdout | trim }}" }
                """);
        RunDetail run = runToEnd(wf, Map.of(), RunRequest.RunOptions.DEFAULT);
        assertThat(step(run, "show").outputs()).containsEntry("line", "eu-west app-eu-west x-app-eu-west x-app-eu-west");
    }

    @Test
    void aTemplateErrorAtRunTimeFailsTheStepWithTheReason() throws Exception {
        Workflow wf = load("""
                steps:
                  list:
                    run: echo 'items=not-json' >> "$JUNCTION_OUTPUT"
                    outputs: [items]
                  each:
                    needs: [list]
                    run: echo "{{ (steps.list.outputs.items | from_json).x }}"
                """);
        RunDetail run = runToEnd(wf, Map.of(), RunRequest.RunOptions.DEFAULT);
        assertThat(run.summary().status()).isEqualTo(RunStatus.FAILURE);
        assertThat(step(run, "each").error()).contains("not valid JSON");
    }

    @Test
    void dryRunRecordsThePlanAndRunsNothing() throws Exception {
        Path marker = dir.resolve("touched");
        Workflow wf = load("steps:\n  t: { run: \"touch " + marker + "\" }\n");
        RunDetail run = runToEnd(wf, Map.of(), RunRequest.RunOptions.DEFAULT.withDryRun(true));
        assertThat(run.summary().status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(step(run, "t").status()).isEqualTo(StepStatus.SKIPPED);
        assertThat(marker).doesNotExist();
    }
}
