package dev.junction.workflow.edit;

import static dev.junction.workflow.edit.EditChecks.checked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NeedsEditsTest {

    private static final String STEPS = "steps:\n  a:\n    run: a\n  b:\n    run: b\n  c:\n    run: c\n  x:\n";

    private static String addNeed(String step, String target) {
        return checked(WorkflowText.parse(STEPS + step).addNeed("x", target)).text().substring(STEPS.length());
    }

    private static String removeNeed(String step, String target) {
        return checked(WorkflowText.parse(STEPS + step).removeNeed("x", target)).text().substring(STEPS.length());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no needs yet, before the kind key  | '    run: x\\n'                            | '    needs: [c]\\n    run: x\\n'
            after name, before if              | '    name: X\\n    if: y\\n    run: x\\n'  | '    name: X\\n    needs: [c]\\n    if: y\\n    run: x\\n'
            flow list                          | '    needs: [a, b]\\n    run: x\\n'         | '    needs: [a, b, c]\\n    run: x\\n'
            flow list with inner blanks        | '    needs: [ a ]   # deps\\n'              | '    needs: [ a, c ]   # deps\\n'
            empty flow list                    | '    needs: []\\n'                          | '    needs: [c]\\n'
            flow list with trailing comma      | '    needs: [a, b,]\\n'                     | '    needs: [a, b, c,]\\n'
            flow list over two lines           | '    needs: [a,\\n      b]\\n'              | '    needs: [a,\\n      b, c]\\n'
            block list                         | '    needs:\\n      - a\\n      - b   # why\\n    run: x\\n' | '    needs:\\n      - a\\n      - b   # why\\n      - c\\n    run: x\\n'
            block list at the key column       | '    needs:\\n    - a\\n    run: x\\n'      | '    needs:\\n    - a\\n    - c\\n    run: x\\n'
            bare scalar becomes a list         | '    needs: a   # only a\\n    run: x\\n'   | '    needs: [a, c]   # only a\\n    run: x\\n'
            empty value                        | '    needs:\\n    run: x\\n'                | '    needs: [c]\\n    run: x\\n'
            block list at end of file          | '    needs:\\n      - a'                   | '    needs:\\n      - a\\n      - c'
            """)
    void addNeed(String layout, String before, String after) {
        assertThat(addNeed(before.translateEscapes(), "c")).as(layout).isEqualTo(after.translateEscapes());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            flow, first                  | a | '    needs: [a, b, c]\\n'                   | '    needs: [b, c]\\n'
            flow, middle                 | b | '    needs: [a, b, c]\\n'                   | '    needs: [a, c]\\n'
            flow, last                   | c | '    needs: [a, b, c]   # deps\\n'          | '    needs: [a, b]   # deps\\n'
            flow, only: key goes         | a | '    needs: [a]\\n    run: x\\n'             | '    run: x\\n'
            flow, twice                  | a | '    needs: [a, b, a]\\n'                   | '    needs: [b]\\n'
            block, first                 | a | '    needs:\\n      - a\\n      - b\\n    run: x\\n' | '    needs:\\n      - b\\n    run: x\\n'
            block, last with comment     | b | '    needs:\\n      - a\\n      - b   # why\\n    run: x\\n' | '    needs:\\n      - a\\n    run: x\\n'
            block, only: key goes        | a | '    run: x\\n    needs:\\n      - a\\n'     | '    run: x\\n'
            scalar: key goes             | a | '    needs: a\\n    run: x\\n'               | '    run: x\\n'
            last line of the file        | b | '    run: x\\n    needs: [a, b]'            | '    run: x\\n    needs: [a]'
            only need at end of file     | a | '    run: x\\n    needs: [a]'               | '    run: x'
            """)
    void removeNeed(String layout, String target, String before, String after) {
        assertThat(removeNeed(before.translateEscapes(), target)).as(layout).isEqualTo(after.translateEscapes());
    }

    @Test
    void addingANeedThatIsThereAndRemovingOneThatIsNotChangeNothing() {
        WorkflowText doc = WorkflowText.parse(STEPS + "    needs: [a]\n    run: x\n");
        assertThat(doc.addNeed("x", "a").isEmpty()).isTrue();
        assertThat(doc.removeNeed("x", "b").isEmpty()).isTrue();
        assertThat(WorkflowText.parse(STEPS + "    run: x\n").removeNeed("x", "a").isEmpty()).isTrue();
    }

    @Test
    void needsAreReadInEveryStyle() {
        assertThat(WorkflowText.parse(STEPS + "    needs: a\n").needs("x")).containsExactly("a");
        assertThat(WorkflowText.parse(STEPS + "    needs: [a, b]\n").needs("x")).containsExactly("a", "b");
        assertThat(WorkflowText.parse(STEPS + "    needs:\n      - b\n      - c\n").needs("x")).containsExactly("b", "c");
        assertThat(WorkflowText.parse(STEPS + "    run: x\n").needs("x")).isEmpty();
    }

    @Test
    void aNeedMustNameAnotherStepOfTheSameSection() {
        WorkflowText doc = WorkflowText.parse(STEPS + "    run: x\non-failure:\n  n:\n    log: bad\n");
        assertThatThrownBy(() -> doc.addNeed("x", "nope")).isInstanceOf(WorkflowEditException.class).hasMessage("no step 'nope'");
        assertThatThrownBy(() -> doc.addNeed("nope", "a")).isInstanceOf(WorkflowEditException.class).hasMessage("no step 'nope'");
        assertThatThrownBy(() -> doc.addNeed("x", "x")).isInstanceOf(WorkflowEditException.class).hasMessageContaining("itself");
        assertThatThrownBy(() -> doc.addNeed("n", "a")).isInstanceOf(WorkflowEditException.class)
                .hasMessageContaining("needs stay within one section");
    }

    @Test
    void needsWrittenAsAMapAreReportedNotRewritten() {
        WorkflowText doc = WorkflowText.parse(STEPS + "    needs: {a: yes}\n");
        assertThatThrownBy(() -> doc.addNeed("x", "b")).isInstanceOf(WorkflowEditException.class)
                .hasMessageContaining("needs of step 'x'").hasMessageContaining("is a map");
    }

    @Test
    void onFailureStepsHaveNeedsToo() {
        String text = "steps:\n  a:\n    run: a\non-failure:\n  n:\n    log: bad\n  m:\n    log: worse\n";
        WorkflowText after = checked(WorkflowText.parse(text).addNeed("m", "n"));
        assertThat(after.text()).isEqualTo("steps:\n  a:\n    run: a\non-failure:\n  n:\n    log: bad\n  m:\n    needs: [n]\n    log: worse\n");
        assertThat(checked(after.removeNeed("m", "n")).text()).isEqualTo(text);
    }
}
