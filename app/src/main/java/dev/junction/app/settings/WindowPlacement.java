package dev.junction.app.settings;

/** Where the main window was and how big, to reopen it there. */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {}
