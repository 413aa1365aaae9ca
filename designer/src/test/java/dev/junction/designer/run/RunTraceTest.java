package dev.junction.designer.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.run.RunEvent;
import dev.junction.run.RunStatus;
import dev.junction.run.StepStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Folding a run's events into what the cards show, step by step, as the engine emits them. */
class RunTraceTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private static Instant at(int ms) {
        return T0.plusMillis(ms);
    }

    @Test
    void plannedStepsAreQueuedThenFollowTheirEvents() {
        RunTrace trace = RunTrace.started(new RunEvent.RunStarted("r", T0, "wf", Map.of(), List.of("a", "b"), "designer",
                false, ""));
        assertThat(trace.statuses()).containsOnlyKeys("a", "b")
                .allSatisfy((id, view) -> assertThat(view.status()).isEqualTo(StepStatus.QUEUED));

        trace.apply(new RunEvent.StepStarted("r", at(10), "a", "a", 1));
        assertThat(trace.statuses().get("a").status()).isEqualTo(StepStatus.RUNNING);
        assertThat(trace.statuses().get("a").startedAt()).isEqualTo(at(10));

        trace.apply(new RunEvent.StepRetrying("r", at(20), "a", 1, 1, "boom", Duration.ofSeconds(1)));
        trace.apply(new RunEvent.StepStarted("r", at(1020), "a", "a", 2));
        assertThat(trace.statuses().get("a").attempt()).isEqualTo(2);
        assertThat(trace.statuses().get("a").startedAt()).as("the first attempt's start").isEqualTo(at(10));

        trace.apply(new RunEvent.StepFinished("r", at(1500), "a", "a", StepStatus.FAILURE, 2, 1, Map.of(),
                Duration.ofMillis(1490), "exit 1", false));
        trace.apply(new RunEvent.StepFinished("r", at(1501), "b", "b", StepStatus.SKIPPED, 0, null, Map.of(),
                Duration.ZERO, "needs 'a', which failed", false));
        trace.apply(new RunEvent.StepFinished("other-run", at(1502), "b", "b", StepStatus.SUCCESS, 1, 0, Map.of(),
                Duration.ZERO, "", false));
        trace.apply(new RunEvent.RunFinished("r", at(1600), RunStatus.FAILURE, Duration.ofMillis(1600), "step 'a' failed"));

        assertThat(trace.statuses().get("a")).isEqualTo(new StepStatusView(StepStatus.FAILURE, at(10),
                Duration.ofMillis(1490), 2, "exit 1"));
        assertThat(trace.statuses().get("b").status()).isEqualTo(StepStatus.SKIPPED);
        assertThat(trace.isLive()).isFalse();
        assertThat(trace.status()).isEqualTo(RunStatus.FAILURE);
        assertThat(trace.unsuccessfulSteps()).containsExactly("a");
    }

    @Test
    void aMatrixStepRunsWhileAnyInstanceRunsAndTakesTheFinalStatusAtTheEnd() {
        RunTrace trace = RunTrace.started(new RunEvent.RunStarted("r", T0, "wf", Map.of(), List.of("t"), "designer",
                false, ""));
        trace.apply(new RunEvent.StepStarted("r", at(5), "t[x=1]", "t", 1));
        trace.apply(new RunEvent.StepStarted("r", at(7), "t[x=2]", "t", 1));
        trace.apply(new RunEvent.StepFinished("r", at(50), "t[x=1]", "t", StepStatus.SUCCESS, 1, 0, Map.of(),
                Duration.ofMillis(45), "", false));
        assertThat(trace.statuses()).containsOnlyKeys("t");
        assertThat(trace.statuses().get("t").status()).isEqualTo(StepStatus.RUNNING);
        assertThat(trace.statuses().get("t").startedAt()).isEqualTo(at(5));

        trace.apply(new RunEvent.StepFinished("r", at(60), "t[x=2]", "t", StepStatus.SUCCESS, 1, 0, Map.of(),
                Duration.ofMillis(53), "", false));
        assertThat(trace.statuses().get("t").status()).as("until the step's own final event").isEqualTo(StepStatus.RUNNING);
        trace.apply(new RunEvent.StepFinished("r", at(61), "t", "t", StepStatus.SUCCESS, 0, null, Map.of(),
                Duration.ofMillis(56), "", false));
        assertThat(trace.statuses().get("t").status()).isEqualTo(StepStatus.SUCCESS);
        assertThat(trace.statuses().get("t").duration()).isEqualTo(Duration.ofMillis(56));
    }
}
