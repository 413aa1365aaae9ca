package dev.junction.designer.editor;

/** What an editor tab shows: the canvas, the YAML text, or both side by side. */
public enum EditorMode {
    CANVAS, SPLIT, YAML
}
