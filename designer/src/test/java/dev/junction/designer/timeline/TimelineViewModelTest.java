package dev.junction.designer.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.junction.run.StepStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineViewModelTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private static Instant at(double seconds) {
        return T0.plusMillis((long) (seconds * 1000));
    }

    @Test
    void instancesAreGroupedUnderTheirStepInPlanOrder() {
        TimelineData data = TimelineData.of("r1", "ci", T0, at(10), List.of("lint", "test", "package"), List.of(
                new TimelineSpan("test[jdk=25]", "test", StepStatus.SUCCESS, at(3), at(8), 1, ""),
                new TimelineSpan("lint", "lint", StepStatus.SUCCESS, at(0), at(2), 1, ""),
                new TimelineSpan("test[jdk=21]", "test", StepStatus.FAILURE, at(2.5), at(6), 2, "exit 1"),
                new TimelineSpan("test", "test", StepStatus.FAILURE, null, at(8), 0, "test[jdk=21]: exit 1"),
                new TimelineSpan("package", "package", StepStatus.SKIPPED, null, null, 0, "needs 'test'")));
        assertThat(data.rows()).extracting(TimelineRow::label).containsExactly("lint", "test", "[jdk=21]", "[jdk=25]", "package");
        TimelineRow test = data.rows().get(1);
        assertThat(test.instance()).isFalse();
        assertThat(test.start()).as("a step starts with its first instance").isEqualTo(at(2.5));
        assertThat(test.end()).isEqualTo(at(8));
        assertThat(test.status()).isEqualTo(StepStatus.FAILURE);
        assertThat(test.attempt()).isEqualTo(2);
        assertThat(data.rows().get(4).start()).isNull();
        assertThat(data.live()).isFalse();
    }

    @Test
    void aStepWhoseInstancesStillRunIsRunningWithoutAnEnd() {
        TimelineData data = TimelineData.of("r1", "", T0, null, List.of("each"), List.of(
                new TimelineSpan("each[a]", "each", StepStatus.SUCCESS, at(0), at(1), 1, ""),
                new TimelineSpan("each[b]", "each", StepStatus.RUNNING, at(0.5), null, 1, "")));
        assertThat(data.rows().getFirst().status()).isEqualTo(StepStatus.RUNNING);
        assertThat(data.rows().getFirst().end()).isNull();
        assertThat(data.live()).isTrue();
    }

    @Test
    void aLiveRunsAxisEndsNowAndRunningBarsReachIt() {
        TimelineViewModel model = new TimelineViewModel(Clock.fixed(at(20), ZoneOffset.UTC));
        model.dataProperty().set(TimelineData.of("r", "", T0, null, List.of("a", "b"), List.of(
                new TimelineSpan("a", "a", StepStatus.SUCCESS, at(0), at(5), 1, ""),
                new TimelineSpan("b", "b", StepStatus.RUNNING, at(5), null, 1, ""))));
        assertThat(model.span()).isEqualTo(Duration.ofSeconds(20));
        TimelineRow running = model.dataProperty().get().rows().get(1);
        assertThat(model.barEnd(running)).isEqualTo(at(20));
        assertThat(model.duration(running)).isEqualTo(Duration.ofSeconds(15));
        assertThat(model.position(at(5))).isCloseTo(0.25, within(1e-9));
        assertThat(model.position(at(99))).isEqualTo(1.0);
    }

    @Test
    void ticksLandOnRoundDurations() {
        TimelineViewModel model = new TimelineViewModel(Clock.fixed(T0, ZoneOffset.UTC));
        model.dataProperty().set(TimelineData.of("r", "", T0, at(95), List.of(), List.of()));
        assertThat(model.ticks(8)).extracting(TimelineViewModel.Tick::label)
                .containsExactly("0", "15s", "30s", "45s", "1m", "1m15", "1m30");
        model.dataProperty().set(TimelineData.of("r", "", T0, at(0.35), List.of(), List.of()));
        assertThat(model.span()).as("never shorter than a second").isEqualTo(Duration.ofSeconds(1));
        assertThat(model.ticks(6)).extracting(TimelineViewModel.Tick::label).containsExactly("0", "0.2s", "0.4s", "0.6s", "0.8s", "1.0s");
        model.dataProperty().set(null);
        assertThat(model.position(T0)).isZero();
    }

    @Test
    void durationsReadNaturally() {
        assertThat(Durations.format(Duration.ofMillis(850))).isEqualTo("850 ms");
        assertThat(Durations.format(Duration.ofMillis(4_230))).isEqualTo("4.2 s");
        assertThat(Durations.format(Duration.ofMillis(42_700))).isEqualTo("43 s");
        assertThat(Durations.format(Duration.ofSeconds(185))).isEqualTo("3 m 05 s");
        assertThat(Durations.format(Duration.ofMinutes(62))).isEqualTo("1 h 02 m");
        assertThat(Durations.format(null)).isEmpty();
    }
}
