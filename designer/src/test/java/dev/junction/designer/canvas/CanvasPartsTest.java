package dev.junction.designer.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.workflow.edit.WorkflowText;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

/** Small parts of the canvas: ids, clipboard text, zoom and pan arithmetic. */
class CanvasPartsTest {

    @Test
    void newIdsAreFree() {
        assertThat(StepIds.next(Set.of("a", "b"))).isEqualTo("step-3");
        assertThat(StepIds.next(Set.of("a", "step-1", "step-2"))).isEqualTo("step-4");
        assertThat(StepIds.free("build", Set.of())).isEqualTo("build");
        assertThat(StepIds.free("build", Set.of("build", "build-2"))).isEqualTo("build-3");
        assertThat(StepIds.free("build-2", Set.of("build", "build-2"))).isEqualTo("build-3");
        assertThat(StepIds.free("-", Set.of("-"))).isEqualTo("--2");
    }

    @Test
    void copiedStepsKeepTheirCommentsAndLoseTheirIndentation() {
        WorkflowText text = WorkflowText.parse("""
                steps:
                    a:
                        # the build
                        run: |
                            make
                            make test
                    b: {log: hi}
                """);
        assertThat(StepCopies.copyText(text, List.of("b", "a"))).isEqualTo("""
                a:
                    # the build
                    run: |
                        make
                        make test
                b: {log: hi}
                """);
    }

    @Test
    void pastedWorkflowContributesItsSteps() {
        List<StepCopies.Pasted> pasted = StepCopies.parse("name: other\nsteps:\n  x:\n    needs: [y, gone]\n    run: a\n  y:\n    run: b\n",
                Set.of("x"));
        assertThat(pasted).extracting(StepCopies.Pasted::id).containsExactly("x-2", "y");
        assertThat(pasted.getFirst().fields()).containsEntry("needs", List.of("y"));
    }

    @Test
    void templateReferencesBetweenPastedStepsFollowTheirNewIdsAndOthersStay() {
        String clipboard = """
                a:
                  run: make
                a-2:
                  needs: [a]
                  run: echo {{ steps.a.outputs.v }} {{ steps['a-2'].status }} {{ steps.outside.outputs.x }}
                  env: { V: "{{ steps.a.exit_code }}", LIST: ["{{ steps.a-2.status }}"] }
                """;
        List<StepCopies.Pasted> pasted = StepCopies.parse(clipboard, Set.of("a", "outside"));

        // a becomes a-2 (free), and the pasted a-2 then needs an id of its own: a reference is renamed once
        assertThat(pasted).extracting(StepCopies.Pasted::id).containsExactly("a-2", "a-3");
        Map<String, Object> second = pasted.get(1).fields();
        assertThat(second).containsEntry("needs", List.of("a-2"))
                .containsEntry("run", "echo {{ steps.a-2.outputs.v }} {{ steps['a-3'].status }} {{ steps.outside.outputs.x }}");
        assertThat(second.get("env")).isEqualTo(Map.of("V", "{{ steps.a-2.exit_code }}", "LIST", List.of("{{ steps.a-3.status }}")));
    }

    @Test
    void zoomKeepsThePointUnderThePointerAndStaysInBounds() {
        CanvasViewport v = new CanvasViewport();
        v.panBy(100, 50);
        Point2D before = v.toDiagram(400, 300);
        v.zoomAt(1.7, 400, 300);
        Point2D after = v.toDiagram(400, 300);
        assertThat(after.getX()).isCloseTo(before.getX(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(after.getY()).isCloseTo(before.getY(), org.assertj.core.data.Offset.offset(1e-9));
        v.zoomAt(1000, 0, 0);
        assertThat(v.scale()).isEqualTo(CanvasViewport.MAX_SCALE);
        v.zoomAt(0.00001, 0, 0);
        assertThat(v.scale()).isEqualTo(CanvasViewport.MIN_SCALE);
    }

    @Test
    void fitShowsTheWholeRectangleCentredAndNeverMagnifies() {
        CanvasViewport v = new CanvasViewport();
        v.fit(0, 0, 2000, 1000, 1000, 600);
        Point2D topLeft = v.toScreen(0, 0);
        Point2D bottomRight = v.toScreen(2000, 1000);
        assertThat(topLeft.getX()).isGreaterThanOrEqualTo(0);
        assertThat(bottomRight.getX()).isLessThanOrEqualTo(1000);
        assertThat(topLeft.getX() + bottomRight.getX()).isCloseTo(1000, org.assertj.core.data.Offset.offset(1e-6));
        v.fit(0, 0, 100, 50, 1000, 600);
        assertThat(v.scale()).isEqualTo(1);
    }
}
