package dev.junction.workflow.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.workflow.source.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in workflows/invalid declares the errors it must produce in {@code # expect: line:col message |
 * hint} comments; loading must report exactly those errors (all of them, at those places), nothing else.
 */
class InvalidWorkflowsTest {

    private static final Pattern EXPECT = Pattern.compile("# expect: (\\d+):(\\d+) ([^|]+?)\\s*(?:\\|\\s*(.+))?$");
    private static final Path DIR = Path.of("src/test/resources/workflows/invalid");

    static Stream<Path> files() throws IOException {
        return Files.list(DIR).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    record Expectation(int line, int column, String message, String hint) {}

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void reportsEveryExpectedProblemAtItsPlace(Path file) throws IOException {
        List<Expectation> expected = Files.readAllLines(file).stream()
                .map(EXPECT::matcher).filter(Matcher::matches)
                .map(m -> new Expectation(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3).trim(),
                        m.group(4) == null ? "" : m.group(4).trim()))
                .toList();
        assertThat(expected).as("fixture declares its errors").isNotEmpty();

        LoadResult result = WorkflowLoader.standard().load(file);

        List<Problem> errors = result.problems().stream().filter(Problem::isError).toList();
        assertThat(result.workflow()).isEmpty();
        for (Expectation e : expected) {
            assertThat(errors)
                    .as("expected %s at %d:%d in %s; got %s", e.message(), e.line(), e.column(), file, errors)
                    .anySatisfy(p -> {
                        assertThat(p.location().file()).isEqualTo(file);
                        assertThat(p.location().line()).isEqualTo(e.line());
                        assertThat(p.location().column()).isEqualTo(e.column());
                        assertThat(p.message()).contains(e.message());
                        assertThat(p.hint()).contains(e.hint());
                    });
        }
        assertThat(errors).as("no unexpected errors").hasSize(expected.size());
    }
}
