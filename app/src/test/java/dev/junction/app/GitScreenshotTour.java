package dev.junction.app;

import dev.junction.git.workspace.IsolatedGitConfig;
import dev.junction.designer.actions.DesignerAction;
import dev.junction.designer.editor.WorkflowEditorView;
import dev.junction.designer.git.DiffView;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.SplitPane;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the git views of the real window for the README: the Changes panel with the explorer's badges and a text
 * diff (changes.png), and the graph diff of a deployment workflow (graph-diff.png), in docs/images (or the folder in
 * {@code -Djunction.screenshots}); dark-theme versions go to target/screenshots for checking. {@code -Pscreenshots}.
 */
@Tag("screenshots")
class GitScreenshotTour {

    @TempDir
    Path home;

    @Test
    void takeGitScreenshots() throws Exception {
        Path out = Path.of(System.getProperty("junction.screenshots", "../docs/images")).toAbsolutePath().normalize();
        Path dark = Files.createDirectories(Path.of("target", "screenshots"));
        Files.createDirectories(out);
        String realHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        Path workspace = home.resolve("sample-workflows");
        RunningApp.copyTree(RunningApp.SAMPLES, workspace);
        try (IsolatedGitConfig config = IsolatedGitConfig.withIdentity(home.resolve("gitconfig"), "Ada Lovelace",
                "ada@example.com")) {
            try (Git git = Git.init().setDirectory(workspace.toFile()).setInitialBranch("main").call()) {
                git.add().addFilepattern(".").call();
                git.commit().setMessage("Import the sample workflows").call();
            }
            try (RunningApp app = RunningApp.start(home, workspace, true)) {
                app.fx(() -> {
                    app.stage.setWidth(1440);
                    app.stage.setHeight(900);
                });
                app.waitFor(() -> "main".equals(app.window().git().branchProperty().get()));
                app.fx(() -> app.window().actions().run(DesignerAction.TOGGLE_INSPECTOR)); // room for two sides

                WorkflowEditorView deployment = open(app, workspace.resolve("deployment.yaml"));
                app.fx(() -> {
                    var doc = deployment.document();
                    doc.edit("Remove canary", t -> t.removeStep("canary"), null);
                    doc.edit("Add migration", t -> t.addStep("migrate-db", Map.of("needs", List.of("build"),
                            "run", "./migrate.sh {{ inputs.version }}")), null);
                    doc.edit("Deploy after migrating", t -> t.addNeed("deploy", "migrate-db"), null);
                    doc.edit("Simpler condition", t -> t.setStepField("deploy", "if", "{{ success() }}"), null);
                    doc.edit("More retries", t -> t.setStepNestedField("smoke-test", List.of("retry", "attempts"), 5), null);
                    doc.edit("Announce", t -> t.setStepField("announce", "log",
                            "{{ inputs.version }} is live in {{ inputs.environment }}"), null);
                });
                WorkflowEditorView hello = open(app, workspace.resolve("hello.yaml"));
                app.fx(() -> hello.document().edit("Shout", t -> t.setStepField("report", "log", "done!"), null));
                app.fx(() -> app.window().editors().saveAll());
                Files.writeString(workspace.resolve("nightly-report.yaml"),
                        "name: nightly-report\nsteps:\n  collect:\n    run: ./collect.sh\n");
                Files.delete(workspace.resolve("maintenance.yaml"));
                app.fx(() -> app.window().git().refresh());
                app.waitFor(() -> app.window().git().changes().size() == 4);

                app.fx(() -> app.window().editors().select(deployment));
                app.fx(() -> app.window().actions().run(DesignerAction.GIT_DIFF));
                app.waitFor(() -> !app.window().gitController().openDiffs().isEmpty()
                        && app.window().gitController().openDiffs().getFirst().model().rowsProperty().get() != null);
                DiffView diff = app.fx(() -> app.window().gitController().openDiffs().getFirst());
                app.fx(() -> app.window().actions().run(DesignerAction.GIT_SHOW_CHANGES));
                app.fx(() -> bottomDivider(app, 0.64));
                app.fx(() -> app.window().gitController().changesView().list().getSelectionModel().select(1));
                Thread.sleep(500);
                save(app, out.resolve("changes.png"));
                dialogs(app, dark);
                toggleTheme(app);
                save(app, dark.resolve("changes-dark.png"));
                toggleTheme(app);

                app.fx(() -> diff.show(DiffView.Mode.GRAPH));
                app.waitFor(() -> diff.graphView().canvas() != null && diff.graphView().canvas().readyProperty().get());
                app.fx(() -> app.window().actions().run(DesignerAction.TOGGLE_BOTTOM_PANEL)); // room for the graph
                Thread.sleep(300);
                app.fx(() -> diff.graphView().canvas().fitToView());
                Thread.sleep(500);
                save(app, out.resolve("graph-diff.png"));
                toggleTheme(app);
                save(app, dark.resolve("graph-diff-dark.png"));
                toggleTheme(app);
            }
        } finally {
            System.setProperty("user.home", realHome);
        }
    }

    /** The commit and sign-in dialogs, for checking their look (target/screenshots). */
    private static void dialogs(RunningApp app, Path folder) throws Exception {
        var commit = app.fx(() -> {
            var model = new dev.junction.designer.git.CommitViewModel(app.window().git(),
                    app.window().gitController().changesView().model().includedPaths());
            var dialog = new dev.junction.designer.git.CommitDialog(model, () -> app.stage, "main");
            model.load();
            dialog.dialog().show();
            return dialog.dialog();
        });
        Thread.sleep(600);
        app.fx(() -> commit.getDialogPane().lookup("#commit-message")
                .getClass()); // laid out
        saveScene(app, commit.getDialogPane().getScene(), folder.resolve("commit-dialog.png"));
        app.fx(() -> commit.close());
        var signIn = app.fx(() -> {
            var dialog = app.window().gitController().prompts().credentialDialog(
                    dev.junction.designer.git.RemoteTarget.of("https://git.example.com/acme/flows.git"),
                    "git.example.com asks for a login, and no credentials are stored for it.");
            dialog.show();
            return dialog;
        });
        Thread.sleep(400);
        saveScene(app, signIn.getDialogPane().getScene(), folder.resolve("credential-dialog.png"));
        app.fx(() -> signIn.close());
    }

    private static void saveScene(RunningApp app, javafx.scene.Scene scene, Path file) throws Exception {
        WritableImage image = app.fx(() -> scene.snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }

    private static WorkflowEditorView open(RunningApp app, Path file) throws Exception {
        return app.fx(() -> app.window().openWorkflow(file)).get(20, TimeUnit.SECONDS);
    }

    private static void bottomDivider(RunningApp app, double position) {
        app.window().lookupAll(".split-pane").stream().map(n -> (SplitPane) n)
                .filter(s -> s.getOrientation() == javafx.geometry.Orientation.VERTICAL
                        && s.getItems().stream().anyMatch(i -> "bottom-panel".equals(i.getId())))
                .findFirst().ifPresent(s -> s.setDividerPositions(position));
    }

    private static void toggleTheme(RunningApp app) throws Exception {
        app.fx(() -> app.window().actions().run(DesignerAction.TOGGLE_THEME));
        Thread.sleep(400);
    }

    private static void save(RunningApp app, Path file) throws Exception {
        WritableImage image = app.fx(() -> app.stage.getScene().snapshot(null));
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        ImageIO.write(buffered, "png", file.toFile());
    }
}
