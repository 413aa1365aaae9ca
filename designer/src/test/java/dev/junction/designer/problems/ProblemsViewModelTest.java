package dev.junction.designer.problems;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.designer.document.EditorSelection;
import dev.junction.designer.document.WorkflowDocument;
import dev.junction.designer.testing.FxThread;
import dev.junction.workflow.load.WorkflowLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The problems list without a window: rows per problem, errors first, opening one selects and reveals. */
class ProblemsViewModelTest {

    private static final String UNKNOWN_KEYS = """
            name: unknown-keys
            steps:
              build:
                run: make
                nedds: [lint]
              lint: { run: make lint }
            stepz: {}
            """;

    @TempDir
    Path dir;

    @Test
    void everyProblemIsARowWithItsPlaceAndStep() throws Exception {
        FxThread.run(() -> {
            WorkflowDocument doc = WorkflowDocument.of(dir.resolve("unknown-keys.yaml"), UNKNOWN_KEYS, WorkflowLoader.standard());
            ProblemsViewModel model = new ProblemsViewModel();
            model.setTarget(doc, new EditorSelection());
            doc.validateNow();

            assertThat(model.items()).extracting(ProblemItem::place, ProblemItem::step)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("unknown-keys.yaml:5:5", "build"),
                            org.assertj.core.groups.Tuple.tuple("unknown-keys.yaml:7:1", ""));
            assertThat(model.items().getFirst().problem().hint()).contains("needs");
            assertThat(model.summary()).isEqualTo("2 errors");
        });
    }

    @Test
    void openingAProblemSelectsItsStepAndRevealsItsPlace() throws Exception {
        FxThread.run(() -> {
            WorkflowDocument doc = WorkflowDocument.of(dir.resolve("unknown-keys.yaml"), UNKNOWN_KEYS, WorkflowLoader.standard());
            EditorSelection selection = new EditorSelection();
            ProblemsViewModel model = new ProblemsViewModel();
            model.setTarget(doc, selection);
            doc.validateNow();

            model.open(model.items().getFirst());
            assertThat(selection.steps()).containsExactly("build");
            assertThat(selection.revealProperty().get())
                    .isEqualTo(new EditorSelection.TextTarget(UNKNOWN_KEYS.indexOf("nedds"), 5, 5));

            model.open(model.items().get(1)); // workflow level: the selection stays, the place is revealed
            assertThat(selection.steps()).containsExactly("build");
            assertThat(selection.revealProperty().get().line()).isEqualTo(7);
        });
    }

    @Test
    void problemsInAnActionsFileAreListedWithThatFileAndDoNotMoveTheEditor() throws Exception {
        FxThread.run(() -> {
            Path action = Files.createDirectories(dir.resolve("actions/broken"));
            Files.writeString(action.resolve("action.yaml"), "name: broken\nrunz: {}\n");
            String text = "name: uses-broken\nsteps:\n  a:\n    uses: ./actions/broken\n";
            WorkflowDocument doc = WorkflowDocument.of(dir.resolve("w.yaml"), text, WorkflowLoader.standard());
            EditorSelection selection = new EditorSelection();
            ProblemsViewModel model = new ProblemsViewModel();
            model.setTarget(doc, selection);
            doc.validateNow();

            ProblemItem inAction = model.items().stream().filter(i -> !i.inDocument()).findFirst().orElseThrow();
            assertThat(inAction.fileName()).isEqualTo("action.yaml");
            model.open(inAction);
            assertThat(selection.revealProperty().get()).isNull();
            assertThat(model.items()).anySatisfy(i -> {
                assertThat(i.inDocument()).isTrue();
                assertThat(i.step()).isEqualTo("a");
            });
        });
    }

    @Test
    void anotherTargetReplacesTheRowsAndNullClearsThem() throws Exception {
        FxThread.run(() -> {
            WorkflowDocument broken = WorkflowDocument.of(dir.resolve("a.yaml"), UNKNOWN_KEYS, WorkflowLoader.standard());
            WorkflowDocument fine = WorkflowDocument.of(dir.resolve("b.yaml"), "name: b\nsteps:\n  x: { log: hi }\n",
                    WorkflowLoader.standard());
            broken.validateNow();
            fine.validateNow();
            ProblemsViewModel model = new ProblemsViewModel();
            model.setTarget(broken, new EditorSelection());
            assertThat(model.items()).hasSize(2);
            model.setTarget(fine, new EditorSelection());
            assertThat(model.items()).isEmpty();
            assertThat(model.summary()).isEqualTo("No problems");
            model.setTarget(broken, new EditorSelection());
            model.setTarget(null, null);
            assertThat(model.items()).isEmpty();
        });
    }
}
