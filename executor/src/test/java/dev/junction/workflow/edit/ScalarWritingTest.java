package dev.junction.workflow.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** How values are written, and that every one of them reads back as itself wherever it is written. */
class ScalarWritingTest {

    private static final String DOC = """
            name: scalars
            steps:
              s:
                run: plain words   # end-of-line comment
                quoted: "double"
                single: 'single'
                block: |
                  first
                  second
                folded: >-
                  folded
                flowmap: { a: 1 }
                flowlist: [x, y]
              t:
                log: last
            """;

    static Stream<Object> awkwardValues() {
        List<Object> values = new ArrayList<>(List.of(
                "plain", "yes", "no", "on", "off", "true", "null", "~", "", " ", " leading", "trailing ", "1", "1.0", "0x1F",
                "017", "1_000", "12:30", "2024-01-01", ".inf", "{{ inputs.branch }}", "{{ a }} and {{ b }}",
                "a: b", "a:b", "key: value # not a comment", "# hash first", "hash # inside", "- dash", "-", "?", "? q",
                "[x]", "{x}", "x, y", "@at", "`tick", "!bang", "&amp", "*star", "%pct", "|", ">", "'", "\"",
                "it's", "say \"hi\"", "back\\slash", "C:\\temp\\x", "tab\there", "\ttab first", "line\nbreak",
                "two\nlines\n", "ends\n\n", "\nstarts with newline", "  indented\nblock", "trailing spaces  \nx",
                "last line blank\n  ", "crlf\r\ninside", "bare\rcr", "nul\u0000char", "bell\u0007", "del\u007F",
                "nel\u0085x", "ls\u2028x", "bom\uFEFFx", "héllo wörld", "emoji 😀 🚀", "日本語", "emoji\nmulti 😀\n",
                "<<", "=", "---", "...", "--- x", "a\u00A0nbsp", "x".repeat(300), "url: http://h:8080/p?q=1#f",
                "unicode \u00e9\u0301 combining", "\\n not a newline", "%YAML 1.2"));
        values.addAll(List.of(0, -1, 42L, Long.MAX_VALUE, new BigInteger("123456789012345678901234567890"), 1.5, -0.25,
                1e20, 1.0e-7, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 2.5f,
                new BigDecimal("3.14159"), new BigDecimal("100"), true, false));
        return values.stream();
    }

    @ParameterizedTest
    @MethodSource("awkwardValues")
    void everyValueReadsBackInEveryPlaceAndStyle(Object value) {
        WorkflowText doc = WorkflowText.parse(DOC);
        for (String key : List.of("run", "quoted", "single", "block", "folded", "new-key")) {
            WorkflowText after = EditChecks.checked(doc.setStepField("s", key, value));
            assertThat(Values.same(after.value(List.of("steps", "s", key)).orElseThrow(), value))
                    .as("%s = %s in\n%s", key, value, after.text()).isTrue();
            assertThat(after.value(List.of("steps", "t", "log"))).contains("last");
        }
        for (String key : List.of("flowmap", "flowlist")) {
            List<String> path = key.equals("flowmap") ? List.of("flowmap", "a") : List.of("flowmap", "b");
            WorkflowText after = EditChecks.checked(doc.setStepNestedField("s", path, value));
            assertThat(Values.same(after.value(concat(List.of("steps", "s"), path)).orElseThrow(), value)).isTrue();
        }
        if (!String.valueOf(value).isEmpty()) {
            WorkflowText asKey = EditChecks.checked(doc.setStepNestedField("s", List.of("env", String.valueOf(value)), "v"));
            assertThat(asKey.value(List.of("steps", "s", "env", String.valueOf(value)))).contains("v");
        }
        WorkflowText inList = EditChecks.checked(doc.setStepField("s", "list", List.of("a", value, Map.of("k", value == null ? "" : value))));
        assertThat(Values.same(inList.value(List.of("steps", "s", "list")).orElseThrow(),
                List.of("a", value, Map.of("k", value == null ? "" : value)))).isTrue();
    }

