package dev.junction.designer.yaml;

import dev.junction.designer.document.EditorSelection;
import dev.junction.designer.document.WorkflowDocument;
import dev.junction.designer.testing.Screenshots;
import dev.junction.workflow.load.WorkflowLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The YAML editor on a generated 1,000-step workflow (not a test; {@code bench/yaml-editor}): lexing time,
 * opening (until the visible lines are coloured, and until all are), the longest FX-thread slice of the first
 * colouring, and per keystroke the FX-thread time of the edit (document, parse, area) and of the restyle.
 */
public final class YamlEditorBench {

    private YamlEditorBench() {}

    /** A workflow like the sample ones, repeated: comments, needs, env, a block script with templates. */
    static String workflow(int steps) {
        StringBuilder sb = new StringBuilder("# generated for the YAML editor benchmark\nname: big\ninputs:\n"
                + "  who: { type: string, default: world }\nsteps:\n");
        for (int i = 0; i < steps; i++) {
            sb.append("  step").append(i).append(":   # step ").append(i).append('\n');
            if (i > 0) {
                sb.append("    needs: [step").append(i - 1).append("]\n");
            }
            sb.append("    env:\n      N: \"").append(i).append("\"\n");
            sb.append("    run: |\n      echo \"{{ inputs.who }} ").append(i).append("\"\n      sleep 0\n");
        }
        return sb.toString();
    }

    public static void main(String[] args) throws Exception {
        int steps = Integer.getInteger("bench.steps", 1000);
        int keystrokes = Integer.getInteger("bench.keys", 40);
        String text = workflow(steps);
        System.out.printf("workflow: %d steps, %d lines, %d KB%n", steps, text.lines().count(), text.length() / 1024);

        List<Long> lex = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            long t = System.nanoTime();
            YamlLexer.lex(text);
            lex.add(System.nanoTime() - t);
        }
        System.out.printf("lex (background thread), median of 15: %.1f ms%n", median(lex.subList(5, 15)) / 1e6);

        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Path file = Files.createTempDirectory("yaml-bench").resolve("big.yaml");
        WorkflowDocument doc = fx(() -> WorkflowDocument.of(file, text, WorkflowLoader.standard()));
        Stage stage = fx(() -> {
            Screenshots.theme(false);
            Stage s = new Stage();
            s.setScene(Screenshots.scene(new StackPane(), 1000, 800));
            s.show();
            return s;
        });

        for (int round = 1; round <= 3; round++) {
            long t0 = System.nanoTime();
            YamlEditorView view = fx(() -> {
                YamlEditorView v = new YamlEditorView(doc, new EditorSelection());
                ((StackPane) stage.getScene().getRoot()).getChildren().setAll(v);
                return v;
            });
            long created = System.nanoTime() - t0;
            while (!fx(view::isHighlightCurrent)) {
                Thread.sleep(2);
            }
            long all = System.nanoTime() - t0;
            YamlEditorView.HighlightTiming h = fx(view::lastHighlight);
            System.out.printf("open #%d: view created and shown %.0f ms; coloured: visible lines %.0f ms after lexing,"
                            + " all %.0f ms after opening; FX restyle total %.0f ms, longest slice %.1f ms (%d lines)%n",
                    round, created / 1e6, h.visibleNanos() / 1e6, all / 1e6, h.applyNanos() / 1e6,
                    h.longestSliceNanos() / 1e6, h.restyledLines());
            if (round < 3) {
                fx(() -> {
                    view.dispose();
                    return null;
                });
                continue;
            }
            List<Long> edits = new ArrayList<>();
            List<Long> restyles = new ArrayList<>();
            List<Long> restyled = new ArrayList<>();
            for (int k = 0; k < keystrokes; k++) {
                int line = 5 + (int) ((long) k * 6000 / keystrokes);
                long edit = fx(() -> {
                    int at = view.area().getAbsolutePosition(Math.min(line, view.area().getParagraphs().size() - 1), 0);
                    view.area().requestFocus();
                    long t = System.nanoTime();
                    view.area().insertText(at, "#");
                    return System.nanoTime() - t;
                });
                while (!fx(view::isHighlightCurrent)) {
                    Thread.sleep(1);
                }
                YamlEditorView.HighlightTiming k1 = fx(view::lastHighlight);
                edits.add(edit);
                restyles.add(k1.applyNanos());
                restyled.add((long) k1.restyledLines());
            }
            System.out.printf("keystroke (%d, spread over the file): FX time of the edit median %.1f ms, max %.1f ms;"
                            + " restyle median %.2f ms, max %.2f ms; lines restyled median %d%n",
                    keystrokes, median(edits) / 1e6, Collections.max(edits) / 1e6, median(restyles) / 1e6,
                    Collections.max(restyles) / 1e6, median(restyled));
        }
        // the same keystrokes on a document with no view: what the document itself costs (it re-parses the text)
        WorkflowDocument alone = fx(() -> WorkflowDocument.of(file, text, WorkflowLoader.standard()));
        List<Long> docOnly = new ArrayList<>();
        for (int k = 0; k < keystrokes; k++) {
            int at = text.indexOf("sleep 0", (int) ((long) k * text.length() / keystrokes));
            docOnly.add(fx(() -> {
                long t = System.nanoTime();
                alone.editText("Edit YAML", List.of(dev.junction.workflow.edit.TextEdit.insert(Math.max(0, at), "#")), "bench");
                return System.nanoTime() - t;
            }));
        }
        System.out.printf("keystroke on the document alone (WorkflowDocument.editText, no view): median %.1f ms, max %.1f ms%n",
                median(docOnly) / 1e6, Collections.max(docOnly) / 1e6);
        Platform.exit();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(call.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
