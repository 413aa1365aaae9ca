package dev.junction.steps;

import dev.junction.process.ProcessRunner;
import dev.junction.process.ShellCommand;
import dev.junction.process.Shells;
import dev.junction.workflow.source.MappingReader;
import dev.junction.workflow.source.YamlNode;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * {@code run: <script>} with an optional {@code shell:} beside it: runs the (templated) script in a shell, or
 * directly when it is one plain command (see {@link Shells}). Succeeds on exit code 0. Outputs come from
 * {@code $JUNCTION_OUTPUT}; {@code outputs:} templates also see {@code stdout}, {@code stderr},
 * {@code exit_code} and {@code files['path']}.
 */
public final class RunKind implements StepKind<RunKind.Config> {

    /**
     * @param script the script as written (a template)
     * @param shell  a shell name or {@code {0}} template, or null for the platform's default shell
     */
    public record Config(String script, String shell) {
        public Config {
            java.util.Objects.requireNonNull(script);
        }
    }

    private final Shells shells;
    private final ProcessRunner runner;

    public RunKind() {
        this(Shells.host(), new ProcessRunner());
    }

    public RunKind(Shells shells, ProcessRunner runner) {
        this.shells = shells;
        this.runner = runner;
    }

    @Override
    public String key() {
        return "run";
    }

    @Override
    public Set<String> siblingKeys() {
        return Set.of("shell");
    }

    @Override
    public Config parse(YamlNode node, MappingReader step, ParseContext context) {
        String shell = step.string("shell");
        boolean valid = true;
        if (shell != null && !Shells.isValid(shell)) {
            step.problems().error(step.node("shell").orElseThrow(), "unknown shell '" + shell + "' in " + step.where(),
                    Shells.hint(shell));
            valid = false;
        }
        String script = node instanceof YamlNode.Scalar scalar && !scalar.isNull() ? scalar.value() : null;
        if (script == null || script.isBlank()) {
            step.problems().error(node, "'run' in " + step.where() + " needs the script to run, not "
                    + (script == null ? node.describe() : "an empty text"),
                    "for example: run: mvn -B package   (use 'run: |' and indented lines for several commands)");
            return null;
        }
        return valid ? new Config(script, shell) : null;
    }

    @Override
    public String summary(Config config) {
        List<String> lines = config.script().strip().lines().toList();
        String first = lines.isEmpty() ? "" : lines.getFirst();
        if (first.length() > 80) {
            first = first.substring(0, 79) + "…";
        }
        int more = lines.size() - 1;
        return more == 0 ? first : first + " (+" + more + (more == 1 ? " line)" : " lines)");
    }

    @Override
    public StepResult execute(Config config, StepContext context) throws IOException, InterruptedException {
        String script = context.render(config.script());
        showCommand(script, context.log());
        ShellCommand command;
        try {
            command = shells.command(config.shell(), script, context.workingDirectory(), context.environment());
        } catch (IOException e) {
            return StepResult.failed(e.getMessage());
        }
        try (command) {
            return StepProcess.run(command.argv(), context, runner);
        }
    }

    /**
     * Shows what runs as one line, "$ first line (+N lines)": the whole script would drown the step's own output
     * (the definition is one click away in the designer, and `junction status` shows the file).
     */
    static void showCommand(String script, StepLog log) {
        List<String> lines = script.strip().lines().toList();
        if (lines.isEmpty()) {
            return;
        }
        log.system("$ " + lines.getFirst() + (lines.size() > 1 ? "  (+" + (lines.size() - 1) + " lines)" : ""));
    }
}
