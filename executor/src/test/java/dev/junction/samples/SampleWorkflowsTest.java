package dev.junction.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.junction.engine.LocalExecutor;
import dev.junction.engine.Secrets;
import dev.junction.run.RunDetail;
import dev.junction.run.RunRequest;
import dev.junction.run.RunStatus;
import dev.junction.run.StepRun;
import dev.junction.run.StepStatus;
import dev.junction.workflow.Workflow;
import dev.junction.workflow.load.LoadResult;
import dev.junction.workflow.load.WorkflowLoader;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample in sample-workflows/ loads cleanly and runs through the real engine as it intends. */
class SampleWorkflowsTest {

    static final Path SAMPLES = Path.of("../sample-workflows").toAbsolutePath().normalize();

    @TempDir
    Path temp;
    private LocalExecutor executor;
    private HttpServer server;
    private final List<String> posted = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        executor = LocalExecutor.open(temp.resolve("data"), Secrets.none());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/health", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/down", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.createContext("/notify", exchange -> {
            posted.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        executor.close();
        server.stop(0);
    }

    static Stream<Path> samples() throws IOException {
        return Files.list(SAMPLES).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleLoadsWithoutProblems(Path file) {
        LoadResult result = WorkflowLoader.standard().load(file);
        assertThat(result.problems()).isEmpty();
        assertThat(result.workflow()).isPresent();
    }

    @Test
    void atLeastSixRealisticSamples() throws IOException {
        assertThat(samples().count()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void helloGreetsAndPassesTheLength() throws Exception {
        RunDetail run = run("hello.yaml", Map.of("who", "Ada"), RunStatus.SUCCESS);
        assertThat(step(run, "greet").outputs()).containsEntry("length", "3");
        assertThat(step(run, "report").outputs()).containsEntry("message", "greeted Ada (3 characters)");
    }

    @Test
    void ciBuildLintsTestsTheMatrixAndPackages() throws Exception {
        Path out = temp.resolve("dist");
        RunDetail run = run("ci-build.yaml", Map.of("out_dir", out.toString()), RunStatus.SUCCESS);
        assertThat(run.steps()).filteredOn(s -> s.stepId().equals("test") && !s.stepKey().equals("test")).hasSize(4)
                .allMatch(s -> s.status() == StepStatus.SUCCESS);
        assertThat(step(run, "package").outputs()).containsEntry("version", "1.4.2");
        assertThat(out.resolve("calc-1.4.2.tar.gz")).isRegularFile();
        assertThat(step(run, "lint").outputs()).containsEntry("files", "4");
    }

    @Test
    void maintenanceDeletesOnlyOldFilesAndChecksHealth() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("clean"));
        Path old = Files.writeString(dir.resolve("old.log"), "x");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(30, ChronoUnit.DAYS)));
        Path fresh = Files.writeString(dir.resolve("fresh.log"), "y");
        RunDetail run = run("maintenance.yaml", Map.of("target_dir", dir.toString(), "max_age_days", "7",
                "health_urls", List.of(url("/health"))), RunStatus.SUCCESS);
        assertThat(old).doesNotExist();
        assertThat(fresh).exists();
        assertThat(step(run, "cleanup").outputs()).containsEntry("deleted", "1").containsEntry("kept", "1");
        assertThat(step(run, "health").status()).isEqualTo(StepStatus.SUCCESS);
        assertThat(step(run, "report").outputs().get("message").toString()).contains("deleted 1", "health success");
    }

