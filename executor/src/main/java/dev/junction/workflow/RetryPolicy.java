package dev.junction.workflow;

import java.time.Duration;

/**
 * How often a failed step is tried again and how long to wait in between.
 *
 * @param attempts total attempts including the first (1 = no retry)
 * @param maxDelay cap for exponential backoff; null for none
 */
public record RetryPolicy(int attempts, Duration delay, Backoff backoff, Duration maxDelay) {

    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Backoff.CONSTANT, null);

    public enum Backoff { CONSTANT, EXPONENTIAL }

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        delay = delay == null ? Duration.ZERO : delay;
        backoff = backoff == null ? Backoff.CONSTANT : backoff;
    }

    /** The wait before attempt {@code next} (2 for the first retry). */
    public Duration delayBefore(int next) {
        if (backoff == Backoff.CONSTANT || next <= 2) {
            return delay;
        }
        long factor = 1L << Math.min(30, next - 2);
        Duration d = delay.multipliedBy(factor);
        return maxDelay != null && d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }
}
