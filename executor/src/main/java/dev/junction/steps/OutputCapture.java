package dev.junction.steps;

/**
 * Keeps the first {@code limit} characters of a stream's lines for {@code outputs:} templates (stdout, stderr),
 * joined by {@code \n} without a trailing newline. Thread-safe.
 */
final class OutputCapture {

    private final int limit;
    private final StringBuilder text = new StringBuilder();
    private boolean empty = true;
    private boolean truncated;

    OutputCapture(int limit) {
        this.limit = limit;
    }

    synchronized void add(String line) {
        if (truncated) {
            return;
        }
        int needed = (empty ? 0 : 1) + line.length();
        if (text.length() + needed > limit) {
            truncated = true;
            return;
        }
        if (!empty) {
            text.append('\n');
        }
        text.append(line);
        empty = false;
    }

    synchronized String text() {
        return text.toString();
    }

    synchronized boolean truncated() {
        return truncated;
    }
}
