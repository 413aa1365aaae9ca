package dev.junction.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dev.junction.engine.RunEngine;
import dev.junction.engine.Secrets;
import dev.junction.process.Descendants;
import dev.junction.run.RunEvent;
import dev.junction.run.RunRequest;
import dev.junction.run.RunStatus;
import dev.junction.run.StepStatus;
import dev.junction.workflow.Workflow;
import dev.junction.workflow.load.WorkflowLoader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** run, script and http steps loaded by the real loader and run by the real engine, passing outputs along. */
@Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard, not a timing assertion
class ProcessKindsEndToEndTest {

    @TempDir
    Path dir;

    private final List<RunEvent> events = new CopyOnWriteArrayList<>();

    @Test
    void outputsFlowFromAShellStepThroughAPythonScriptToAnHttpCall() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/notify", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = "{\"received\": true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(202, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            Files.createDirectories(dir.resolve("scripts"));
            Files.writeString(dir.resolve("scripts/check.py"), """
                    import os, sys
                    version, channel = sys.argv[1:]
                    print("checking", version, "on", channel)
                    with open(os.environ["JUNCTION_OUTPUT"], "a") as out:
                        out.write("verdict=" + ("ok" if version.startswith("2.") else "bad") + "\\n")
                    """);
            RunStatus status = run("""
                    name: release
                    steps:
                      build:
                        run: |
                          mkdir -p target
                          echo 2.0.1 > target/version.txt
                          echo "channel=beta" >> "$JUNCTION_OUTPUT"
                          echo built it
                        outputs:
                          channel:
                          version: "{{ files['target/version.txt'] | trim }}"
                          said: "{{ stdout }}"
                      check:
                        needs: [build]
                        script:
                          language: python
                          file: scripts/check.py
                          args: ["{{ steps.build.outputs.version }}", "{{ steps.build.outputs.channel }}"]
                        outputs:
                          verdict:
                      notify:
                        needs: [check]
                        http:
                          method: POST
                          url: "http://127.0.0.1:PORT/notify"
                          json: { version: "{{ steps.build.outputs.version }}", verdict: "{{ steps.check.outputs.verdict }}" }
                      report:
                        needs: [notify]
                        log: "{{ steps.build.outputs.said }}; notify {{ steps.notify.outputs.status }} {{ steps.notify.outputs.json.received }}"
                      plain:
                        run: echo plain via sh
                        shell: sh
                    """.replace("PORT", String.valueOf(server.getAddress().getPort())));

            assertThat(status).isEqualTo(RunStatus.SUCCESS);
            assertThat(received).containsExactly("{\"version\":\"2.0.1\",\"verdict\":\"ok\"}");
            assertThat(logLines()).contains("built it", "checking 2.0.1 on beta", "built it; notify 202 true",
                    "plain via sh");
            assertThat(finished("build").outputs()).containsEntry("channel", "beta").containsEntry("version", "2.0.1");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aStepTimeoutStopsTheProcessTreeAndFailsTheStep() throws Exception {
        RunStatus status = run("""
                name: slow
                steps:
                  wait:
                    run: sleep 4001 & sleep 4002; wait
                    timeout: 500ms
                """);

        assertThat(status).isEqualTo(RunStatus.FAILURE);
        RunEvent.StepFinished wait = finished("wait");
        assertThat(wait.status()).isEqualTo(StepStatus.FAILURE);
        assertThat(wait.error()).isEqualTo("timed out after 500ms");
        await().atMost(Duration.ofSeconds(10)).until(() -> Descendants.anywhere("sleep 400").stream()
                .noneMatch(Descendants::running));
    }

    @Test
    void aFailingCommandFailsTheRunWithItsExitCode() throws Exception {
        RunStatus status = run("""
                name: failing
                steps:
                  broken:
                    run: |
                      echo about to fail
                      exit 7
                """);

        assertThat(status).isEqualTo(RunStatus.FAILURE);
        assertThat(finished("broken").exitCode()).isEqualTo(7);
        assertThat(finished("broken").error()).isEqualTo("exited with code 7");
    }

    private RunStatus run(String yaml) throws Exception {
        Path file = dir.resolve("workflow.yaml");
        Files.writeString(file, yaml);
        var loaded = WorkflowLoader.standard().load(file);
        assertThat(loaded.problems()).isEmpty();
        Workflow workflow = loaded.orThrow();
        try (RunEngine engine = new RunEngine(StepKinds.builtin(), Secrets.none())) {
            var active = engine.start("r1", RunRequest.of(workflow, Map.of()), List.of(events::add), Optional.empty());
            return active.completion().get(30, TimeUnit.SECONDS);
        }
    }

    private List<String> logLines() {
        return events.stream().filter(e -> e instanceof RunEvent.StepLog).map(e -> ((RunEvent.StepLog) e).line().text())
                .toList();
    }

    private RunEvent.StepFinished finished(String step) {
        return events.stream().filter(e -> e instanceof RunEvent.StepFinished f && f.stepKey().equals(step))
                .map(RunEvent.StepFinished.class::cast).findFirst().orElseThrow();
    }
}
