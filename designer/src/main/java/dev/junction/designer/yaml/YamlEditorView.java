package dev.junction.designer.yaml;

import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;
import static org.fxmisc.wellbehaved.event.InputMap.consume;
import static org.fxmisc.wellbehaved.event.InputMap.sequence;

import dev.junction.designer.document.EditorSelection;
import dev.junction.designer.document.WorkflowDocument;
import dev.junction.designer.forms.CodeFont;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.util.UndoUtils;
import org.fxmisc.wellbehaved.event.Nodes;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The YAML editor of one open workflow: a RichTextFX code area with syntax highlighting (templates, anchors and
 * comments included), line numbers, and the document's validation problems marked in the gutter and underlined,
 * with their message and hint as tooltips. It edits through the document: typing is a document edit (Ctrl+Z
 * undoes on the document's one stack, whichever view made the change), and changes from other views arrive as
 * small replacements that keep the caret and the scroll position. The caret in a step selects that step;
 * {@link EditorSelection#reveal} moves the caret.
 *
 * <p>FX thread only. Call {@link #dispose()} when the editor is closed.
 */
public class YamlEditorView extends BorderPane {

    private static final String STYLESHEET = YamlEditorView.class.getResource("yaml-editor.css").toExternalForm();

    private static final Pattern FORMATTED_PROBLEM = Pattern.compile(
            "(?s).*?:(\\d+):(\\d+): (?:error|warning): (.*?)(?:\\n\\s*hint: (.*))?");
    /** Lines coloured before the editor is first shown: more than a tall screen holds. */
    private static final int TOP_LINES = 150;

    private final YamlEditorViewModel model;
    private final CodeArea area = new CodeArea();
    private final Label syntaxError = new Label();
    private final HBox syntaxBar = new HBox(8);
    private final Tooltip textTooltip = new Tooltip();
    private final List<Runnable> disposers = new ArrayList<>();
    private DocumentSync sync;
    private YamlHighlighter highlighter;
    private boolean revealing;
    private List<Object> gutterKey = List.of();

    public YamlEditorView(WorkflowDocument document, EditorSelection selection) {
        this.model = new YamlEditorViewModel(document, selection, this);
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("yaml-editor-view");
        getStylesheets().add(STYLESHEET);
        area.getStyleClass().add("yaml-editor");
        area.setStyle(CodeFont.style());
        area.setUndoManager(UndoUtils.noOpUndoManager()); // the document's stack is the only one
        area.setParagraphGraphicFactory(new LineGutter(Map.of(), -1, -1, 1));
        area.setMouseOverTextDelay(java.time.Duration.ofMillis(350));
        setCenter(new VirtualizedScrollPane<>(area));

        FontIcon icon = new FontIcon(Material2AL.ERROR_OUTLINE);
        icon.getStyleClass().add("syntax-bar-icon");
        syntaxError.setWrapText(true);
        syntaxBar.getChildren().addAll(icon, syntaxError);
        syntaxBar.setAlignment(Pos.CENTER_LEFT);
        syntaxBar.getStyleClass().add("syntax-bar");
        setBottom(syntaxBar);
        showSyntaxError(model.syntaxErrorProperty().get());
    }

    private void initListeners() {
        WorkflowDocument document = model.document();
        sync = new DocumentSync(area, document, this, model::typed);
        // after the text is in: RichTextFX gives paragraphs made before the fill its default yellow
        area.setLineHighlighterFill(Color.rgb(128, 128, 128, 0.09)); // neutral: reads on light and dark themes
        area.setLineHighlighterOn(true);
        highlighter = new YamlHighlighter(area, () -> document.revisionProperty().get());
        highlighter.colourTop(document.text(), TOP_LINES);
        highlighter.textChanged(document.text(), document.revisionProperty().get());

        InvalidationListener revision = o -> {
            highlighter.textChanged(document.text(), document.revisionProperty().get());
            updateGutter(); // the selected step's lines may have moved, or the numbers need another digit
        };
        document.revisionProperty().addListener(revision);
        disposers.add(() -> document.revisionProperty().removeListener(revision));

        ListChangeListener<ProblemMark> marks = c -> marksChanged();
        model.marks().addListener(marks);
        disposers.add(() -> model.marks().removeListener(marks));
        marksChanged();

        ChangeListener<String> syntax = (obs, old, now) -> showSyntaxError(now);
        model.syntaxErrorProperty().addListener(syntax);
        disposers.add(() -> model.syntaxErrorProperty().removeListener(syntax));

        ChangeListener<EditorSelection.TextTarget> reveal = (obs, old, target) -> {
            if (target != null) {
                reveal(target);
            }
        };
        model.selection().revealProperty().addListener(reveal);
        disposers.add(() -> model.selection().revealProperty().removeListener(reveal));

        SetChangeListener<String> selected = c -> updateGutter();
        model.selection().steps().addListener(selected);
        disposers.add(() -> model.selection().steps().removeListener(selected));

        area.caretPositionProperty().addListener((obs, old, now) -> {
            if (!sync.isApplying() && !revealing && area.isFocused()) {
                model.caretMoved(sync.endings().toDocumentOffset(now));
            }
        });

        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            String text = problemsAt(e.getCharacterIndex());
            if (!text.isEmpty()) {
                textTooltip.setText(text);
                textTooltip.show(area, e.getScreenPosition().getX(), e.getScreenPosition().getY() + 12);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> textTooltip.hide());
        textTooltip.setWrapText(true);
        textTooltip.setMaxWidth(480);

        Nodes.addInputMap(area, sequence(
                consume(keyPressed(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), e -> model.undo()),
                consume(keyPressed(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), e -> model.redo()),
                consume(keyPressed(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), e -> model.redo()),
                consume(keyPressed(KeyCode.TAB), e -> area.replaceSelection("  ")), // YAML forbids tabs for indentation
                consume(keyPressed(KeyCode.ENTER), e -> newLine())));
    }

    /** A new line keeps the indentation, one level more after a "key:" or a block header. */
    private void newLine() {
        int paragraph = area.getCurrentParagraph();
        String line = area.getParagraph(paragraph).getText();
        String before = line.substring(0, Math.min(area.getCaretColumn(), line.length()));
        int indent = 0;
        while (indent < before.length() && before.charAt(indent) == ' ') {
            indent++;
        }
        String trimmed = before.strip();
        int commentAt = trimmed.indexOf(" #");
        String code = commentAt >= 0 ? trimmed.substring(0, commentAt).strip() : trimmed;
        if (code.endsWith(":") || code.endsWith("|") || code.endsWith(">") || code.endsWith("|-") || code.endsWith(">-")) {
            indent += 2;
        } else if (code.startsWith("- ") && code.indexOf(": ") < 0 && code.endsWith(":")) {
            indent += 2;
        }
        area.replaceSelection("\n" + " ".repeat(indent));
        area.requestFollowCaret();
    }

    private void reveal(EditorSelection.TextTarget target) {
        revealing = true;
        try {
            int position;
            if (target.offset() >= 0) {
                position = Math.min(sync.endings().toEditorOffset(target.offset()), area.getLength());
            } else {
                int line = Math.clamp(target.line() - 1, 0, area.getParagraphs().size() - 1);
                position = area.getAbsolutePosition(line, Math.clamp(target.column() - 1, 0, area.getParagraphLength(line)));
            }
            int end = position;
            String text = area.getText();
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != ':') {
                end++;
            }
            area.selectRange(position, end);
            int paragraph = area.getCurrentParagraph();
            area.showParagraphAtCenter(paragraph);
            area.requestFollowCaret();
        } finally {
            revealing = false;
        }
    }

    private void marksChanged() {
        updateGutter();
        highlighter.setMarks(List.copyOf(model.marks()));
    }

    /** A new gutter for new marks or a new selection; the area rebuilds the visible lines' graphics only. */
    private void updateGutter() {
        Map<Integer, List<ProblemMark>> byLine = new HashMap<>();
        model.marks().forEach(m -> byLine.computeIfAbsent(m.line(), l -> new ArrayList<>()).add(m));
        int from = -1;
        int to = -1;
        String single = model.selection().single();
        StepRanges.StepRange range = single == null ? null : model.steps().step(single).orElse(null);
        if (range != null && range.end() <= model.document().text().length()) {
            from = paragraphOf(range.start());
            to = paragraphOf(Math.max(range.start(), range.end() - 1));
        }
        int lines = area.getParagraphs().size();
        List<Object> key = List.of(byLine, from, to, LineGutter.digits(lines));
        if (!key.equals(gutterKey)) {
            gutterKey = key;
            area.setParagraphGraphicFactory(new LineGutter(byLine, from, to, lines));
        }
    }

    private int paragraphOf(int documentOffset) {
        int editorOffset = Math.min(sync.endings().toEditorOffset(documentOffset), area.getLength());
        return area.offsetToPosition(editorOffset, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
    }

    private String problemsAt(int editorIndex) {
        int line = area.offsetToPosition(editorIndex, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        int column = editorIndex - area.getAbsolutePosition(line, 0);
        return model.marks().stream()
                .filter(m -> m.line() == line && column >= m.startColumn() && column < m.endColumn())
                .map(ProblemMark::tooltip).collect(Collectors.joining("\n\n"));
    }

    private void showSyntaxError(String message) {
        syntaxError.setText(message == null ? "" : syntaxText(message));
        syntaxBar.setVisible(message != null);
        syntaxBar.setManaged(message != null);
    }

    /** "Line 14, column 1: message. Hint: …" from the document's "file:14:1: error: message\n hint: …". */
    static String syntaxText(String formatted) {
        Matcher m = FORMATTED_PROBLEM.matcher(formatted);
        if (!m.matches()) {
            return formatted.replace("\n", " ");
        }
        String text = "Line " + m.group(1) + ", column " + m.group(2) + ": " + m.group(3).strip();
        if (m.group(4) != null) {
            text += ". Hint: " + m.group(4).strip();
        }
        return text + " (the diagram keeps the last valid version)";
    }

    public YamlEditorViewModel model() {
        return model;
    }

    /** The text control (focus, tests). */
    public CodeArea area() {
        return area;
    }

    /** Whether the colours shown belong to the current text (tests and measurements wait for this). */
    public boolean isHighlightCurrent() {
        return highlighter.isCurrent();
    }

    /**
     * Measurements of the last highlight, for benchmarks: lexing (background), restyling on the FX thread
     * (summed over its slices, and the longest slice), lines restyled, and the time until the visible lines
     * were coloured.
     */
    public HighlightTiming lastHighlight() {
        YamlHighlighter.Timing t = highlighter.lastTiming();
        return new HighlightTiming(t.lexNanos(), t.applyNanos(), t.longestSliceNanos(), t.restyledLines(),
                t.firstPaintNanos());
    }

    /** See {@link #lastHighlight()}; times in nanoseconds. */
    public record HighlightTiming(long lexNanos, long applyNanos, long longestSliceNanos, int restyledLines,
                                  long visibleNanos) {}

    /** Stops listening to the document and the selection. */
    public void dispose() {
        disposers.forEach(Runnable::run);
        disposers.clear();
        sync.dispose();
        highlighter.dispose();
        model.dispose();
    }
}
