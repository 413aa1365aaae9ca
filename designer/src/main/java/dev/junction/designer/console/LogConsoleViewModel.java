// placeholder until feat/runui lands
package dev.junction.designer.console;

/** Placeholder: the log console's model. */
public final class LogConsoleViewModel {
}
