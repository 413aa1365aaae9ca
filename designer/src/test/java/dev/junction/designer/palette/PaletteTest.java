package dev.junction.designer.palette;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaletteTest {

    @TempDir
    Path workspace;

    @Test
    void actionsAreFoundInTheWorkspaceWithNameDescriptionAndRequiredInputs() throws Exception {
        List<PaletteItem.Action> actions = new ActionScanner().scan(Path.of("../sample-workflows"));
        assertThat(actions).extracting(PaletteItem.Action::name).containsExactly("python-check");
        PaletteItem.Action check = actions.getFirst();
        assertThat(check.description()).startsWith("Byte-compiles every Python file");
        assertThat(check.requiredInputs()).containsExactly("path"); // 'python' has a default
    }

    @Test
    void hiddenAndBuildFoldersAreSkippedAndBrokenActionsStillListed() throws Exception {
        Files.createDirectories(workspace.resolve(".git/hooks/x"));
        Files.writeString(workspace.resolve(".git/hooks/x/action.yaml"), "name: hidden\n");
        Files.createDirectories(workspace.resolve("node_modules/y"));
        Files.writeString(workspace.resolve("node_modules/y/action.yaml"), "name: dependency\n");
        Files.createDirectories(workspace.resolve("actions/broken"));
        Files.writeString(workspace.resolve("actions/broken/action.yaml"), "name: [unclosed\n");

        List<PaletteItem.Action> actions = new ActionScanner().scan(workspace);

        assertThat(actions).hasSize(1);
        assertThat(actions.getFirst().name()).isEqualTo("broken");
        assertThat(actions.getFirst().description()).startsWith("action.yaml cannot be read");
    }

    @Test
    void actionStepsUseAPathRelativeToTheWorkflow() {
        PaletteItem.Action action = new PaletteItem.Action("greet", "", workspace.resolve("actions/greet"), List.of());
        assertThat(action.reference(workspace.resolve("flow.yaml"))).isEqualTo("./actions/greet");
        assertThat(action.reference(workspace.resolve("team/flow.yaml"))).isEqualTo("../actions/greet");
        assertThat(action.stepFields(workspace.resolve("flow.yaml"))).isEqualTo(Map.of("uses", "./actions/greet"));
    }

    @Test
    void filterNarrowsKindsAndActions() {
        PaletteViewModel model = new PaletteViewModel();
        model.setActions(List.of(new PaletteItem.Action("python-check", "Byte-compiles", workspace, List.of())), "");
        model.filterProperty().set("http");
        assertThat(model.visibleKinds()).extracting(PaletteItem::label).containsExactly("HTTP request");
        assertThat(model.visibleActions()).isEmpty();
        model.filterProperty().set("compile");
        assertThat(model.visibleKinds()).isEmpty();
        assertThat(model.visibleActions()).hasSize(1);
        model.filterProperty().set("");
        assertThat(model.visibleKinds()).hasSize(StepKindInfo.values().length);
    }
}
