package dev.junction.workflow;

import java.time.Duration;

/** Values every step gets unless it says otherwise ({@code defaults:} in the workflow). Fields may be null. */
public record StepDefaults(Duration timeout, RetryPolicy retry, String shell, String workingDirectory) {
    public static final StepDefaults NONE = new StepDefaults(null, null, null, null);
}
