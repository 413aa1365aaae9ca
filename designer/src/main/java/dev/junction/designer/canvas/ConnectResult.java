package dev.junction.designer.canvas;

/** The outcome of dragging a dependency from one step to another. */
public sealed interface ConnectResult {

    /** The dependency was added as one command. */
    record Connected(EdgeKey edge) implements ConnectResult {}

    /** Nothing changed, and why (a cycle, a step needing itself, steps in different sections, …). */
    record Refused(String reason) implements ConnectResult {}
}
