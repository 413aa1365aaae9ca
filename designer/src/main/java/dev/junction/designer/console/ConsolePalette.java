package dev.junction.designer.console;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The console's colours and fonts, read from the stylesheet: hidden swatch nodes carry the style classes, and
 * the lines are painted with the values the theme gave them. One stylesheet thus themes the console while the
 * painting itself needs no CSS pass, which is what keeps 100,000 lines cheap.
 *
 * <p>FX thread only. {@link #revisionProperty()} increases when the theme (or any colour) changes.
 */
final class ConsolePalette {

    static final int ANSI_COLORS = 16;
    private static final List<String> PREFERRED_CODE_FONTS = List.of("JetBrains Mono", "Cascadia Mono", "Consolas",
            "SF Mono", "Menlo", "DejaVu Sans Mono", "Liberation Mono", "Ubuntu Mono");
    private static final java.util.Set<String> GENERIC_MONO = java.util.Set.of("monospace", "monospaced");
    private static String codeFont;
    static final int STEP_COLORS = 8;

    private final Group swatches = new Group();
    private final Text text = swatch("log-text");
    private final Text system = swatch("log-system");
    private final Text marker = swatch("log-marker");
    private final Text gutter = swatch("log-gutter");
    private final Text gutterErr = swatch("log-gutter-err");
    private final Text match = swatch("log-match-swatch");
    private final Text matchText = swatch("log-match-text-swatch");
    private final Text background = swatch("log-bg-swatch");
    private final Text hover = swatch("log-hover-swatch");
    private final Text selected = swatch("log-selected-swatch");
    private final List<Text> ansi = new ArrayList<>();
    private final List<Text> steps = new ArrayList<>();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private Font regular = Font.font("monospace", 12.5);
    private Font bold = regular;
    private Font italic = regular;
    private double charWidth = 7.5;

    ConsolePalette() {
        for (int i = 0; i < ANSI_COLORS; i++) {
            ansi.add(swatch("ansi-" + i));
        }
        for (int i = 0; i < STEP_COLORS; i++) {
            steps.add(swatch("step-color-" + i));
        }
        swatches.setManaged(false);
        swatches.setVisible(false);
        swatches.getStyleClass().add("log-swatches");
        for (Node node : swatches.getChildren()) {
            ((Text) node).fillProperty().addListener((obs, old, now) -> changed());
        }
        text.fontProperty().addListener((obs, old, now) -> changed());
        fonts();
    }

    /** The hidden nodes that receive the theme; add them to the console once. */
    Node swatches() {
        return swatches;
    }

    ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    Paint text() {
        return text.getFill();
    }

    Paint system() {
        return system.getFill();
    }

    Paint marker() {
        return marker.getFill();
    }

    Paint gutter(boolean err) {
        return (err ? gutterErr : gutter).getFill();
    }

    Paint matchBackground() {
        return match.getFill();
    }

    Paint matchText() {
        return matchText.getFill();
    }

    Paint background() {
        return background.getFill();
    }

    Paint hover() {
        return hover.getFill();
    }

    Paint selected() {
        return selected.getFill();
    }

    /** The advance of one character of the (monospaced) regular font, in pixels. */
    double charWidth() {
        return charWidth;
    }

    Paint ansi(int color) {
        return ansi.get(color).getFill();
    }

    Paint step(int slot) {
        return steps.get(Math.floorMod(slot, STEP_COLORS)).getFill();
    }

    Font regular() {
        return regular;
    }

    Font bold() {
        return bold;
    }

    Font italic() {
        return italic;
    }

    private void changed() {
        fonts();
        revision.set(revision.get() + 1);
    }

    private void fonts() {
        Font base = text.getFont();
        String family = base.getFamily();
        if (GENERIC_MONO.contains(family.toLowerCase(java.util.Locale.ROOT))) {
            family = codeFont();
        }
        regular = Font.font(family, FontWeight.NORMAL, FontPosture.REGULAR, base.getSize());
        bold = Font.font(family, FontWeight.BOLD, base.getSize());
        italic = Font.font(family, FontWeight.NORMAL, FontPosture.ITALIC, base.getSize());
        Text probe = new Text("0123456789".repeat(4));
        probe.setFont(regular);
        charWidth = probe.getLayoutBounds().getWidth() / 40;
    }

    /** The first installed of the fonts code editors use, per OS; the logical monospace font otherwise. */
    private static String codeFont() {
        if (codeFont == null) {
            java.util.Set<String> installed = new java.util.HashSet<>(Font.getFamilies());
            codeFont = PREFERRED_CODE_FONTS.stream().filter(installed::contains).findFirst().orElse("Monospaced");
        }
        return codeFont;
    }

    private Text swatch(String styleClass) {
        Text t = new Text("M");
        t.setFill(Color.GRAY);
        t.getStyleClass().add(styleClass);
        swatches.getChildren().add(t);
        return t;
    }
}
