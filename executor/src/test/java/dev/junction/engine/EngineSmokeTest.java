package dev.junction.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.run.RunEvent;
import dev.junction.run.RunRequest;
import dev.junction.run.RunStatus;
import dev.junction.steps.StepKinds;
import dev.junction.workflow.Workflow;
import dev.junction.workflow.load.WorkflowLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EngineSmokeTest {

    @Test
    void logStepsRunInOrderAndPassOutputs() throws Exception {
        String yaml = """
                name: smoke
                inputs:
                  who: { type: string, default: world }
                steps:
                  hello:
                    log: "hello {{ inputs.who }}"
                  again:
                    needs: [hello]
                    log: "said: {{ steps.hello.outputs.message }}"
                  fan:
                    needs: [hello]
                    foreach: [a, b, c]
                    log: "item {{ item }}"
                """;
        var result = WorkflowLoader.standard().parse(Path.of("smoke.yaml"), yaml);
        assertThat(result.problems()).isEmpty();
        Workflow wf = result.orThrow();
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        try (RunEngine engine = new RunEngine(StepKinds.builtin(), Secrets.none())) {
            var run = engine.start("r1", RunRequest.of(wf, Map.of()), List.of(events::add), Optional.empty());
            assertThat(run.completion().get(10, TimeUnit.SECONDS)).isEqualTo(RunStatus.SUCCESS);
        }
        List<String> lines = events.stream().filter(e -> e instanceof RunEvent.StepLog)
                .map(e -> ((RunEvent.StepLog) e).line().text()).toList();
        assertThat(lines).contains("hello world", "said: hello world", "item a", "item b", "item c");
    }
}
