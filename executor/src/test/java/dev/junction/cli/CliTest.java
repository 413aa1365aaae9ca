package dev.junction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI in-process: exit codes and what users read, for good and bad input. */
class CliTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {}

    private Result cli(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = JunctionCli.execute(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void validateReportsEveryProblemWithPlaceAndHintAndExits2() throws Exception {
        Path file = write("bad.yaml", """
                name: bad
                steps:
                  a:
                    run: echo hi
                    needs: [c]
                  b:
                    rnu: echo
                """);
        Result r = cli("validate", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(file + ":5:13: error: step 'a' needs 'c', which does not exist")
                .contains(file + ":7:5: error: unknown key 'rnu' in step 'b'")
                .contains("hint: did you mean 'run'?")
                .contains("2 errors");
    }

    @Test
    void validateOfAFolderFindsWorkflowsAndExits0WhenAllAreValid() throws Exception {
        write("one.yaml", "steps:\n  a: { log: hi }\n");
        write("not-a-workflow.yaml", "just: data\n");
        Result r = cli("validate", dir.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("one.yaml").doesNotContain("not-a-workflow");
    }

    @Test
    void runSucceedsWithInputsAndShowsStepsAndSummary() throws Exception {
        Path file = write("greet.yaml", """
                inputs:
                  who: { type: string }
                  times: { type: integer, default: 1 }
                steps:
                  hello:
                    run: echo "hello {{ inputs.who }} x{{ inputs.times }}"
                """);
        Result r = cli("run", file.toString(), "--input", "who=Ada", "-i", "times=3", "--data-dir", dir.resolve("data").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("hello │ hello Ada x3").contains("✓ hello").contains("✓ run succeeded");
    }

    @Test
    void badInputsAreNamedAndExit2BeforeAnythingRuns() throws Exception {
        Path marker = dir.resolve("ran");
        Path file = write("typed.yaml", """
                inputs:
                  count: { type: integer, maximum: 5 }
                  mode: { type: string, enum: [fast, slow] }
                steps:
                  touch: { run: "touch %s" }
                """.formatted(marker));
        Result r = cli("run", file.toString(), "-i", "count=9", "-i", "mode=medium", "-i", "colour=red",
                "--data-dir", dir.resolve("data").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("input 'count'").contains("input 'mode'").contains("input 'colour': unknown input");
        assertThat(marker).doesNotExist();
    }

    @Test
    void aFailingRunExits1AndHistoryAndStatusShowIt() throws Exception {
        Path data = dir.resolve("data");
        Path file = write("fails.yaml", """
                name: fails
                steps:
                  boom: { run: "echo going down >&2; exit 4" }
                  after: { needs: [boom], log: never }
                """);
        Result run = cli("run", file.toString(), "--data-dir", data.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("✗ boom").contains("exited with code 4").contains("○ after");

        Result history = cli("history", "--data-dir", data.toString());
        assertThat(history.code()).isZero();
        assertThat(history.out()).contains("fails").contains("failure");
        String runId = history.out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];

        Result status = cli("status", runId.substring(0, 17), "--data-dir", data.toString());
        assertThat(status.code()).isZero();
        assertThat(status.out()).contains("boom").contains("exit 4").contains("after").contains("skipped");

        Result logs = cli("logs", runId, "--step", "boom", "--data-dir", data.toString());
        assertThat(logs.out()).contains("going down").doesNotContain("never");
    }

    @Test
    void unknownRunIdExits1() {
        Result r = cli("status", "nope", "--data-dir", dir.resolve("data").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no run matches 'nope'");
    }

    @Test
    void dryRunPrintsThePlanAndExecutesNothing() throws Exception {
        Path marker = dir.resolve("touched");
        Path file = write("plan.yaml", "steps:\n  t: { run: \"touch " + marker + "\" }\n  u: { needs: [t], log: x }\n");
        Result r = cli("run", "--dry-run", file.toString(), "--data-dir", dir.resolve("data").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("dry run").contains("plan: run: touch").contains("(after t)");
        assertThat(marker).doesNotExist();
    }

    @Test
    void secretsAreMaskedInOutputAndHistory() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("secrets.yaml"), "API_TOKEN: s3cr3t-value\n");
        Path file = write("secret.yaml", "steps:\n  leak: { run: \"echo token={{ secrets.API_TOKEN }}\" }\n");
        Result r = cli("run", file.toString(), "--data-dir", data.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("token=***").doesNotContain("s3cr3t-value");
        String runId = cli("history", "--data-dir", data.toString()).out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];
        assertThat(cli("logs", runId, "--data-dir", data.toString()).out()).contains("token=***").doesNotContain("s3cr3t");
    }

    @Test
    void usageErrorsExit2() {
        assertThat(cli("run").code()).isEqualTo(2);
        assertThat(cli("frobnicate").code()).isEqualTo(2);
    }

    @Test
    void versionPrintsTheReleaseVersion() {
        Result r = cli("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("junction ").doesNotContain("null").doesNotContain("SNAPSHOT");
    }
}
