package dev.junction.designer.canvas;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.junction.designer.document.EditorSelection;
import dev.junction.designer.document.WorkflowDocument;
import dev.junction.designer.layout.LayoutStore;
import dev.junction.designer.palette.PaletteView;
import dev.junction.designer.run.StepStatusView;
import dev.junction.run.StepStatus;
import dev.junction.workflow.load.WorkflowLoader;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Takes screenshots of the canvas with a palette beside it (light and dark theme) of a workflow, for looking at
 * them: {@code CanvasScreenshots <workflow.yaml or generated:N> <out-dir> [<workspace>] [lr|fit]}. Not a test; run
 * by hand with designer/screenshots-canvas.sh. A run status is shown on some steps so the badges can be seen too.
 */
public final class CanvasScreenshots {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[1]);
        Path workflow;
        if (args[0].startsWith("generated:")) {
            workflow = Files.createTempDirectory("junction-gen").resolve("generated-" + args[0].substring(10) + ".yaml");
            Files.writeString(workflow, CanvasOpenBench.generate(Integer.parseInt(args[0].substring(10)), 42));
        } else {
            workflow = Path.of(args[0]).toAbsolutePath();
        }
        Path workspace = args.length > 2 ? Path.of(args[2]).toAbsolutePath() : workflow.getParent();
        String mode = args.length > 3 ? args[3] : "";
        Files.createDirectories(out);
        Platform.setImplicitExit(false);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        String name = workflow.getFileName().toString().replaceFirst("\\.ya?ml$", "") + (mode.isEmpty() ? "" : "-" + mode);
        for (String theme : List.of("light", "dark")) {
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(() -> {
                try {
                    Application.setUserAgentStylesheet(theme.equals("light") ? new PrimerLight().getUserAgentStylesheet()
                            : new PrimerDark().getUserAgentStylesheet());
                    WorkflowDocument doc = WorkflowDocument.open(workflow, WorkflowLoader.standard());
                    doc.validateNow();
                    ObservableMap<String, StepStatusView> statuses = FXCollections.observableHashMap();
                    List<String> ids = List.copyOf(doc.model().stepIds(dev.junction.workflow.edit.StepSection.STEPS));
                    Instant now = Instant.now();
                    if (ids.size() >= 3) {
                        statuses.put(ids.get(0), new StepStatusView(StepStatus.SUCCESS, now.minusSeconds(9), Duration.ofMillis(1240), 1, ""));
                        statuses.put(ids.get(1), new StepStatusView(StepStatus.RUNNING, now.minusSeconds(7), null, 1, ""));
                        statuses.put(ids.get(2), new StepStatusView(StepStatus.QUEUED, null, null, 1, ""));
                    }
                    if (ids.size() >= 4) {
                        statuses.put(ids.getLast(), new StepStatusView(StepStatus.FAILURE, now.minusSeconds(3), Duration.ofMillis(310), 2, "exit code 1"));
                    }
                    EditorSelection selection = new EditorSelection();
                    Path layouts = Files.createTempDirectory("junction-shots");
                    CanvasView canvas = new CanvasView(doc, selection, statuses, LayoutStore.of(layouts, workflow));
                    PaletteView palette = new PaletteView();
                    palette.setWorkspace(workspace);
                    SplitPane split = new SplitPane(palette, canvas);
                    split.setDividerPositions(0.2);
                    Stage stage = new Stage();
                    stage.setScene(new Scene(split, 1000, 720));
                    stage.show();
                    if (ids.size() >= 2) {
                        selection.select(List.of(ids.get(1)));
                    }
                    canvas.readyProperty().addListener((o, a, ready) -> { });
                    if (mode.equals("lr")) {
                        canvas.tidy(dev.junction.designer.layout.Direction.LEFT_TO_RIGHT);
                    }
                    Runnable shoot = () -> waitUntil(canvas, () -> {
                        var image = stage.getScene().snapshot(null);
                        File file = out.resolve(name + "-" + theme + ".png").toFile();
                        try {
                            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        System.out.println("wrote " + file);
                        stage.close();
                        done.countDown();
                    });
                    waitUntil(canvas, () -> {
                        if (mode.equals("fit")) {
                            canvas.fitToView();
                        }
                        shoot.run();
                    });
                } catch (Exception e) {
                    e.printStackTrace();
                    done.countDown();
                }
            });
            done.await(30, TimeUnit.SECONDS);
        }
        Platform.exit();
    }

    /** Waits for the canvas to be ready and the palette scan to finish (a few pulses), then runs {@code then}. */
    private static void waitUntil(CanvasView canvas, Runnable then) {
        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(javafx.util.Duration.millis(700));
        pause.setOnFinished(e -> {
            if (canvas.readyProperty().get()) {
                then.run();
            } else {
                waitUntil(canvas, then);
            }
        });
        pause.play();
    }
}
