package dev.junction.designer.git;

import dev.junction.designer.forms.CodeFont;
import dev.junction.designer.yaml.YamlEditorView;
import dev.junction.designer.yaml.YamlLexer;
import java.util.Collection;
import java.util.List;
import java.util.function.IntFunction;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * A read-only code area for YAML: the YAML editor's colours (its lexer and stylesheet), a gutter with the line
 * numbers a caller chooses (a diff leaves filler rows unnumbered) and a style class per line (a diff colours added,
 * removed and changed lines). Text can be selected and copied, not edited. FX thread only.
 */
public final class ReadOnlyYamlArea extends CodeArea {

    private static final String YAML_STYLES = YamlEditorView.class.getResource("yaml-editor.css").toExternalForm();

    public ReadOnlyYamlArea() {
        setEditable(false);
        getStyleClass().addAll("yaml-editor", "read-only-yaml");
        getStylesheets().add(YAML_STYLES);
        setStyle(CodeFont.style());
        setShowCaret(org.fxmisc.richtext.Caret.CaretVisibility.OFF);
    }

    /**
     * Shows {@code text} coloured as YAML.
     *
     * @param lineNumbers the gutter text of each line ("" for none)
     * @param lineStyles  a style class per line ("" for none); null for no line styles
     */
    public void show(String text, IntFunction<String> lineNumbers, List<String> lineStyles) {
        replaceText(text);
        if (!text.isEmpty()) {
            setStyleSpans(0, spans(text));
        }
        int digits = String.valueOf(Math.max(9, getParagraphs().size())).length();
        setParagraphGraphicFactory(line -> {
            Label label = new Label(pad(lineNumbers.apply(line), digits));
            label.getStyleClass().add("gutter");
            label.setAlignment(Pos.CENTER_RIGHT);
            return label;
        });
        if (lineStyles != null) {
            for (int i = 0; i < Math.min(lineStyles.size(), getParagraphs().size()); i++) {
                if (!lineStyles.get(i).isEmpty()) {
                    setParagraphStyle(i, List.of(lineStyles.get(i)));
                }
            }
        }
        moveTo(0);
        requestFollowCaret();
    }

    /** Shows {@code text} with its own line numbers 1, 2, 3… */
    public void show(String text) {
        show(text, line -> String.valueOf(line + 1), null);
    }

    private static StyleSpans<Collection<String>> spans(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int lineStart = 0;
        for (YamlLexer.Line line : YamlLexer.lex(text)) {
            int at = 0;
            for (YamlLexer.Token token : line.tokens()) {
                if (token.start() > at) {
                    spans.add(List.of(), token.start() - at);
                }
                if (token.end() > token.start()) {
                    spans.add(token.type().styles(), token.end() - token.start());
                }
                at = token.end();
            }
            int newline = text.indexOf('\n', lineStart);
            int next = newline < 0 ? text.length() : newline + 1;
            if (next - lineStart - at > 0) {
                spans.add(List.of(), next - lineStart - at); // the rest of the line, its '\r' and its break
            }
            lineStart = next;
        }
        return spans.create();
    }

    private static String pad(String number, int digits) {
        return number.length() >= digits ? number : " ".repeat(digits - number.length()) + number;
    }
}
