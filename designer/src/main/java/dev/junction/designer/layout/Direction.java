// placeholder until feat/canvas lands
package dev.junction.designer.layout;

/** Placeholder: the direction of a tidy layout. */
public enum Direction { TOP_TO_BOTTOM, LEFT_TO_RIGHT }
