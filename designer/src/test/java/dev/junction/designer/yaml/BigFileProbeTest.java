package dev.junction.designer.yaml;

import static org.awaitility.Awaitility.await;

import dev.junction.designer.document.EditorSelection;
import dev.junction.designer.document.WorkflowDocument;
import dev.junction.designer.testing.Screenshots;
import dev.junction.workflow.load.WorkflowLoader;
import java.nio.file.Files;
import java.time.Duration;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BigFileProbeTest {
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Screenshots.theme(false);
        stage.setScene(Screenshots.scene(new javafx.scene.layout.Pane(), 900, 700));
        stage.show();
    }

    static String big(int n) {
        StringBuilder sb = new StringBuilder("# generated\nname: big\ninputs:\n  who: { type: string, default: x }\nsteps:\n");
        for (int i = 0; i < n; i++) {
            sb.append("  step").append(i).append(":   # step number ").append(i).append('\n');
            if (i > 0) sb.append("    needs: [step").append(i - 1).append("]\n");
            sb.append("    env:\n      N: \"").append(i).append("\"\n");
            sb.append("    run: |\n      echo \"{{ inputs.who }} ").append(i).append("\"\n      sleep 0\n");
        }
        return sb.toString();
    }

    @Test
    void probe(FxRobot robot) throws Exception {
        String text = big(1000);
        var doc = WorkflowDocument.of(Files.createTempDirectory("big").resolve("big.yaml"), text, WorkflowLoader.standard());
        robot.interact(() -> {
            long a = System.nanoTime();
            var area = new org.fxmisc.richtext.CodeArea();
            area.replaceText(text);
            long b = System.nanoTime();
            area.moveTo(0);
            long c = System.nanoTime();
            var pane = new org.fxmisc.flowless.VirtualizedScrollPane<>(area);
            ((javafx.scene.layout.StackPane) stage.getScene().getRoot()).getChildren().setAll(pane);
            pane.applyCss(); pane.layout();
            long d = System.nanoTime();
            System.out.printf("PROBE raw area: replace=%dms moveTo=%dms show=%dms%n", (b-a)/1000000, (c-b)/1000000, (d-c)/1000000);
            ((javafx.scene.layout.StackPane) stage.getScene().getRoot()).getChildren().clear();
        });
        YamlEditorView[] v = new YamlEditorView[1];
        long t0 = System.nanoTime();
        robot.interact(() -> {
            v[0] = new YamlEditorView(doc, new EditorSelection());
            ((javafx.scene.layout.StackPane) stage.getScene().getRoot()).getChildren().setAll(v[0]);
        });
        long t1 = System.nanoTime();
        await().atMost(Duration.ofSeconds(30)).until(() -> WaitForAsyncUtils.asyncFx(v[0]::isHighlightCurrent).get());
        long t2 = System.nanoTime();
        long[] h = WaitForAsyncUtils.asyncFx(v[0]::lastHighlightNanos).get();
        System.out.printf("PROBE lines=%d create+show=%dms firstHighlight(total wait)=%dms lex=%.1fms apply=%.1fms restyled=%d%n",
                text.lines().count(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, h[0] / 1e6, h[1] / 1e6, h[2]);
        for (int k = 0; k < 5; k++) {
            int at = text.indexOf("sleep 0", text.length() / 2);
            robot.interact(() -> { v[0].area().requestFocus(); v[0].area().moveTo(at); });
            robot.write("x");
            await().atMost(Duration.ofSeconds(30)).until(() -> WaitForAsyncUtils.asyncFx(v[0]::isHighlightCurrent).get());
            long[] h2 = WaitForAsyncUtils.asyncFx(v[0]::lastHighlightNanos).get();
            System.out.printf("PROBE typing: lex=%.1fms apply=%.1fms restyled=%d%n", h2[0] / 1e6, h2[1] / 1e6, h2[2]);
        }
        robot.interact(doc::validateNow);
        WaitForAsyncUtils.waitForFxEvents();
        long[] h3 = WaitForAsyncUtils.asyncFx(v[0]::lastHighlightNanos).get();
        System.out.printf("PROBE after validation: apply=%.1fms restyled=%d marks=%d%n", h3[1] / 1e6, h3[2], v[0].model().marks().size());
    }
}
