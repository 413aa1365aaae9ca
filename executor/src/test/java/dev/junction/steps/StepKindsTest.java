package dev.junction.steps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StepKindsTest {

    @Test
    void theBuiltinKindsIncludeProcessesScriptsAndHttp() {
        StepKinds kinds = StepKinds.builtin();

        assertThat(kinds.keys()).contains("noop", "log", "run", "script", "http");
        assertThat(kinds.get("run").orElseThrow().siblingKeys()).containsExactly("shell");
        assertThat(kinds.get("http").orElseThrow().builtinOutputs()).containsExactlyInAnyOrder("status", "headers", "body", "json");
    }
}
