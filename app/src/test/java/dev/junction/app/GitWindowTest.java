package dev.junction.app;

import dev.junction.git.workspace.IsolatedGitConfig;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.designer.actions.DesignerAction;
import dev.junction.designer.editor.WorkflowEditorView;
import dev.junction.designer.git.ChangeItem;
import dev.junction.designer.git.DiffView;
import dev.junction.git.workspace.CommitInfo;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Git in the real window: init from the app, edit, badges and Changes, text and graph diff, commit and History,
 * then a bare remote: push, a colleague's pushed change pulled, and a push behind the remote explained.
 */
class GitWindowTest {

    @TempDir
    Path home;

    private IsolatedGitConfig config;
    private RunningApp app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        config = IsolatedGitConfig.withIdentity(home.resolve("gitconfig"), "Ada Lovelace", "ada@example.com");
        app = RunningApp.start(home);
        app.fx(() -> {
            app.stage.setWidth(1440);
            app.stage.setHeight(900);
        });
    }

    @AfterEach
    void stop() throws Exception {
        if (app.stage.isShowing()) {
            app.close();
        }
        config.close();
    }

    @Test
    void initEditDiffCommitAndHistoryFromTheWindow() throws Exception {
        app.fx(() -> app.window().gitController().changesView().model().git());
        app.fx(() -> app.window().actions().run(DesignerAction.GIT_SHOW_CHANGES));
        assertThat(robot.lookup("#changes-init").tryQuery()).isPresent();
        robot.clickOn("#changes-init");
        app.waitFor(() -> app.window().git().statusProperty().get() != null
                && !app.window().git().changes().isEmpty());
        snapshot("after-init");

        // first commit of everything, through the dialog (Ctrl+K)
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        app.waitFor(() -> robot.lookup("#commit-message").tryQuery().isPresent());
        robot.clickOn("#commit-message").write("Import the samples");
        robot.clickOn("#commit-button");
        app.waitFor(() -> app.window().git().changes().isEmpty());

        WorkflowEditorView editor = app.fx(() -> app.window().openWorkflow(app.workspace.resolve("hello.yaml")))
                .get(20, TimeUnit.SECONDS);
        app.fx(() -> editor.document().edit("Add lint", t -> t.addStep("lint", java.util.Map.of("run", "make lint")), null));
        app.fx(() -> editor.document().edit("Report needs lint", t -> t.addNeed("report", "lint"), null));
        app.fx(() -> editor.document().edit("Greet differently", t -> t.setStepField("report", "log", "done"), null));
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        app.waitFor(() -> app.window().git().changes().containsKey(app.workspace.resolve("hello.yaml")));
        app.waitFor(() -> badgeOf("hello.yaml").equals("M"));
        List<String> listed = app.fx(() -> app.window().gitController().changesView().model().items().stream()
                .map(ChangeItem::toString).toList());
        assertThat(listed).containsExactly("M hello.yaml [x]");

        app.fx(() -> app.window().actions().run(DesignerAction.GIT_DIFF));
        app.waitFor(() -> !app.window().gitController().openDiffs().isEmpty()
                && app.window().gitController().openDiffs().getFirst().model().rowsProperty().get() != null);
        DiffView diff = app.fx(() -> app.window().gitController().openDiffs().getFirst());
        Thread.sleep(300);
        snapshot("text-diff");
        assertThat(app.fx(() -> diff.textView().countsText())).contains("change");
        assertThat(app.fx(() -> diff.textView().newSide().getText())).contains("make lint");
        assertThat(app.fx(() -> diff.textView().oldSide().getText())).doesNotContain("make lint");

        app.fx(() -> diff.show(DiffView.Mode.GRAPH));
        app.waitFor(() -> diff.model().graphProperty().get() != null);
        Thread.sleep(500);
        snapshot("graph-diff");
        assertThat(app.fx(() -> diff.model().graphProperty().get().summary())).contains("1 added").contains("1 changed");

        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        app.waitFor(() -> robot.lookup("#commit-message").tryQuery().isPresent());
        robot.clickOn("#commit-message").write("Lint before the report");
        robot.clickOn("#commit-button");
        app.waitFor(() -> app.window().git().changes().isEmpty());
        app.fx(() -> app.window().actions().run(DesignerAction.GIT_HISTORY));
        app.waitFor(() -> app.window().gitController().historyView().model().commits().size() == 2);
        List<String> history = app.fx(() -> app.window().gitController().historyView().model().commits().stream()
                .map(CommitInfo::summary).toList());
        assertThat(history).containsExactly("Lint before the report", "Import the samples");
        snapshot("history");

        // the old version of hello.yaml: read-only in a tab, then restored (the open editor follows)
        app.fx(() -> {
            var view = app.window().gitController().historyView();
            view.model().select(view.model().commits().get(1));
            view.files().getSelectionModel().select(view.files().getItems().stream()
                    .filter(f -> f.path().equals("hello.yaml")).findFirst().orElseThrow());
        });
        robot.clickOn("#history-open");
        app.waitFor(() -> robot.lookup("#version-text").tryQuery().isPresent());
        var version = robot.lookup("#version-text").queryAs(dev.junction.designer.git.ReadOnlyYamlArea.class);
        assertThat(app.fx(() -> version.getText())).doesNotContain("make lint").contains("greeted {{ inputs.who }}");
        assertThat(app.fx(() -> version.isEditable())).isFalse();
        robot.clickOn("#version-restore");
        robot.clickOn("Restore");
        app.waitFor(() -> !editor.document().text().contains("make lint"));
        assertThat(Files.readString(app.workspace.resolve("hello.yaml"))).doesNotContain("make lint");
        assertThat(app.fx(() -> editor.document().dirtyProperty().get())).isFalse();
        app.waitFor(() -> app.window().git().changes().containsKey(app.workspace.resolve("hello.yaml")));
    }

    @Test
    void aColleaguesChangeIsPulledIntoTheOpenEditorAndAPushBehindTheRemoteIsExplained() throws Exception {
        // a workspace cloned from the team's bare repository, opened in the app
        app.close();
        Path remote = home.resolve("team.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch("main").call().close();
        Path workspace = home.resolve("team-flows");
        RunningApp.copyTree(RunningApp.SAMPLES, workspace);
        try (Git git = Git.init().setDirectory(workspace.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Import the samples").call();
            git.remoteAdd().setName("origin").setUri(new org.eclipse.jgit.transport.URIish(remote.toUri().toString())).call();
            git.push().setRemote("origin").add("main").call();
        }
        app = RunningApp.start(home.resolve("second-start"), workspace, false);
        app.waitFor(() -> "main".equals(app.window().git().branchProperty().get()));
        WorkflowEditorView editor = app.fx(() -> app.window().openWorkflow(workspace.resolve("hello.yaml")))
                .get(20, TimeUnit.SECONDS);

        Path colleague = home.resolve("colleague");
        try (Git theirs = Git.cloneRepository().setURI(remote.toUri().toString()).setDirectory(colleague.toFile()).call()) {
            Files.writeString(colleague.resolve("hello.yaml"), Files.readString(colleague.resolve("hello.yaml"))
                    + "  lint:\n    run: make lint\n");
            theirs.add().addFilepattern("hello.yaml").call();
            theirs.commit().setMessage("Colleague adds lint").call();
            theirs.push().call();
        }

        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        app.waitFor(() -> app.window().statusMessage().contains("Pulled origin/main"));
        assertThat(app.window().statusMessage()).contains("fast-forward");
        app.waitFor(() -> editor.document().text().contains("make lint"));
        assertThat(app.fx(() -> editor.document().dirtyProperty().get())).as("reloaded, not edited").isFalse();
        app.fx(() -> app.window().actions().run(DesignerAction.GIT_HISTORY));
        app.waitFor(() -> app.window().gitController().historyView().model().commits().stream()
                .anyMatch(c -> c.summary().equals("Colleague adds lint")));

        try (Git theirs = Git.open(colleague.toFile())) {
            Files.writeString(colleague.resolve("notes.md"), "from the colleague\n");
            theirs.add().addFilepattern("notes.md").call();
            theirs.commit().setMessage("Colleague's notes").call();
            theirs.push().call();
        }
        app.fx(() -> editor.document().edit("Lint verbosely", t -> t.setStepField("lint", "run", "make lint V=1"), null));
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        app.waitFor(() -> !app.window().git().changes().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        app.waitFor(() -> robot.lookup("#commit-message").tryQuery().isPresent());
        robot.clickOn("#commit-message").write("Verbose lint");
        robot.clickOn("#commit-button");
        app.waitFor(() -> app.window().git().changes().isEmpty());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.CONTROL);
        app.waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String explanation = app.fx(() -> robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class)
                .getContentText());
        assertThat(explanation).contains("has commits that are not in your 'main'").contains("Pull first");
        assertThat(app.window().statusMessage()).contains("Pull first");
        snapshot("push-rejected");
        robot.clickOn("OK");

        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        app.waitFor(() -> app.window().statusMessage().contains("merged it"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.CONTROL);
        app.waitFor(() -> app.window().statusMessage().contains("Pushed main to origin/main"));
    }

    private String badgeOf(String name) {
        return robot.lookup(".tree-cell").queryAll().stream()
                .filter(n -> n instanceof TreeCell<?> c && name.equals(c.getText()))
                .map(n -> ((Node) n).lookup(".explorer-badge")).filter(b -> b != null && b.isVisible())
                .map(b -> ((Label) b).getText()).findFirst().orElse("");
    }

    private void snapshot(String name) throws Exception {
        var image = app.fx(() -> app.stage.getScene().snapshot(null));
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        ImageIO.write(buffered, "png", dir.resolve(name + ".png").toFile());
    }
}
