package dev.junction.steps;

import dev.junction.expr.Templates;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real {@link StepContext} for tests: renders with the real {@link Templates}, uses a real directory and
 * output file, and records log lines instead of sending them to an engine.
 */
public final class RecordingStepContext implements StepContext {

    private static final Templates TEMPLATES = new Templates();

    public final List<String> out;
    public final List<String> err;
    public final List<String> system;
    private final Map<String, Object> variables;
    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final Path outputFile;
    private final Cancellation cancellation;

    public RecordingStepContext(Path workingDirectory) {
        this(workingDirectory, Map.of(), new LinkedHashMap<>(System.getenv()), new CopyOnWriteArrayList<>(),
                new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>(), new Cancellation());
    }

    private RecordingStepContext(Path workingDirectory, Map<String, Object> variables, Map<String, String> environment,
                                 List<String> out, List<String> err, List<String> system, Cancellation cancellation) {
        this.workingDirectory = workingDirectory;
        try {
            // the contract: the folder exists (as the engine's per-run temporary folder does)
            this.outputFile = java.nio.file.Files.createTempDirectory("junction-output-").resolve("output");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        this.variables = variables;
        this.environment = environment;
        this.out = out;
        this.err = err;
        this.system = system;
        this.cancellation = cancellation;
    }

    /** Sets (or with null removes) a variable of the process environment. */
    public RecordingStepContext env(String name, String value) {
        if (value == null) {
            environment.remove(name);
        } else {
            environment.put(name, value);
        }
        return this;
    }

    @Override
    public String render(String template) {
        return TEMPLATES.render(template, variables);
    }

    @Override
    public Map<String, Object> variables() {
        return variables;
    }

    @Override
    public RecordingStepContext withVariables(Map<String, Object> newVariables) {
        return new RecordingStepContext(workingDirectory, newVariables, environment, out, err, system, cancellation);
    }

    @Override
    public Map<String, String> environment() {
        return environment;
    }

    @Override
    public Path workingDirectory() {
        return workingDirectory;
    }

    @Override
    public Path outputFile() {
        return outputFile;
    }

    @Override
    public StepLog log() {
        return new StepLog() {
            @Override
            public void out(String line) {
                out.add(line);
            }

            @Override
            public void err(String line) {
                err.add(line);
            }

            @Override
            public void system(String line) {
                system.add(line);
            }
        };
    }

    @Override
    public Cancellation cancellation() {
        return cancellation;
    }

    /** Renders a template against a step result's output context, as the engine does for {@code outputs:}. */
    public static String renderOutput(String template, StepResult result) {
        return TEMPLATES.render(template, result.outputContext());
    }
}
