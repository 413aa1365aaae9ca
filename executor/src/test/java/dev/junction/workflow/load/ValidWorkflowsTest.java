package dev.junction.workflow.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.engine.LocalExecutor;
import dev.junction.engine.Secrets;
import dev.junction.run.RunDetail;
import dev.junction.run.RunRequest;
import dev.junction.run.StepRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in workflows/valid loads without problems and runs through the real engine; its comments say what
 * must come out: {@code # expect-run: status}, {@code # expect-step: key = status},
 * {@code # expect-output: key.name = value} ({@code \n} for newlines), {@code # expect-attempts: key = n},
 * {@code # expect-absent: key}.
 */
class ValidWorkflowsTest {

    private static final Path DIR = Path.of("src/test/resources/workflows/valid");
    private static final Pattern EXPECT = Pattern.compile("# expect-([a-z-]+): (.+)$");

    @TempDir
    Path data;

    static Stream<Path> files() throws IOException {
        return Files.list(DIR).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void runsAsItsExpectationsSay(Path file) throws Exception {
        LoadResult loaded = WorkflowLoader.standard().load(file);
        assertThat(loaded.problems()).isEmpty();
        RunDetail run;
        try (LocalExecutor executor = LocalExecutor.open(data, Secrets.none())) {
            var handle = executor.submit(RunRequest.of(loaded.orThrow(), Map.of()), e -> { });
            handle.completion().get(60, TimeUnit.SECONDS);
            run = executor.run(handle.runId()).orElseThrow();
        }
        List<String> expectations = Files.readAllLines(file).stream().filter(l -> l.startsWith("# expect-")).toList();
        assertThat(expectations).isNotEmpty();
        for (String line : expectations) {
            Matcher m = EXPECT.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            String what = m.group(2);
            switch (m.group(1)) {
                case "run" -> assertThat(run.summary().status().label()).as(line).isEqualTo(what.trim());
                case "step" -> {
                    String[] kv = what.split(" = ");
                    assertThat(step(run, kv[0]).map(s -> s.status().label())).as(line).contains(kv[1].trim());
                }
                case "attempts" -> {
                    String[] kv = what.split(" = ");
                    assertThat(step(run, kv[0]).map(s -> s.attempts().size())).as(line).contains(Integer.parseInt(kv[1].trim()));
                }
                case "output" -> {
                    String[] kv = what.split(" = ", 2);
                    int dot = kv[0].lastIndexOf('.');
                    Object value = step(run, kv[0].substring(0, dot)).map(s -> s.outputs().get(kv[0].substring(dot + 1))).orElse(null);
                    assertThat(String.valueOf(value)).as(line).isEqualTo(kv[1].replace("\\n", "\n"));
                }
                case "absent" -> assertThat(step(run, what.trim())).as(line).isEmpty();
                default -> throw new AssertionError("unknown expectation " + line);
            }
        }
    }

    private static Optional<StepRun> step(RunDetail run, String key) {
        return run.steps().stream().filter(s -> s.stepKey().equals(key.trim())).findFirst();
    }
}
