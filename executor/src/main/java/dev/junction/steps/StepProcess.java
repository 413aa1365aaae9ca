package dev.junction.steps;

import dev.junction.process.Executables;
import dev.junction.process.OutputFile;
import dev.junction.process.ProcessRunner;
import dev.junction.process.ProcessSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the process of one {@code run} or {@code script} attempt and turns what happened into a result:
 * lines go to the step log, outputs come from {@code $JUNCTION_OUTPUT}, and {@code stdout}, {@code stderr},
 * {@code exit_code} and {@code files} are offered to the step's {@code outputs:} templates.
 */
final class StepProcess {

    /** How much of stdout and of stderr the {@code outputs:} templates can see. */
    static final int CAPTURE_LIMIT = 1024 * 1024;

    private StepProcess() {}

    static StepResult run(List<String> argv, StepContext context, ProcessRunner runner)
            throws IOException, InterruptedException {
        Cancellation cancellation = context.cancellation();
        if (cancellation.isCancelled()) {
            return StepResult.failed("cancelled: " + cancellation.reason());
        }
        Path workingDirectory = context.workingDirectory();
        if (!Files.isDirectory(workingDirectory)) {
            return StepResult.failed("the working directory " + workingDirectory + " does not exist");
        }
        Path outputFile = context.outputFile();
        // Not created in advance: `>> "$JUNCTION_OUTPUT"` creates it, and creating an empty file per step cost a
        // fifth of a millisecond (most steps write no outputs). A retry gets a file of its own, but a stale one
        // must never be read as this attempt's outputs.
        if (Files.exists(outputFile)) { // checked first: a failed delete costs an exception inside the JDK
            Files.delete(outputFile);
        }

        OutputCapture stdout = new OutputCapture(CAPTURE_LIMIT);
        OutputCapture stderr = new OutputCapture(CAPTURE_LIMIT);
        StepLog log = context.log();
        ProcessSpec spec = new ProcessSpec(argv, environment(context, outputFile), workingDirectory,
                line -> {
                    log.out(line);
                    stdout.add(line);
                },
                line -> {
                    log.err(line);
                    stderr.add(line);
                });
        int exitCode;
        try {
            exitCode = runner.run(spec, cancellation::onCancel);
        } catch (IOException e) {
            return StepResult.failed("could not start " + argv.getFirst() + ": " + e.getMessage());
        }
        warnIfTruncated(stdout, "stdout", log);
        warnIfTruncated(stderr, "stderr", log);
        Map<String, Object> outputContext = new LinkedHashMap<>();
        outputContext.put("stdout", stdout.text());
        outputContext.put("stderr", stderr.text());
        outputContext.put("exit_code", exitCode);
        outputContext.put("files", new WorkingDirectoryFiles(workingDirectory));
        if (cancellation.isCancelled()) {
            return new StepResult(false, exitCode, Map.of(), outputContext, "cancelled: " + cancellation.reason());
        }
        String error = exitCode == 0 ? "" : "exited with code " + exitCode;
        Map<String, Object> outputs = new LinkedHashMap<>();
        try {
            outputs.putAll(OutputFile.read(outputFile));
        } catch (OutputFile.MalformedException e) {
            error = error.isEmpty() ? e.getMessage() : error + "; " + e.getMessage();
        }
        return new StepResult(error.isEmpty(), exitCode, outputs, outputContext, error);
    }

    /** The step's environment plus where to write outputs, and on Unix PWD, as a shell would set it. */
    private static Map<String, String> environment(StepContext context, Path outputFile) {
        Map<String, String> environment = new LinkedHashMap<>(context.environment());
        environment.put("JUNCTION_OUTPUT", outputFile.toAbsolutePath().toString());
        if (!Executables.isWindowsHost()) {
            environment.put("PWD", context.workingDirectory().toAbsolutePath().toString());
        }
        return environment;
    }

    private static void warnIfTruncated(OutputCapture capture, String stream, StepLog log) {
        if (capture.truncated()) {
            log.system(stream + " was longer than " + CAPTURE_LIMIT / (1024 * 1024) + " MB; '" + stream
                    + "' in outputs holds only its beginning (the log has all of it)");
        }
    }
}
