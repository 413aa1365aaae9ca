package dev.junction.designer.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.designer.document.EditorSelection;
import dev.junction.designer.document.WorkflowDocument;
import dev.junction.designer.layout.Direction;
import dev.junction.designer.layout.LayoutStore;
import dev.junction.designer.layout.Position;
import dev.junction.designer.palette.PaletteItem;
import dev.junction.designer.palette.StepKindInfo;
import dev.junction.workflow.edit.StepSection;
import dev.junction.workflow.load.WorkflowLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The canvas without a window: diagram, positions, selection and every command, on real documents and files. */
class CanvasViewModelTest {

    static final String CHAIN = """
            # three steps in a row
            name: chain
            steps:
              a:
                run: echo a   # first
              b:
                needs: [a]
                run: echo b
              c:
                needs: [b]
                log: done
            """;

    @TempDir
    Path workspace;

    private WorkflowDocument doc(String text) throws Exception {
        Path file = workspace.resolve("chain.yaml");
        Files.writeString(file, text);
        return WorkflowDocument.open(file, WorkflowLoader.standard());
    }

    private CanvasViewModel vm(WorkflowDocument doc, EditorSelection selection) {
        CanvasViewModel vm = new CanvasViewModel(doc, selection, LayoutStore.of(workspace, doc.file()), Runnable::run);
        vm.refresh();
        vm.placeNow();
        return vm;
    }

    @Test
    void diagramHasTheStepsKindsAndDependenciesOfTheText() throws Exception {
        WorkflowDocument doc = WorkflowDocument.open(Path.of("../sample-workflows/deployment.yaml"), WorkflowLoader.standard());
        CanvasViewModel vm = vm(doc, new EditorSelection());

        CanvasGraph g = vm.graph();
        assertThat(g.steps().keySet()).containsExactly("guard", "build", "canary", "deploy", "smoke-test", "announce",
                "notify", "log-failure");
        assertThat(g.steps().get("deploy").repeat()).isEqualTo(StepNode.Repeat.FOREACH);
        assertThat(g.steps().get("smoke-test").kind()).isEqualTo("http");
        assertThat(g.steps().get("notify").section()).isEqualTo(StepSection.ON_FAILURE);
        assertThat(g.edges()).contains(new EdgeKey("build", "deploy"), new EdgeKey("canary", "deploy"),
                new EdgeKey("deploy", "announce"));
        assertThat(vm.needsPlacement()).isFalse();
    }

    @Test
    void summariesComeFromTheKindOnceTheWorkflowLoadsAndFromTheYamlBefore() throws Exception {
        WorkflowDocument doc = WorkflowDocument.open(Path.of("../sample-workflows/deployment.yaml"), WorkflowLoader.standard());
        CanvasViewModel vm = vm(doc, new EditorSelection());
        assertThat(vm.graph().steps().get("smoke-test").summary()).isEqualTo("GET {{ inputs.smoke_url }}");

        doc.validateNow();
        vm.refresh();
        assertThat(vm.graph().steps().get("notify").summary()).isEqualTo("POST {{ inputs.notify_url }}");
        assertThat(vm.graph().steps().get("guard").summary()).startsWith("if [ \"{{ inputs.environment }}\"").endsWith("(+4 lines)");
    }

    @Test
    void refreshTellsWhichStepsAndEdgesChanged() throws Exception {
        WorkflowDocument doc = doc(CHAIN);
        CanvasViewModel vm = vm(doc, new EditorSelection());
        CanvasGraph before = vm.graph();

        doc.edit("set", t -> t.setStepField("b", "run", "echo B"), this);
        CanvasGraph.Diff diff = vm.refresh();
        assertThat(diff.changed()).containsExactly("b");
        assertThat(diff.structural()).isFalse();
        assertThat(vm.graph().steps().get("a")).isEqualTo(before.steps().get("a")).isNotNull();

        doc.edit("need", t -> t.addNeed("c", "a"), this);
        diff = vm.refresh();
        assertThat(diff.edgesAdded()).containsExactly(new EdgeKey("a", "c"));
        assertThat(diff.changed()).containsExactly("c");
    }

    @Test
    void stepsAddedInTheTextArePlacedWithoutMovingTheOthers() throws Exception {
        WorkflowDocument doc = doc(CHAIN);
        CanvasViewModel vm = vm(doc, new EditorSelection());
        vm.moveSteps(Map.of("a", new Position(500, 40)));
        Map<String, Position> before = vm.positions();

        doc.edit("add", t -> t.addStep("d", Map.of("needs", List.of("a"), "run", "echo d")), this);
        vm.refresh();
        assertThat(vm.needsPlacement()).isTrue();
        vm.placeNow();

        assertThat(vm.positions()).containsAllEntriesOf(before);
        Position d = vm.position("d").orElseThrow();
        assertThat(d.y()).isGreaterThan(before.get("a").y()); // below what it needs
        for (Position other : before.values()) {
            boolean overlaps = Math.abs(d.x() - other.x()) < CanvasViewModel.CARD_WIDTH
                    && Math.abs(d.y() - other.y()) < CanvasViewModel.CARD_HEIGHT;
            assertThat(overlaps).as("d overlaps a placed card").isFalse();
        }
    }

