package dev.junction.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.junction.expr.TemplateException;
import dev.junction.process.Descendants;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard, not a timing assertion
class RunKindTest {

    @TempDir
    Path dir;

    private final RunKind kind = new RunKind();

    private StepResult run(String script, RecordingStepContext context) throws Exception {
        return kind.execute(new RunKind.Config(script, null), context);
    }

    @Test
    void aSimpleCommandRunsAndItsOutputIsLoggedAndCaptured() throws Exception {
        RecordingStepContext context = new RecordingStepContext(dir);

        StepResult result = run("echo hello   world", context);

        assertThat(result.success()).isTrue();
        assertThat(result.exitCode()).isZero();
        assertThat(context.system).containsExactly("$ echo hello   world");
        assertThat(context.out).containsExactly("hello world");
        assertThat(result.outputContext()).containsEntry("stdout", "hello world").containsEntry("stderr", "")
                .containsEntry("exit_code", 0);
    }

    @Test
    void shellSyntaxIsInterpretedByTheShell() throws Exception {
        RecordingStepContext context = new RecordingStepContext(dir).env("GREETING", "hi there");

        StepResult result = run("echo \"$GREETING\" from $(basename \"$PWD\")", context);

        assertThat(context.out).containsExactly("hi there from " + dir.getFileName());
        assertThat(result.success()).isTrue();
    }

    @Test
    void theScriptIsRenderedAsATemplateFirst() throws Exception {
        RecordingStepContext context = new RecordingStepContext(dir)
                .withVariables(Map.of("inputs", Map.of("name", "Ada")));

        run("echo hello {{ inputs.name }}", context);

        assertThat(context.system).containsExactly("$ echo hello Ada");
        assertThat(context.out).containsExactly("hello Ada");
    }

