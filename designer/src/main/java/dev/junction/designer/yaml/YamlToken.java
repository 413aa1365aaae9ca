package dev.junction.designer.yaml;

import java.util.List;

/** The kinds of text the YAML editor colours, each with its CSS style class. */
public enum YamlToken {
    KEY("yaml-key"),
    STRING("yaml-string"),
    NUMBER("yaml-number"),
    /** Booleans and null. */
    CONSTANT("yaml-constant"),
    COMMENT("yaml-comment"),
    /** {@code {{ … }}} and {@code {% … %}} inside any value. */
    TEMPLATE("yaml-template"),
    /** Anchors {@code &a}, aliases {@code *a} and tags {@code !!str}. */
    ANCHOR("yaml-anchor"),
    PUNCTUATION("yaml-punct"),
    /** The lines of a block scalar ({@code run: |}): scripts, kept quiet. */
    BLOCK("yaml-block"),
    DOCUMENT("yaml-document");

    private final String styleClass;
    private final List<String> styles;

    YamlToken(String styleClass) {
        this.styleClass = styleClass;
        this.styles = List.of(styleClass);
    }

    public String styleClass() {
        return styleClass;
    }

    /** The one-element style list, shared so style spans compare and store cheaply. */
    public List<String> styles() {
        return styles;
    }
}
