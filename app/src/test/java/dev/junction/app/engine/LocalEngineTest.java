package dev.junction.app.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.engine.LocalExecutor;
import dev.junction.engine.Secrets;
import dev.junction.run.HistoryQuery;
import dev.junction.run.RunHandle;
import dev.junction.run.RunRequest;
import dev.junction.run.RunStatus;
import dev.junction.run.RunSummary;
import dev.junction.workflow.Workflow;
import dev.junction.workflow.load.WorkflowLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalEngineTest {

    @TempDir
    Path data;

    @AfterEach
    void clear() {
        System.clearProperty(LocalEngine.DATA_DIR_PROPERTY);
    }

    @Test
    void aRunIsInTheHistoryAfterTheEngineClosesAndOpensAgain() throws Exception {
        System.setProperty(LocalEngine.DATA_DIR_PROPERTY, data.toString());
        Path file = Files.writeString(data.resolve("flow.yaml"), "name: flow\nsteps:\n  say:\n    log: hi\n");
        Workflow workflow = WorkflowLoader.standard().load(file).orThrow();

        String runId;
        try (LocalEngine engine = LocalEngine.open()) {
            assertThat(engine.problem()).isEmpty();
            assertThat(engine.dataDirectory()).isEqualTo(data);
            RunHandle handle = engine.executor().submit(RunRequest.of(workflow, Map.of()), event -> { });
            assertThat(handle.completion().get(30, TimeUnit.SECONDS)).isEqualTo(RunStatus.SUCCESS);
            runId = handle.runId();
        }
        try (LocalExecutor reopened = LocalExecutor.open(data, Secrets.none())) {
            List<RunSummary> history = reopened.history(new HistoryQuery(null, 50));
            assertThat(history).extracting(RunSummary::runId).contains(runId);
            assertThat(reopened.run(runId).orElseThrow().summary().status()).isEqualTo(RunStatus.SUCCESS);
        }
    }

    @Test
    void closingTwiceIsHarmless() {
        System.setProperty(LocalEngine.DATA_DIR_PROPERTY, data.toString());
        LocalEngine engine = LocalEngine.open();
        engine.close();
        engine.close();
    }

    @Test
    void anEngineThatCannotOpenExplainsWhyAndRefusesRuns() throws Exception {
        Path notAFolder = Files.writeString(data.resolve("file"), "x");
        System.setProperty(LocalEngine.DATA_DIR_PROPERTY, notAFolder.toString());
        try (LocalEngine engine = LocalEngine.open()) {
            assertThat(engine.problem()).startsWith("The local engine could not start in " + notAFolder);
            assertThat(engine.executor().history(new HistoryQuery(null, 50))).isEmpty();
            Workflow workflow = WorkflowLoader.standard()
                    .parse(data.resolve("x.yaml"), "name: x\nsteps:\n  a:\n    log: hi\n").orThrow();
            assertThatThrownBy(() -> engine.executor().submit(RunRequest.of(workflow, Map.of()), event -> { }))
                    .isInstanceOf(IllegalStateException.class).hasMessage(engine.problem());
        }
    }
}
