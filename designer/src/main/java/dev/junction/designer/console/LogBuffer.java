package dev.junction.designer.console;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * The console's lines: a ring buffer of fixed capacity seen as a read-only observable list. Appending past the
 * capacity drops the oldest lines in O(dropped) and puts a marker row first that says how many are gone. Each
 * {@link #append} is one change event, so a list view re-lays out once per batch, not once per line.
 *
 * <p>FX thread only (it is observed by the view).
 */
final class LogBuffer extends ObservableListBase<LogEntry> {

    private final LogEntry[] ring;
    private int head;
    private int count;
    private LogEntry marker;
    private long dropped;

    LogBuffer(int capacity) {
        ring = new LogEntry[capacity];
    }

    @Override
    public LogEntry get(int index) {
        int offset = marker == null ? 0 : 1;
        if (index < 0 || index >= count + offset) {
            throw new IndexOutOfBoundsException(index);
        }
        if (index < offset) {
            return marker;
        }
        return ring[(head + index - offset) % ring.length];
    }

    @Override
    public int size() {
        return count + (marker == null ? 0 : 1);
    }

    int lineCount() {
        return count;
    }

    long dropped() {
        return dropped;
    }

    /**
     * Adds lines at the end, dropping the oldest past the capacity.
     *
     * @return the lines that were dropped (kept ones first dropped), so the caller can update counts
     */
    List<LogEntry> append(List<LogEntry> added) {
        if (added.isEmpty()) {
            return List.of();
        }
        List<LogEntry> add = added;
        List<LogEntry> gone = new ArrayList<>(0);
        if (add.size() > ring.length) { // more than fits at all: the oldest of the batch never show
            gone.addAll(add.subList(0, add.size() - ring.length));
            add = add.subList(add.size() - ring.length, add.size());
        }
        int overflow = Math.max(0, count + add.size() - ring.length);
        beginChange();
        try {
            int offset = marker == null ? 0 : 1;
            if (overflow > 0) {
                List<LogEntry> removed = new ArrayList<>(overflow);
                for (int i = 0; i < overflow; i++) {
                    removed.add(ring[head]);
                    ring[head] = null;
                    head = (head + 1) % ring.length;
                }
                count -= overflow;
                nextRemove(offset, removed);
                gone.addAll(0, removed);
            }
            if (!gone.isEmpty()) {
                dropped += gone.size();
                LogEntry previous = marker;
                marker = LogEntry.dropped(dropped);
                if (previous == null) {
                    nextAdd(0, 1);
                } else {
                    nextSet(0, previous);
                }
            }
            int from = size();
            for (LogEntry entry : add) {
                ring[(head + count) % ring.length] = entry;
                count++;
            }
            nextAdd(from, size());
        } finally {
            endChange();
        }
        return gone;
    }

    void clear(boolean resetDropped) {
        if (size() == 0) {
            return;
        }
        List<LogEntry> removed = Collections.unmodifiableList(new ArrayList<>(this));
        java.util.Arrays.fill(ring, null);
        head = 0;
        count = 0;
        marker = null;
        if (resetDropped) {
            dropped = 0;
        }
        beginChange();
        nextRemove(0, removed);
        endChange();
    }
}
