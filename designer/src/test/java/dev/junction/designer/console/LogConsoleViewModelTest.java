package dev.junction.designer.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.junction.designer.fxtest.Fx;
import dev.junction.run.LogLine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The console's model without a window: batching across threads, the bounded buffer, filters and search. */
class LogConsoleViewModelTest {

    @BeforeAll
    static void startFx() {
        Fx.start();
    }

    private static LogLine line(String run, String step, long seq, String text) {
        return new LogLine(run, step, seq, Instant.now(), LogLine.Stream.OUT, text);
    }

    @Test
    void linesFromAWorkerThreadReachTheListsOnTheFxThreadInOrder() throws Exception {
        LogConsoleViewModel model = Fx.call(LogConsoleViewModel::new);
        AtomicBoolean offFxChange = new AtomicBoolean();
        Fx.run(() -> model.lines().addListener((ListChangeListener<LogEntry>) c -> {
            if (!Platform.isFxApplicationThread()) {
                offFxChange.set(true);
            }
        }));
        Thread producer = Thread.ofPlatform().start(() -> {
            model.beginRun("r1");
            for (int i = 0; i < 50_000; i++) {
                model.offer(line("r1", "build", i, "line " + i));
            }
        });
        producer.join();
        await().atMost(Duration.ofSeconds(20)).until(() -> Fx.call(model::lineCount) == 50_000);
        List<LogEntry> lines = Fx.call(() -> List.copyOf(model.lines()));
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i).seq()).isEqualTo(i);
        }
        assertThat(offFxChange).isFalse();
        assertThat(Fx.call(() -> model.batchesProperty().get())).as("spread over pulses").isGreaterThanOrEqualTo(5);
    }

    @Test
    void oldestLinesAreDroppedPastTheCapacityAndAMarkerSaysHowMany() {
        LogConsoleViewModel model = Fx.call(() -> new LogConsoleViewModel(100));
        Fx.run(() -> {
            model.beginRun("r1");
            for (int i = 0; i < 250; i++) {
                model.offer(line("r1", "build", i, "line " + i));
            }
            model.flush();
        });
        assertThat(Fx.call(model::lineCount)).isEqualTo(100);
        List<LogEntry> lines = Fx.call(() -> List.copyOf(model.lines()));
        assertThat(lines).hasSize(101);
        assertThat(lines.getFirst().marker()).isTrue();
        assertThat(lines.getFirst().text()).contains("150 earlier lines dropped");
        assertThat(lines.get(1).seq()).isEqualTo(150);
        assertThat(lines.getLast().seq()).isEqualTo(249);
        assertThat(Fx.call(() -> model.droppedCountProperty().get())).isEqualTo(150);
    }

    @Test
    void beginRunClearsAndLinesOfOtherRunsAreIgnored() {
        LogConsoleViewModel model = Fx.call(LogConsoleViewModel::new);
        Fx.run(() -> {
            model.beginRun("r1");
            model.offer(line("r1", "a", 0, "first run"));
            model.beginRun("r2");
            model.offer(line("r1", "a", 1, "late line of the first run"));
            model.offer(line("r2", "b", 0, "second run"));
            model.flush();
        });
        assertThat(Fx.call(() -> model.lines().stream().map(LogEntry::plain).toList())).containsExactly("second run");
        assertThat(Fx.call(() -> model.runIdProperty().get())).isEqualTo("r2");
        assertThat(Fx.call(() -> List.copyOf(model.stepChoices()))).containsExactly("b");
    }

    @Test
    void stepFilterShowsAStepWithItsInstancesAndHidesThePrefixForASingleStep() {
        LogConsoleViewModel model = Fx.call(LogConsoleViewModel::new);
        Fx.run(() -> {
            model.beginRun("r");
            model.offer(line("r", "lint", 0, "lint ok"));
            model.offer(line("r", "test[suite=a]", 1, "a passed"));
            model.offer(line("r", "test[suite=b]", 2, "b passed"));
            model.offer(line("r", "tester", 3, "not an instance of test"));
            model.flush();
        });
        assertThat(Fx.call(() -> List.copyOf(model.stepChoices())))
                .containsExactly("lint", "test", "test[suite=a]", "test[suite=b]", "tester");

        Fx.run(() -> model.stepFilterProperty().set("test"));
        assertThat(Fx.call(() -> model.visibleLines().stream().map(LogEntry::plain).toList()))
                .containsExactly("a passed", "b passed");
        assertThat(Fx.call(() -> model.prefixVisibleProperty().get())).as("instances still need their label").isTrue();

        Fx.run(() -> model.stepFilterProperty().set("test[suite=b]"));
        assertThat(Fx.call(() -> model.visibleLines().stream().map(LogEntry::plain).toList())).containsExactly("b passed");
        assertThat(Fx.call(() -> model.prefixVisibleProperty().get())).isFalse();

        Fx.run(() -> model.stepFilterProperty().set(null));
        assertThat(Fx.call(() -> model.visibleLines().size())).isEqualTo(4);
    }

    @Test
    void searchCountsMatchesAsLinesComeAndGoAndFilterModeShowsOnlyThem() {
        LogConsoleViewModel model = Fx.call(() -> new LogConsoleViewModel(10));
        Fx.run(() -> {
            model.beginRun("r");
            for (int i = 0; i < 10; i++) {
                model.offer(line("r", "s", i, i % 2 == 0 ? "\u001b[31mERROR\u001b[0m at " + i : "fine " + i));
            }
            model.flush();
            model.queryProperty().set("error at");
        });
        assertThat(Fx.call(() -> model.matchCountProperty().get())).as("escapes are not part of the text").isEqualTo(5);

        Fx.run(() -> {
            model.offer(line("r", "s", 10, "error at 10")); // drops line 0, a match
            model.offer(line("r", "s", 11, "fine 11")); // drops line 1
            model.flush();
        });
        assertThat(Fx.call(() -> model.matchCountProperty().get())).isEqualTo(5);

        Fx.run(() -> model.filterModeProperty().set(true));
        assertThat(Fx.call(() -> model.visibleLines().stream().filter(e -> !e.marker()).map(LogEntry::plain).toList()))
                .containsExactly("ERROR at 2", "ERROR at 4", "ERROR at 6", "ERROR at 8", "error at 10");
        assertThat(Fx.call(() -> model.visibleLines().getFirst().marker())).as("the marker stays visible").isTrue();

        Fx.run(() -> model.filterModeProperty().set(false));
        assertThat(Fx.call(() -> model.visibleLines().size())).isEqualTo(11);
    }

    @Test
    void findMatchMovesForwardAndBackwardAndWraps() {
        LogConsoleViewModel model = Fx.call(LogConsoleViewModel::new);
        Fx.run(() -> {
            model.beginRun("r");
            List<LogLine> batch = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                batch.add(line("r", "s", i, i == 1 || i == 4 ? "needle " + i : "hay " + i));
            }
            model.offerAll(batch);
            model.flush();
            model.queryProperty().set("NEEDLE");
        });
        assertThat(Fx.call(() -> model.findMatch(-1, true))).isEqualTo(1);
        assertThat(Fx.call(() -> model.findMatch(1, true))).isEqualTo(4);
        assertThat(Fx.call(() -> model.findMatch(4, true))).isEqualTo(1);
        assertThat(Fx.call(() -> model.findMatch(1, false))).isEqualTo(4);
        Fx.run(() -> model.queryProperty().set("absent"));
        assertThat(Fx.call(() -> model.findMatch(0, true))).isEqualTo(-1);
    }

    @Test
    void copiedTextIsPlainAndCarriesTheStepWhenStepsAreMixed() {
        LogConsoleViewModel model = Fx.call(LogConsoleViewModel::new);
        Fx.run(() -> {
            model.beginRun("r");
            model.offer(line("r", "build", 0, "\u001b[32mcompiled\u001b[0m"));
            model.offer(line("r", "test", 1, "passed"));
            model.flush();
        });
        assertThat(Fx.call(() -> model.copyText(model.visibleLines()))).isEqualTo("[build] compiled\n[test] passed");
        Fx.run(() -> model.stepFilterProperty().set("test"));
        assertThat(Fx.call(() -> model.copyText(model.visibleLines()))).isEqualTo("passed");
    }
}