    @Test
    void aMultiLineScriptStopsAtTheFirstFailingLine() throws Exception {
        RecordingStepContext context = new RecordingStepContext(dir);

        StepResult result = run("echo one\nfalse\necho two\n", context);

        assertThat(result.success()).isFalse();
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.error()).isEqualTo("exited with code 1");
        assertThat(context.out).containsExactly("one");
        assertThat(context.system).containsExactly("$ echo one  (+2 lines)");
    }

    @Test
    void aFailureInsideAPipelineFailsTheStepInBashButNotInSh() throws Exception {
        StepResult bash = run("false | cat\necho after", new RecordingStepContext(dir));
        RecordingStepContext shContext = new RecordingStepContext(dir);
        StepResult sh = kind.execute(new RunKind.Config("false | cat\necho after", "sh"), shContext);

        assertThat(bash.exitCode()).isEqualTo(1);
        assertThat(sh.exitCode()).isZero();
        assertThat(shContext.out).containsExactly("after");
    }

    @Test
    void theExitCodeIsPropagated() throws Exception {
        StepResult result = run("echo failing >&2; exit 3", new RecordingStepContext(dir));

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.error()).isEqualTo("exited with code 3");
        assertThat(result.outputContext()).containsEntry("stderr", "failing").containsEntry("exit_code", 3);
    }

    @Test
    void anUnknownProgramGetsTheShellsCommandNotFound() throws Exception {
        RecordingStepContext context = new RecordingStepContext(dir);

        StepResult result = run("no-such-program-4711 --version", context);

        assertThat(result.exitCode()).isEqualTo(127);
        assertThat(String.join("\n", context.err)).contains("no-such-program-4711").contains("not found");
    }

    @Test
    void outputsComeFromTheOutputFile() throws Exception {
        RecordingStepContext context = new RecordingStepContext(dir);

        StepResult result = run("""
                echo "version=1.2.3" >> "$JUNCTION_OUTPUT"
                { echo 'notes<<EOF'; echo 'line one'; echo 'line two'; echo EOF; } >> "$JUNCTION_OUTPUT"
                """, context);

        assertThat(result.success()).isTrue();
        assertThat(result.outputs()).containsExactly(Map.entry("version", "1.2.3"),
                Map.entry("notes", "line one\nline two"));
    }

    @Test
    void aMalformedOutputFileFailsTheStepWithTheLineNumber() throws Exception {
        StepResult result = run("echo 'ok=1' >> $JUNCTION_OUTPUT; echo 'oops' >> $JUNCTION_OUTPUT",
                new RecordingStepContext(dir));

        assertThat(result.success()).isFalse();
        assertThat(result.exitCode()).isZero();
        assertThat(result.error()).contains("$JUNCTION_OUTPUT line 2").contains("'oops'");
    }

    @Test
    void outputsOfAnEarlierAttemptAreNotSeenByTheNext() throws Exception {
        RecordingStepContext context = new RecordingStepContext(dir);
        Files.createDirectories(context.outputFile().getParent());
        Files.writeString(context.outputFile(), "stale=1\n");

        StepResult result = run("true", context);

        assertThat(result.outputs()).isEmpty();
    }

    @Test
    void outputTemplatesCanReadFilesOfTheWorkingDirectory() throws Exception {
        StepResult result = run("mkdir -p target && echo 4.5.6 > target/version.txt", new RecordingStepContext(dir));

        assertThat(RecordingStepContext.renderOutput("{{ files['target/version.txt'] | trim }}", result)).isEqualTo("4.5.6");
        assertThat(RecordingStepContext.renderOutput("{{ files['target/version.txt'] }}", result)).isEqualTo("4.5.6\n");
        assertThatThrownBy(() -> RecordingStepContext.renderOutput("{{ files['target/missing.txt'] }}", result))
                .isInstanceOf(TemplateException.class).hasMessageContaining("target/missing.txt");
    }

    @Test
    void capturedStdoutHasNoTrailingNewline() throws Exception {
        StepResult result = run("printf 'a\\nb\\n'", new RecordingStepContext(dir));

        assertThat(result.outputContext().get("stdout")).isEqualTo("a\nb");
        assertThat(RecordingStepContext.renderOutput("[{{ stdout }}]", result)).isEqualTo("[a\nb]");
    }

    @Test
    void cancellingTheStepStopsItsProcessTree() throws Exception {
        RecordingStepContext context = new RecordingStepContext(dir);
        CompletableFuture<StepResult> result = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                result.complete(run("sleep 2001 & sleep 2002; wait", context));
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> Descendants.matching("sleep 200").size() >= 2);
        List<ProcessHandle> sleeps = Descendants.matching("sleep 200");

        context.cancellation().cancel("timed out after 1s");

        StepResult stepResult = result.get(30, TimeUnit.SECONDS);
        assertThat(stepResult.success()).isFalse();
        assertThat(stepResult.error()).isEqualTo("cancelled: timed out after 1s");
        assertThat(sleeps).noneMatch(Descendants::running);
    }

    @Test
    void aStepCancelledBeforeItStartsRunsNothing() throws Exception {
        RecordingStepContext context = new RecordingStepContext(dir);
        context.cancellation().cancel("run cancelled");

        StepResult result = run("touch started", context);

        assertThat(result.error()).isEqualTo("cancelled: run cancelled");
        assertThat(dir.resolve("started")).doesNotExist();
    }

    @Test
    void aMissingWorkingDirectoryIsAClearFailure() throws Exception {
        StepResult result = run("true", new RecordingStepContext(dir.resolve("missing")));

        assertThat(result.error()).isEqualTo("the working directory " + dir.resolve("missing") + " does not exist");
    }

    @Test
    void runAndShellAreParsed() {
        var parsed = KindParsing.parse(kind, """
                id: build
                shell: sh
                run: |
                  make
                  make test
                """, dir);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.config()).isEqualTo(new RunKind.Config("make\nmake test\n", "sh"));
        assertThat(kind.summary(parsed.config())).isEqualTo("make (+1 line)");
    }

    @Test
    void anUnknownShellIsReportedWhereItIsWrittenWithTheChoices() {
        var parsed = KindParsing.parse(kind, """
                id: build
                run: make
                shell: zsh
                """, dir);

        assertThat(parsed.config()).isNull();
        assertThat(parsed.located()).containsExactly("3:8 unknown shell 'zsh' in step 'test'");
        assertThat(parsed.problems().getFirst().hint()).contains("did you mean 'sh'?").contains("bash, sh, pwsh, cmd");
    }

    @Test
    void anEmptyOrStructuredRunIsReported() {
        assertThat(KindParsing.parse(kind, "id: a\nrun: \"  \"\n", dir).located())
                .containsExactly("2:6 'run' in step 'test' needs the script to run, not an empty text");
        assertThat(KindParsing.parse(kind, "id: a\nrun:\n  cmd: make\n", dir).located())
                .containsExactly("3:3 'run' in step 'test' needs the script to run, not a map");
        assertThat(KindParsing.parse(kind, "id: a\nrun:\n", dir).located())
                .containsExactly("2:5 'run' in step 'test' needs the script to run, not null");
    }

    @Test
    void aCustomShellTemplateIsAccepted() throws Exception {
        var parsed = KindParsing.parse(kind, "id: a\nrun: print('from python')\nshell: python3 {0}\n", dir);
        RecordingStepContext context = new RecordingStepContext(dir);

        StepResult result = kind.execute(parsed.config(), context);

        assertThat(result.success()).isTrue();
        assertThat(context.out).containsExactly("from python");
    }
}
