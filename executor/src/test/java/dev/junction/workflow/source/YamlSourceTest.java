package dev.junction.workflow.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class YamlSourceTest {

    @Test
    void anAliasInsideItsOwnAnchorIsAProblemNotAStackOverflow() {
        Problems problems = new Problems();
        Optional<YamlNode> root = YamlSource.parse(null, "a: &x [1, *x]\nb: &y {k: *y}\n", problems);

        assertThat(root).isPresent();
        assertThat(problems.sorted()).extracting(Problem::message)
                .containsExactly("an alias refers to the list or map that contains it",
                        "an alias refers to the list or map that contains it");
    }

    @Test
    void aliasesOfSiblingsAreStillRead() {
        Problems problems = new Problems();
        YamlNode root = YamlSource.parse(null, "a: &x [1, 2]\nb: [*x, *x]\n", problems).orElseThrow();

        assertThat(problems.sorted()).isEmpty();
        assertThat(YamlValues.toJava(root).toString()).isEqualTo("{a=[1, 2], b=[[1, 2], [1, 2]]}");
    }

    @Test
    void aTabUsedForIndentationGetsTheTabHint() {
        Problems problems = new Problems();
        YamlSource.parse(null, "steps:\n\tbuild: x\n", problems);

        assertThat(problems.sorted()).singleElement().satisfies(p -> {
            assertThat(p.location().line()).isEqualTo(2);
            assertThat(p.hint()).isEqualTo("YAML indents with spaces only; replace the tab");
        });
    }

    @Test
    void offsetsCountCharsEvenAfterEmoji() {
        String text = "a: \"😀\"\nb: x\n";
        YamlNode.Mapping root = (YamlNode.Mapping) YamlSource.parse(null, text, new Problems()).orElseThrow();
        YamlNode b = root.get("b").orElseThrow();

        assertThat(text.substring(b.location().offset(), b.endOffset())).isEqualTo("x");
    }
}