    @Test
    void stringsArePlainOnlyWhenYamlReadsThemBackAsTheSameString() {
        WorkflowText doc = WorkflowText.parse("steps:\n  s:\n    run: x\n");
        assertThat(written(doc, "mvn -B package")).isEqualTo("mvn -B package");
        assertThat(written(doc, "yes")).isEqualTo("\"yes\"");
        assertThat(written(doc, "1.0")).isEqualTo("\"1.0\"");
        assertThat(written(doc, "2024-01-01")).isEqualTo("\"2024-01-01\"");
        assertThat(written(doc, "{{ inputs.branch }}")).isEqualTo("\"{{ inputs.branch }}\"");
        assertThat(written(doc, "echo {{ item }}")).isEqualTo("echo {{ item }}");
        assertThat(written(doc, "a: b")).isEqualTo("\"a: b\"");
        assertThat(written(doc, "say \"hi\"")).isEqualTo("say \"hi\"");
        assertThat(written(doc, "\"hi\" first")).isEqualTo("'\"hi\" first'");
        assertThat(written(doc, "tab\there")).isEqualTo("\"tab\\there\"");
        assertThat(written(doc, "emoji 😀")).isEqualTo("emoji 😀");
    }

    @Test
    void numbersBooleansAndNullAreWrittenPlain() {
        WorkflowText doc = WorkflowText.parse("steps:\n  s:\n    run: x\n");
        assertThat(written(doc, 5)).isEqualTo("5");
        assertThat(written(doc, 1.5)).isEqualTo("1.5");
        assertThat(written(doc, true)).isEqualTo("true");
        assertThat(doc.setStepField("s", "run", null).after().text()).isEqualTo("steps:\n  s:\n    run:\n");
    }

    @Test
    void multiLineStringsBecomeLiteralBlocksIndentedUnderTheirKey() {
        WorkflowText doc = WorkflowText.parse("steps:\n  s:\n    run: x\n");

        assertThat(doc.setStepField("s", "run", "set -e\n\necho hi\n").after().text())
                .isEqualTo("steps:\n  s:\n    run: |\n      set -e\n\n      echo hi\n");
        assertThat(doc.setStepField("s", "run", "a\nb").after().text())
                .isEqualTo("steps:\n  s:\n    run: |-\n      a\n      b\n");
    }

    @Test
    void aReplacedScalarKeepsItsQuoteStyle() {
        WorkflowText doc = WorkflowText.parse(DOC);
        assertThat(lineWith(doc.setStepField("s", "quoted", "new"), "quoted:")).isEqualTo("    quoted: \"new\"");
        assertThat(lineWith(doc.setStepField("s", "single", "new")," single:")).isEqualTo("    single: 'new'");
        assertThat(lineWith(doc.setStepField("s", "single", "it's")," single:")).isEqualTo("    single: 'it''s'");
        assertThat(lineWith(doc.setStepField("s", "run", "new words"), "run:"))
                .isEqualTo("    run: new words   # end-of-line comment");
        assertThat(doc.setStepField("s", "block", "only\nlines\n").after().text())
                .contains("    block: |\n      only\n      lines\n    folded:");
        assertThat(doc.setStepField("s", "folded", "one line").after().text()).contains("    folded: >-\n      one line\n");
    }

    @Test
    void valuesOfUnsupportedTypesAreRejectedByName() {
        WorkflowText doc = WorkflowText.parse(DOC);
        assertThatThrownBy(() -> doc.setStepField("s", "run", new Object()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Object");
        assertThatThrownBy(() -> doc.setStepField("s", "env", Map.of(1, "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keys must be strings");
    }

    private static String written(WorkflowText doc, Object value) {
        String line = lineWith(doc.setStepField("s", "run", value), "run:");
        return line.substring(line.indexOf("run:") + 5);
    }

    private static String lineWith(WorkflowEdit edit, String marker) {
        EditChecks.checked(edit);
        return edit.after().text().lines().filter(l -> l.contains(marker)).findFirst().orElseThrow();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
