package dev.junction.steps;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a running step may use. Small on purpose: a runner renders its templates, logs, reads its
 * environment and working directory, writes outputs, and watches for cancellation.
 */
public interface StepContext {

    /** Renders a template against this step's variables (inputs, env, secrets, steps, matrix, item, …). */
    String render(String template);

    /** This step's variables, for kinds that evaluate templates themselves or build nested scopes. */
    Map<String, Object> variables();

    /** A context whose templates see {@code variables} instead (actions: their own {@code inputs}). */
    StepContext withVariables(Map<String, Object> variables);

    /** The environment for processes: the OS environment, workflow env, step env, JUNCTION_* variables. */
    Map<String, String> environment();

    Path workingDirectory();

    /**
     * The file a process writes {@code key=value} outputs to; exported as {@code $JUNCTION_OUTPUT}. Its folder
     * exists; the file itself only once something is written to it.
     */
    Path outputFile();

    StepLog log();

    Cancellation cancellation();
}