    @Test
    void maintenanceReportsAnUnhealthyServiceButStillCleansUp() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("clean2"));
        RunDetail run = run("maintenance.yaml", Map.of("target_dir", dir.toString(),
                "health_urls", List.of(url("/health"), url("/down"))), RunStatus.SUCCESS);
        assertThat(step(run, "health").status()).isEqualTo(StepStatus.FAILURE);
        assertThat(step(run, "report").outputs().get("message").toString()).contains("health failure");
    }

    @Test
    void maintenanceDryRunDeletesNothing() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("clean3"));
        Path old = Files.writeString(dir.resolve("old.log"), "x");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(30, ChronoUnit.DAYS)));
        run("maintenance.yaml", Map.of("target_dir", dir.toString(), "dry_run", "true",
                "health_urls", List.of(url("/health"))), RunStatus.SUCCESS);
        assertThat(old).exists();
    }

    @Test
    void platformBootstrapSetsUpEveryComponent() throws Exception {
        Path root = temp.resolve("platform");
        RunDetail run = run("platform-bootstrap.yaml", Map.of("root", root.toString()), RunStatus.SUCCESS);
        for (String c : List.of("infrastructure", "auth", "monitoring", "portal")) {
            assertThat(root.resolve("idp/config/" + c + ".conf")).content().contains("component=" + c);
        }
        assertThat(step(run, "health-report").outputs()).containsEntry("healthy", "true");
    }

    @Test
    void platformBootstrapDryRunChangesNothing() throws Exception {
        Path root = temp.resolve("platform-dry");
        RunDetail run = run("platform-bootstrap.yaml", Map.of("root", root.toString(), "dry_run", true), RunStatus.SUCCESS);
        assertThat(root).doesNotExist();
        assertThat(executor.logs(run.summary().runId(), "setup", -1))
                .anySatisfy(l -> assertThat(l.text()).startsWith("would write"));
    }

    @Test
    void dataProcessingSummarizesEachFileAndCombinesThem() throws Exception {
        Path out = temp.resolve("report");
        RunDetail run = run("data-processing.yaml", Map.of("out_dir", out.toString()), RunStatus.SUCCESS);
        assertThat(run.steps()).filteredOn(s -> s.stepKey().startsWith("summarize[")).hasSize(3);
        assertThat(step(run, "combine").outputs()).containsEntry("grand_total", "1546.0");
        assertThat(out.resolve("report.json")).content().contains("\"total\": 1546.0");
    }

    @Test
    void deploymentToStagingSkipsTheCanaryAndGoesLive() throws Exception {
        RunDetail run = run("deployment.yaml", Map.of("deploy_root", temp.resolve("d").toString(),
                "smoke_url", url("/health")), RunStatus.SUCCESS);
        assertThat(step(run, "canary").status()).isEqualTo(StepStatus.SKIPPED);
        assertThat(step(run, "smoke-test").status()).isEqualTo(StepStatus.SUCCESS);
        assertThat(step(run, "announce").status()).isEqualTo(StepStatus.SUCCESS);
        assertThat(temp.resolve("d/staging/us-east/current.txt")).exists();
        assertThat(posted).isEmpty();
    }

    @Test
    void deploymentToProductionWithoutConfirmationFailsAndNotifies() throws Exception {
        RunDetail run = run("deployment.yaml", Map.of("environment", "production", "deploy_root", temp.resolve("p").toString(),
                "notify_url", url("/notify")), RunStatus.FAILURE);
        assertThat(step(run, "guard").status()).isEqualTo(StepStatus.FAILURE);
        assertThat(step(run, "deploy").status()).isEqualTo(StepStatus.SKIPPED);
        assertThat(step(run, "notify").status()).isEqualTo(StepStatus.SUCCESS);
        assertThat(posted).singleElement().asString().contains("deployment of 2.3.1 to production failed", "guard");
    }

    @Test
    void deploymentFailingInOneRegionStopsTheRolloutAndNotifies() throws Exception {
        RunDetail run = run("deployment.yaml", Map.of("deploy_root", temp.resolve("b").toString(), "break_region", "eu-west",
                "notify_url", url("/notify")), RunStatus.FAILURE);
        assertThat(step(run, "deploy[eu-west]").status()).isEqualTo(StepStatus.FAILURE);
        assertThat(step(run, "deploy[eu-west]").exitCode()).isEqualTo(3);
        assertThat(step(run, "announce").status()).isEqualTo(StepStatus.SKIPPED);
        assertThat(posted).singleElement().asString().contains("deploy");
    }

    @Test
    void retriesAndTimeoutsRecoverFromFlakinessAndKillTheHangingTree() throws Exception {
        RunDetail run = run("retries-and-timeouts.yaml", Map.of("state_dir", temp.resolve("state").toString()),
                RunStatus.SUCCESS);
        StepRun flaky = step(run, "flaky");
        assertThat(flaky.attempts()).hasSize(3);
        assertThat(flaky.outputs()).containsEntry("attempts", "3");
        StepRun hangs = step(run, "hangs");
        assertThat(hangs.status()).isEqualTo(StepStatus.FAILURE);
        assertThat(hangs.error()).contains("timed out after 2s");
    }

    private RunDetail run(String sample, Map<String, Object> inputs, RunStatus expected) throws Exception {
        Workflow workflow = WorkflowLoader.standard().load(SAMPLES.resolve(sample)).orThrow();
        var handle = executor.submit(RunRequest.of(workflow, inputs), e -> { });
        assertThat(handle.completion().get(120, TimeUnit.SECONDS)).isEqualTo(expected);
        return executor.run(handle.runId()).orElseThrow();
    }

    private static StepRun step(RunDetail run, String key) {
        return run.steps().stream().filter(s -> s.stepKey().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no step " + key + " in " + run.steps().stream().map(StepRun::stepKey).toList()));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }
}
