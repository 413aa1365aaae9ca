package dev.junction.designer.console;

/**
 * Selected console lines as a range of sequence numbers (from the anchor, where the selection started, to the
 * focus, where it ends now). Sequence numbers, not row indexes, so a selection survives lines being dropped
 * from the front of the buffer and filters being changed.
 */
public record LineSelection(long anchor, long focus) {

    public static LineSelection of(long seq) {
        return new LineSelection(seq, seq);
    }

    public long first() {
        return Math.min(anchor, focus);
    }

    public long last() {
        return Math.max(anchor, focus);
    }

    public boolean contains(LogEntry entry) {
        return !entry.marker() && entry.seq() >= first() && entry.seq() <= last();
    }

    public LineSelection withFocus(long seq) {
        return new LineSelection(anchor, seq);
    }
}