    @Test
    void tidyOrdersTheFlowInTheChosenDirection() throws Exception {
        CanvasViewModel vm = vm(doc(CHAIN), new EditorSelection());
        vm.tidyNow(Direction.TOP_TO_BOTTOM);
        assertThat(vm.position("a").orElseThrow().y()).isLessThan(vm.position("b").orElseThrow().y());
        assertThat(vm.position("b").orElseThrow().y()).isLessThan(vm.position("c").orElseThrow().y());

        vm.tidyNow(Direction.LEFT_TO_RIGHT);
        assertThat(vm.direction()).isEqualTo(Direction.LEFT_TO_RIGHT);
        assertThat(vm.position("a").orElseThrow().x()).isLessThan(vm.position("b").orElseThrow().x());
        assertThat(vm.position("b").orElseThrow().x()).isLessThan(vm.position("c").orElseThrow().x());
    }

    @Test
    void tidyRoutesEdgesUntilACardIsMovedByHand() throws Exception {
        CanvasViewModel vm = vm(doc(CHAIN), new EditorSelection());
        vm.tidyNow(Direction.TOP_TO_BOTTOM);
        assertThat(vm.route(new EdgeKey("a", "b"))).isPresent();
        assertThat(vm.route(new EdgeKey("b", "c"))).isPresent();
        vm.moveSteps(Map.of("c", vm.position("c").orElseThrow().plus(300, 0)));
        assertThat(vm.route(new EdgeKey("b", "c"))).isEmpty();
        assertThat(vm.route(new EdgeKey("a", "b"))).isPresent();
    }

    @Test
    void handPlacedPositionsLiveBesideTheWorkflowAndNeverInIt() throws Exception {
        WorkflowDocument doc = doc(CHAIN);
        CanvasViewModel vm = vm(doc, new EditorSelection());
        vm.moveSteps(Map.of("b", new Position(321.5, 654)));
        vm.saveLayout();

        Path layout = workspace.resolve(".junction/layout/chain.json");
        assertThat(layout).exists();
        assertThat(Files.readString(layout)).contains("\"b\"", "321.5", "654");
        assertThat(doc.text()).isEqualTo(CHAIN);
        assertThat(doc.dirtyProperty().get()).isFalse();

        CanvasViewModel reopened = vm(doc(CHAIN), new EditorSelection());
        assertThat(reopened.position("b")).contains(new Position(321.5, 654));
    }

    @Test
    void unreadableLayoutFileIsReportedAndTheStepsAreLaidOutAgain() throws Exception {
        Files.createDirectories(workspace.resolve(".junction/layout"));
        Files.writeString(workspace.resolve(".junction/layout/chain.json"), "{ not json");
        CanvasViewModel vm = vm(doc(CHAIN), new EditorSelection());
        assertThat(vm.messageProperty().get().text()).contains("saved layout cannot be read", "chain.json");
        assertThat(vm.needsPlacement()).isFalse();
    }

    @Test
    void connectingAddsOneNeedAsOneUndoableCommand() throws Exception {
        WorkflowDocument doc = doc(CHAIN);
        CanvasViewModel vm = vm(doc, new EditorSelection());

        ConnectResult result = vm.connect("a", "c");

        assertThat(result).isEqualTo(new ConnectResult.Connected(new EdgeKey("a", "c")));
        assertThat(doc.text()).contains("    needs: [b, a]\n    log: done");
        assertThat(vm.graph().edges()).contains(new EdgeKey("a", "c"));
        doc.undo();
        assertThat(doc.text()).isEqualTo(CHAIN);
    }

    @Test
    void connectionThatWouldCloseACycleIsRefusedWithTheEnginesMessage() throws Exception {
        WorkflowDocument doc = doc(CHAIN);
        CanvasViewModel vm = vm(doc, new EditorSelection());
        assertThat(vm.wouldCloseCycle("c", "a")).isTrue();
        assertThat(vm.wouldCloseCycle("a", "c")).isFalse();

        ConnectResult result = vm.connect("c", "a");

        assertThat(result).isInstanceOf(ConnectResult.Refused.class);
        assertThat(((ConnectResult.Refused) result).reason()).isEqualTo("Not connected: dependency cycle: a → b → c → a");
        assertThat(vm.messageProperty().get().severity()).isEqualTo(CanvasMessage.Severity.ERROR);
        assertThat(vm.messageProperty().get().text()).contains("dependency cycle: a → b → c → a");
        assertThat(doc.text()).isEqualTo(CHAIN);
        assertThat(doc.canUndoProperty().get()).isFalse();
    }

