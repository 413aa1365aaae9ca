package dev.junction.workflow.edit;

import static dev.junction.workflow.edit.EditChecks.checked;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.workflow.edit.EditChecks.Variant;
import dev.junction.workflow.source.YamlNode;
import dev.junction.workflow.source.YamlValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-written files full of comments, blank lines, both collection styles, every scalar style, unicode and
 * emoji; each in LF, CRLF and without a final newline. An edit to one step must leave every line outside that
 * step byte-identical.
 */
class LosslessFixturesTest {

    static Stream<Arguments> fixtures() {
        List<Arguments> all = new ArrayList<>();
        for (String name : List.of("commented.yaml", "compact.yaml", "single-step.yaml", "block-scalars.yaml", "sketch.yaml")) {
            for (Variant variant : Variant.values()) {
                all.add(Arguments.of(name, variant));
            }
        }
        return all.stream();
    }

    private static String text(String name, Variant variant) {
        return variant.of(EditChecks.fixture(name));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("fixtures")
    void parsingAndWritingBackIsByteIdentical(String name, Variant variant) {
        String text = text(name, variant);
        WorkflowText doc = WorkflowText.parse(text);

        assertThat(doc.text()).isEqualTo(text);
        for (StepSection section : StepSection.values()) {
            for (String id : doc.stepIds(section)) {
                YamlNode.Mapping step = (YamlNode.Mapping) doc.node(List.of(section.key(), id)).orElseThrow();
                for (YamlNode.Entry field : step.entries()) {
                    Object same = YamlValues.toJava(field.value());
                    assertThat(doc.setStepField(id, field.key().value(), same).isEmpty())
                            .as("setting %s.%s to its own value", id, field.key().value()).isTrue();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("fixtures")
    void editingAStepChangesOnlyThatStepsLines(String name, Variant variant) {
        String text = text(name, variant);
        WorkflowText doc = WorkflowText.parse(text);
        for (StepSection section : StepSection.values()) {
            List<String> ids = doc.stepIds(section);
            for (String id : ids) {
                int[] lines = EditChecks.stepLines(text, id);
                for (Function<WorkflowText, WorkflowEdit> op : stepEdits(doc, ids, id)) {
                    WorkflowEdit edit = op.apply(doc);
                    WorkflowText after = checked(edit);
                    EditChecks.assertOnlyLinesChanged(text, after.text(), lines[0], lines[1]);
                    assertThat(after.stepIds(section)).isEqualTo(ids);
                }
            }
        }
    }

    private static List<Function<WorkflowText, WorkflowEdit>> stepEdits(WorkflowText doc, List<String> ids, String id) {
        List<Function<WorkflowText, WorkflowEdit>> ops = new ArrayList<>(List.of(
                d -> d.setStepField(id, "timeout", "9m"),
                d -> d.setStepField(id, "if", "{{ inputs.go }}"),
                d -> d.setStepNestedField(id, List.of("env", "EDITED"), "yes: really"),
                d -> d.setStepField(id, "outputs", Map.of("out", "{{ steps." + id + ".x }}")),
                d -> d.setStepField(id, "run", "echo edited\nsecond line 😀\n")));
        YamlNode.Mapping step = (YamlNode.Mapping) doc.node(List.of(doc.sectionOf(id).orElseThrow().key(), id)).orElseThrow();
        for (YamlNode.Entry field : step.entries()) {
            ops.add(d -> d.removeStepField(id, field.key().value()));
            ops.add(d -> d.setStepField(id, field.key().value(), "replaced"));
        }
        for (String other : ids) {
            if (!other.equals(id)) {
                ops.add(d -> d.addNeed(id, other));
            }
        }
        for (String need : doc.needs(id)) {
            ops.add(d -> d.removeNeed(id, need));
        }
        return ops;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("fixtures")
    void removingAStepKeepsEveryOtherLineExceptNeedsNamingIt(String name, Variant variant) {
        String text = text(name, variant);
        WorkflowText doc = WorkflowText.parse(text);
        List<String> lines = EditChecks.lines(text);
        for (StepSection section : StepSection.values()) {
            for (String id : doc.stepIds(section)) {
                int[] region = EditChecks.stepLines(text, id);
                if (doc.stepIds(section).size() == 1) { // 'on-failure:' goes with its only step, 'steps:' becomes {}
                    region[0] = EditChecks.lineOf(text, section.key() + ":");
                }
                WorkflowText after = checked(doc.removeStep(id));

                EditChecks.assertKeptLines(text, after.text(), i -> (i >= region[0] && i <= region[1])
                        || namesAsNeed(lines.get(i), id) || lines.get(i).isBlank()
                        || (i == region[0] - 1 && lines.get(i).strip().startsWith("#")), 3);
                assertThat(after.sectionOf(id)).isEmpty();
                assertThat(after.stepIds(section)).isEqualTo(doc.stepIds(section).stream().filter(s -> !s.equals(id)).toList());
                for (String other : after.stepIds(section)) {
                    List<String> expected = doc.needs(other).stream().filter(n -> !n.equals(id)).toList();
                    assertThat(after.needs(other)).isEqualTo(expected);
                    assertThat(after.value(List.of(section.key(), other, "run")))
                            .isEqualTo(doc.value(List.of(section.key(), other, "run")));
                }
            }
        }
    }

    private static boolean namesAsNeed(String line, String id) {
        String s = line.strip();
        return s.equals("- " + id) || s.startsWith("- " + id + " ") || s.equals("needs:") // a block list that may empty
                || (s.startsWith("needs:") && s.matches(".*\\b" + id + "\\b.*"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("fixtures")
    void renamingAStepChangesOnlyTheLinesThatNameIt(String name, Variant variant) {
        String text = text(name, variant);
        WorkflowText doc = WorkflowText.parse(text);
        for (StepSection section : StepSection.values()) {
            for (String id : doc.stepIds(section)) {
                String newId = id + "_renamed";
                WorkflowText after = checked(doc.renameStep(id, newId));
                List<String> before = EditChecks.lines(text);
                List<String> now = EditChecks.lines(after.text());

                assertThat(now).hasSameSizeAs(before);
                for (int i = 0; i < before.size(); i++) {
                    if (!before.get(i).contains(id)) {
                        assertThat(now.get(i)).isEqualTo(before.get(i));
                    } else {
                        assertThat(now.get(i).replace(newId, id)).as("line %d", i).isEqualTo(before.get(i));
                    }
                }
                assertThat(after.stepIds(section)).isEqualTo(doc.stepIds(section).stream().map(s -> s.equals(id) ? newId : s).toList());
                for (String other : after.stepIds(section)) {
                    String old = other.equals(newId) ? id : other;
                    assertThat(after.needs(other)).isEqualTo(doc.needs(old).stream().map(n -> n.equals(id) ? newId : n).toList());
                }
                assertThat(after.text()).doesNotContain("steps." + id + ".").doesNotContain("steps['" + id + "']");
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("fixtures")
    void addingStepsKeepsEveryLine(String name, Variant variant) {
        String text = text(name, variant);
        WorkflowText doc = WorkflowText.parse(text);
        String first = doc.stepIds(StepSection.STEPS).getFirst();

        WorkflowText added = checked(doc.addStep("added", Map.of("needs", List.of(first), "run", "echo added")));
        EditChecks.assertKeptLines(text, added.text(), i -> false, 5);
        assertThat(added.stepIds(StepSection.STEPS).getLast()).isEqualTo("added");

        WorkflowText onFailure = checked(doc.addStep(StepSection.ON_FAILURE, "page", Map.of("log", "paged")));
        EditChecks.assertKeptLines(text, onFailure.text(), i -> false, 5);
        assertThat(onFailure.stepIds(StepSection.ON_FAILURE).getLast()).isEqualTo("page");

        WorkflowText duplicated = checked(doc.duplicateStep(first, "copy"));
        EditChecks.assertKeptLines(text, duplicated.text(), i -> false, 40);
        assertThat(duplicated.value(List.of("steps", "copy"))).isEqualTo(doc.value(List.of("steps", first)));
    }
}
