package dev.junction.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.process.Executables;
import dev.junction.process.ProcessRunner;
import dev.junction.workflow.source.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard, not a timing assertion
class ScriptKindTest {

    @TempDir
    Path workflowDir;

    @TempDir
    Path workDir;

    private final ScriptKind kind = new ScriptKind();

    private ScriptKind.Config parse(String yaml) {
        var parsed = KindParsing.parse(kind, yaml, workflowDir);
        assertThat(parsed.errors()).isEmpty();
        return parsed.config();
    }

    @Test
    void inlinePythonRunsWithArgumentsAndItsTemporaryFileIsDeleted() throws Exception {
        ScriptKind.Config config = parse("""
                id: py
                script:
                  language: python
                  args: ["{{ inputs.who }}", two words]
                  code: |
                    import sys, os
                    print("hello", sys.argv[1:])
                    print(os.path.splitext(__file__)[1])
                    print(__file__, file=sys.stderr)
                """);
        RecordingStepContext context = new RecordingStepContext(workDir).withVariables(Map.of("inputs", Map.of("who", "Ada")));

        StepResult result = kind.execute(config, context);

        assertThat(result.success()).isTrue();
        assertThat(context.out).containsExactly("hello ['Ada', 'two words']", ".py");
        assertThat(Path.of(context.err.getFirst())).doesNotExist();
        assertThat(context.system).singleElement().asString().startsWith("$ python3 <inline python script> Ada two words");
    }

    @Test
    void aScriptFileIsFoundRelativeToTheWorkflowAndRunsInTheWorkingDirectory() throws Exception {
        Files.createDirectories(workflowDir.resolve("scripts"));
        Files.writeString(workflowDir.resolve("scripts/build.py"), """
                import os, sys
                print(os.getcwd())
                with open(os.environ["JUNCTION_OUTPUT"], "a") as out:
                    out.write("answer=" + sys.argv[1] + "\\n")
                    out.write("multi<<END\\nx\\ny\\nEND\\n")
                """);
        ScriptKind.Config config = parse("""
                id: py
                script: { language: python, file: scripts/build.py, args: [42] }
                """);
        RecordingStepContext context = new RecordingStepContext(workDir);

        StepResult result = kind.execute(config, context);

        assertThat(result.success()).isTrue();
        assertThat(context.out).containsExactly(workDir.toRealPath().toString());
        assertThat(result.outputs()).containsExactly(Map.entry("answer", "42"), Map.entry("multi", "x\ny"));
        assertThat(kind.summary(config)).isEqualTo("python scripts/build.py");
    }

    @Test
    void aFailingScriptReportsItsExitCode() throws Exception {
        StepResult result = kind.execute(parse("""
                id: sh
                script:
                  language: bash
                  code: |
                    echo before
                    exit 4
                """), new RecordingStepContext(workDir));

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.error()).isEqualTo("exited with code 4");
    }

    @Test
    void anInterpreterReplacesTheLanguagesProgram() throws Exception {
        RecordingStepContext context = new RecordingStepContext(workDir);

        StepResult result = kind.execute(parse("""
                id: py
                script: { language: python, interpreter: "python3 -X utf8", code: "import sys; print(sys.flags.utf8_mode)" }
                """), context);

        assertThat(result.success()).isTrue();
        assertThat(context.out).containsExactly("1");
    }

    @Test
    void aMissingInterpreterIsAClearFailure() throws Exception {
        ScriptKind kindWithoutPath = new ScriptKind(new Executables(false), new ProcessRunner());
        RecordingStepContext context = new RecordingStepContext(workDir).env("PATH", workDir.toString());

        StepResult result = kindWithoutPath.execute(parse("id: r\nscript: { language: ruby, code: 'puts 1' }\n"), context);

        assertThat(result.error()).isEqualTo("'ruby' (the interpreter for ruby) was not found on the PATH;"
                + " install it, or set 'interpreter' to the command to use");
    }

    @Test
    void codeAndFileTogetherOrNeitherAreReported() {
        assertThat(KindParsing.parse(kind, """
                id: s
                script:
                  language: python
                  code: print(1)
                  file: x.py
                """, workflowDir).located())
                .containsExactly("5:3 'script' of step 'test' has both 'code' and 'file'");
        assertThat(KindParsing.parse(kind, "id: s\nscript:\n  language: python\n", workflowDir).located())
                .containsExactly("3:3 'script' of step 'test' needs 'code' (the script itself) or 'file' (its path)");
    }

    @Test
    void aMissingLanguageAnUnknownKeyAndAWrongArgsTypeAreAllReported() {
        var parsed = KindParsing.parse(kind, """
                id: s
                script:
                  code: print(1)
                  argz: [1]
                  args: {a: 1}
                """, workflowDir);

        assertThat(parsed.config()).isNull();
        assertThat(parsed.located()).containsExactly(
                "3:3 'script' of step 'test' is missing 'language'",
                "4:3 unknown key 'argz' in 'script' of step 'test'",
                "5:9 'args' in 'script' of step 'test' must be a list, not a map");
        assertThat(parsed.problems().get(1).hint()).isEqualTo("did you mean 'args'?");
    }

    @Test
    void aScriptThatIsNotAMapIsReported() {
        assertThat(KindParsing.parse(kind, "id: s\nscript: print(1)\n", workflowDir).located())
                .containsExactly("2:9 'script' of step 'test' must be a map of keys, not a string");
    }

    @Test
    void aScriptFileThatDoesNotExistIsAWarning() {
        var parsed = KindParsing.parse(kind, "id: s\nscript: { language: python, file: nope.py }\n", workflowDir);

        assertThat(parsed.config()).isNotNull();
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.message()).contains("nope.py").contains("does not exist");
            assertThat(p.location().line()).isEqualTo(2);
        });
    }

    @Test
    void aLanguageMustBeOneWord() {
        assertThat(KindParsing.parse(kind, "id: s\nscript: { language: uv run, code: x }\n", workflowDir).errors())
                .extracting(Problem::message).containsExactly(
                        "'language' in 'script' of step 'test' must be one word such as python, node, bash, ruby; not 'uv run'");
    }

}
