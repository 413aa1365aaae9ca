// placeholder until feat/canvas lands
package dev.junction.designer.palette;

/** Placeholder: one entry of the palette (a step kind or an action). */
public final class PaletteItem {
}