    @Test
    void selfExistingAndCrossSectionConnectionsAreRefused() throws Exception {
        WorkflowDocument doc = doc(CHAIN + "on-failure:\n  alert:\n    log: failed\n");
        CanvasViewModel vm = vm(doc, new EditorSelection());
        assertThat(vm.connect("a", "a")).isEqualTo(new ConnectResult.Refused("A step cannot need itself"));
        assertThat(vm.connect("a", "b")).isEqualTo(new ConnectResult.Refused("'b' already needs 'a'"));
        assertThat(((ConnectResult.Refused) vm.connect("a", "alert")).reason()).contains("needs stay within one section");
        assertThat(doc.canUndoProperty().get()).isFalse();
    }

    @Test
    void pasteRenamesClashingIdsAndRewiresNeedsAmongThePastedSteps() throws Exception {
        WorkflowDocument doc = doc(CHAIN);
        EditorSelection selection = new EditorSelection();
        CanvasViewModel vm = vm(doc, selection);
        selection.select(List.of("b", "c"));
        String clipboard = vm.copySelection();
        assertThat(clipboard).isEqualTo("b:\n  needs: [a]\n  run: echo b\nc:\n  needs: [b]\n  log: done\n");

        List<String> pasted = vm.paste(clipboard, new Position(900, 900));

        assertThat(pasted).containsExactly("b-2", "c-2");
        assertThat(selection.steps()).containsExactly("b-2", "c-2");
        assertThat(vm.graph().steps().get("b-2").needs()).containsExactly("a"); // outside the clipboard, still there
        assertThat(vm.graph().steps().get("c-2").needs()).containsExactly("b-2");
        assertThat(vm.position("b-2")).contains(new Position(900, 900));
        assertThat(vm.position("c-2").orElseThrow().y() - 900)
                .isEqualTo(vm.position("c").orElseThrow().y() - vm.position("b").orElseThrow().y());
        assertThat(doc.text()).startsWith(CHAIN);
        doc.undo(); // one command for the whole paste
        assertThat(doc.text()).isEqualTo(CHAIN);
    }

    @Test
    void pastingTextThatHoldsNoStepsChangesNothingAndSaysWhy() throws Exception {
        WorkflowDocument doc = doc(CHAIN);
        CanvasViewModel vm = vm(doc, new EditorSelection());
        assertThat(vm.paste("just some words", new Position(0, 0))).isEmpty();
        assertThat(vm.messageProperty().get().text()).startsWith("Nothing pasted: the clipboard does not hold steps");
        assertThat(vm.paste("a: [1, 2\n", new Position(0, 0))).isEmpty();
        assertThat(vm.messageProperty().get().text()).contains("it is not YAML");
        assertThat(doc.text()).isEqualTo(CHAIN);
    }

    @Test
    void deletingSelectedStepsRemovesThemAndTheirNeedsInOneCommand() throws Exception {
        WorkflowDocument doc = doc(CHAIN);
        EditorSelection selection = new EditorSelection();
        CanvasViewModel vm = vm(doc, selection);
        selection.select(List.of("a", "b"));

        assertThat(vm.deleteSelection()).isTrue();

        assertThat(vm.graph().steps().keySet()).containsExactly("c");
        assertThat(doc.text()).doesNotContain("needs").contains("# three steps in a row");
        assertThat(selection.steps()).isEmpty();
        doc.undo();
        assertThat(doc.text()).isEqualTo(CHAIN);
        vm.refresh();
        assertThat(vm.position("a")).isPresent(); // undo puts the card back where it was
    }

    @Test
    void deletingASelectedEdgeRemovesThatNeed() throws Exception {
        WorkflowDocument doc = doc(CHAIN);
        CanvasViewModel vm = vm(doc, new EditorSelection());
        vm.selectEdge(new EdgeKey("a", "b"));
        assertThat(vm.deleteSelection()).isTrue();
        assertThat(doc.text()).isEqualTo(CHAIN.replace("    needs: [a]\n", ""));
        assertThat(vm.selectedEdgeProperty().get()).isNull();
    }

    @Test
    void duplicateCopiesTheStepsLinesBesideTheOriginal() throws Exception {
        WorkflowDocument doc = doc(CHAIN);
        EditorSelection selection = new EditorSelection();
        CanvasViewModel vm = vm(doc, selection);
        vm.tidyNow(Direction.TOP_TO_BOTTOM);
        selection.select(List.of("a"));

        assertThat(vm.duplicateSelection()).containsExactly("a-2");

        assertThat(doc.text()).contains("  a-2:\n    run: echo a   # first\n");
        assertThat(vm.position("a-2").orElseThrow().x()).isGreaterThan(vm.position("a").orElseThrow().x());
        assertThat(selection.steps()).containsExactly("a-2");
    }

