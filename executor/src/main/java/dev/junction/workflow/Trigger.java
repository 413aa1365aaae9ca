package dev.junction.workflow;

import java.time.Duration;
import java.util.List;

/** What starts a workflow besides a person: schedules, webhooks, file changes, new commits. */
public sealed interface Trigger {

    /**
     * @param expression a 5-field Unix cron expression or a nickname such as {@code @daily}
     * @param timezone   an IANA zone id, null for the node's zone
     * @param catchup    how far back missed fires are made up after downtime; null for none
     */
    record Cron(String expression, String timezone, Overlap overlap, Duration catchup, Duration jitter,
                java.util.Map<String, Object> inputs) implements Trigger {
        public Cron {
            overlap = overlap == null ? Overlap.SKIP : overlap;
            inputs = inputs == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputs));
        }
    }

    /** @param secret template for the HMAC-SHA256 secret checked on each call, or null */
    record Webhook(String path, String secret) implements Trigger {}

    record Files(List<String> paths, Duration debounce) implements Trigger {
        public Files {
            paths = List.copyOf(paths);
        }
    }

    record Git(String repo, List<String> branches) implements Trigger {
        public Git {
            branches = List.copyOf(branches);
        }
    }

    /** What a schedule does when the previous run is still going. */
    enum Overlap { SKIP, BUFFER_ONE, BUFFER_ALL, CANCEL_OTHER, ALLOW_ALL }
}
