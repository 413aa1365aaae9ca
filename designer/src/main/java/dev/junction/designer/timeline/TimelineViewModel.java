package dev.junction.designer.timeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The timeline's scale and labels: where a time falls on the axis, which ticks to draw, how long a row took.
 * A live run's axis ends "now" and grows. FX thread only.
 */
public final class TimelineViewModel {

    /** The tick steps the axis may use, so ticks land on round numbers. */
    private static final long[] TICK_STEPS_MS = {100, 200, 500, 1_000, 2_000, 5_000, 10_000, 15_000, 30_000, 60_000,
            120_000, 300_000, 600_000, 900_000, 1_800_000, 3_600_000, 7_200_000};

    /** A tick on the axis: where (0–1 of the chart width) and what it says. */
    public record Tick(double position, String label) {}

    private final ObjectProperty<TimelineData> data = new SimpleObjectProperty<>(this, "data");
    private final Clock clock;

    public TimelineViewModel() {
        this(Clock.systemUTC());
    }

    public TimelineViewModel(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    /** The run shown; bind it to a document's timeline, or set it from the runs panel. Null shows nothing. */
    public ObjectProperty<TimelineData> dataProperty() {
        return data;
    }

    public Instant now() {
        return clock.instant();
    }

    /** The axis length: the run's duration, up to now while it runs; never below one second. */
    public Duration span() {
        TimelineData d = data.get();
        if (d == null || d.runStart() == null) {
            return Duration.ofSeconds(1);
        }
        Instant end = d.runEnd() != null ? d.runEnd() : now();
        for (TimelineRow row : d.rows()) { // a row may end after the run's own end (clock skew, late events)
            if (row.end() != null && row.end().isAfter(end)) {
                end = row.end();
            }
        }
        Duration span = Duration.between(d.runStart(), end);
        return span.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : span;
    }

    /** Where a time falls, 0 at the run's start and 1 at the end of the axis. */
    public double position(Instant time) {
        TimelineData d = data.get();
        if (d == null || d.runStart() == null || time == null) {
            return 0;
        }
        double offset = Duration.between(d.runStart(), time).toNanos();
        return Math.clamp(offset / span().toNanos(), 0, 1);
    }

    /** Where a row's bar ends: its finish, or now while it runs. */
    public Instant barEnd(TimelineRow row) {
        if (row.start() == null) {
            return null;
        }
        if (row.end() != null) {
            return row.end();
        }
        TimelineData d = data.get();
        return d != null && d.runEnd() != null ? d.runEnd() : now();
    }

    /** How long a row took (or has been running), or null when it never ran. */
    public Duration duration(TimelineRow row) {
        Instant end = barEnd(row);
        return end == null ? null : Duration.between(row.start(), end);
    }

    /** Ticks on round durations, at most {@code maxTicks} of them (at least two: start and one more). */
    public List<Tick> ticks(int maxTicks) {
        long spanMs = Math.max(1, span().toMillis());
        long step = TICK_STEPS_MS[TICK_STEPS_MS.length - 1];
        for (long candidate : TICK_STEPS_MS) {
            if (spanMs / candidate <= Math.max(1, maxTicks - 1)) {
                step = candidate;
                break;
            }
        }
        List<Tick> ticks = new ArrayList<>();
        for (long at = 0; at <= spanMs; at += step) {
            ticks.add(new Tick((double) at / spanMs, tickLabel(at, step)));
        }
        return ticks;
    }

    private static String tickLabel(long ms, long step) {
        if (ms == 0) {
            return "0";
        }
        if (step < 1_000) {
            return String.format(java.util.Locale.ROOT, "%.1fs", ms / 1000.0);
        }
        if (ms < 60_000) {
            return ms / 1000 + "s";
        }
        if (ms < 3_600_000) {
            long s = ms / 1000;
            return s % 60 == 0 ? s / 60 + "m" : s / 60 + "m" + String.format(java.util.Locale.ROOT, "%02d", s % 60);
        }
        long m = ms / 60_000;
        return m % 60 == 0 ? m / 60 + "h" : m / 60 + "h" + String.format(java.util.Locale.ROOT, "%02d", m % 60);
    }
}