    @Test
    void aDuplicatedGroupDependsOnItsOwnCopiesAndKeepsOtherDependencies() throws Exception {
        WorkflowDocument doc = doc("""
                name: group
                steps:
                  a:
                    run: echo a
                  a-2:
                    run: echo other
                  b:
                    needs: [a, a-2]   # both
                    run: echo {{ steps.a.outputs.x }} {{ steps['a-2'].status }}
                """);
        EditorSelection selection = new EditorSelection();
        CanvasViewModel vm = vm(doc, selection);
        vm.tidyNow(Direction.TOP_TO_BOTTOM);
        selection.select(List.of("a", "b"));

        assertThat(vm.duplicateSelection()).containsExactly("a-3", "b-2");

        // the copy of b needs the copy of a; a-2 was not duplicated, so it is still needed as it is
        assertThat(doc.model().needs("b-2")).containsExactly("a-3", "a-2");
        assertThat(doc.text()).contains("""
                  b-2:
                    needs: [a-3, a-2]   # both
                    run: echo {{ steps.a-3.outputs.x }} {{ steps['a-2'].status }}
                """);
        assertThat(doc.model().needs("b")).containsExactly("a", "a-2"); // the originals are untouched
        doc.undo();
        assertThat(doc.model().needs("b-2")).isEmpty();
    }

    @Test
    void stepsFromThePaletteGetAFreeIdAndWorkingDefaults() throws Exception {
        WorkflowDocument doc = doc(CHAIN);
        CanvasViewModel vm = vm(doc, new EditorSelection());
        Path action = Files.createDirectories(workspace.resolve("actions/greet"));

        assertThat(vm.addStep(new PaletteItem.Kind(StepKindInfo.RUN), new Position(10, 20))).contains("step-4");
        assertThat(vm.addStep(new PaletteItem.Kind(StepKindInfo.HTTP), new Position(10, 200))).contains("step-5");
        assertThat(vm.addStep(new PaletteItem.Action("greet", "", action, List.of("who")), new Position(10, 400)))
                .contains("greet");

        assertThat(doc.text()).endsWith("""
                  step-4:
                    run: echo hello
                  step-5:
                    http:
                      method: GET
                      url: https://example.com
                  greet:
                    uses: ./actions/greet
                    with:
                      who: ""
                """);
        assertThat(vm.position("step-5")).contains(new Position(10, 200));
        assertThat(doc.validateNow().problems()).noneMatch(p -> p.message().contains("step-4") || p.message().contains("step-5"));
    }

    @Test
    void selectionIsTheEditorSelectionBothWays() throws Exception {
        EditorSelection selection = new EditorSelection();
        CanvasViewModel vm = vm(doc(CHAIN), selection);
        vm.click("a", false);
        vm.click("c", true);
        assertThat(selection.steps()).containsExactlyInAnyOrder("a", "c");
        vm.click("a", true);
        assertThat(selection.steps()).containsExactly("c");

        selection.select(List.of("b"));
        assertThat(vm.selectedSteps()).containsExactly("b");

        vm.moveSteps(Map.of("a", new Position(0, 0), "b", new Position(0, 200), "c", new Position(600, 0)));
        assertThat(vm.stepsIn(-10, -10, 300, 300)).containsExactlyInAnyOrder("a", "b");
        assertThat(vm.stepAt(600 + 5, 5)).contains("c");
        vm.selectAll();
        assertThat(selection.steps()).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void stepRenamedInTheTextKeepsItsPlace() throws Exception {
        WorkflowDocument doc = doc(CHAIN);
        CanvasViewModel vm = vm(doc, new EditorSelection());
        vm.moveSteps(Map.of("b", new Position(777, 88)));
        doc.edit("rename", t -> t.renameStep("b", "build"), this);
        vm.refresh();
        assertThat(vm.position("build")).contains(new Position(777, 88));
        assertThat(vm.graph().edges()).contains(new EdgeKey("a", "build"), new EdgeKey("build", "c"));
    }

    @Test
    void brokenTextKeepsTheLastGoodDiagramAndRefusesEdits() throws Exception {
        WorkflowDocument doc = doc(CHAIN);
        CanvasViewModel vm = vm(doc, new EditorSelection());
        doc.replaceText("typing", CHAIN + "  d: [\n", "editor");
        vm.refresh();
        assertThat(vm.graph().steps().keySet()).containsExactly("a", "b", "c");
        assertThat(vm.connect("a", "c")).isInstanceOf(ConnectResult.Refused.class);
        assertThat(vm.messageProperty().get().text()).contains("syntax error");
    }
}
