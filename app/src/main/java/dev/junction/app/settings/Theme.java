package dev.junction.app.settings;

/** The colour theme setting: follow the operating system, or always light or dark. */
public enum Theme {
    SYSTEM, LIGHT, DARK
}
