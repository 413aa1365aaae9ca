package dev.junction.git.workspace;

import java.util.OptionalInt;

/**
 * A step of a long operation, e.g. {@code Receiving objects 120/480}.
 *
 * @param task what is being done, in git's words
 * @param done units done so far
 * @param total units in all, or -1 when unknown
 */
public record Progress(String task, int done, int total) {

    public OptionalInt percent() {
        return total > 0 ? OptionalInt.of((int) Math.min(100, done * 100L / total)) : OptionalInt.empty();
    }
}
