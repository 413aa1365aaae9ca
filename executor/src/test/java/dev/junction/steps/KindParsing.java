package dev.junction.steps;

import dev.junction.workflow.source.MappingReader;
import dev.junction.workflow.source.Problem;
import dev.junction.workflow.source.Problems;
import dev.junction.workflow.source.YamlNode;
import dev.junction.workflow.source.YamlSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads one step mapping of YAML text with a kind, the way a loader does, and collects the problems. */
final class KindParsing {

    record Parsed<C>(C config, List<Problem> problems) {
        List<Problem> errors() {
            return problems.stream().filter(Problem::isError).toList();
        }

        /** Each problem as {@code line:column message}. */
        List<String> located() {
            return problems.stream().map(p -> p.location().line() + ":" + p.location().column() + " " + p.message()).toList();
        }
    }

    private KindParsing() {}

    static <C> Parsed<C> parse(StepKind<C> kind, String yaml, Path baseDirectory) {
        Problems problems = new Problems();
        YamlNode root = YamlSource.parse(Path.of("workflow.yaml"), yaml, problems)
                .orElseThrow(() -> new AssertionError("test YAML does not parse: " + problems.sorted()));
        Set<String> allowed = MappingReader.keys("id", "name", "env", kind.key());
        allowed.addAll(kind.siblingKeys());
        MappingReader step = MappingReader.of(root, "step 'test'", allowed, problems).orElseThrow();
        C config = kind.parse(step.node(kind.key()).orElseThrow(), step,
                new ParseContext(baseDirectory, (reference, base, node, p) -> Optional.empty()));
        step.finish();
        return new Parsed<>(config, problems.sorted());
    }
}
