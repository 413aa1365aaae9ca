package dev.junction.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.junction.engine.LocalExecutor;
import dev.junction.run.RunHandle;
import dev.junction.run.RunRequest;
import dev.junction.run.RunStatus;
import dev.junction.workflow.Workflow;
import dev.junction.workflow.inputs.InvalidInputsException;
import dev.junction.workflow.load.LoadResult;
import dev.junction.workflow.load.WorkflowLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", description = "Run a workflow here, with live progress; exits 0 on success, 1 on failure.")
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The workflow file.")
    Path file;

    @Option(names = {"-i", "--input"}, paramLabel = "NAME=VALUE", description = "An input value (repeatable).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--inputs-file", paramLabel = "FILE", description = "Input values from a JSON or YAML file.")
    Path inputsFile;

    @Option(names = "--dry-run", description = "Print the plan; execute nothing.")
    boolean dryRun;

    @Option(names = "--max-parallel", paramLabel = "N", description = "How many steps may run at once.")
    Integer maxParallel;

    @Option(names = "--secrets-file", paramLabel = "FILE", description = "A YAML file of NAME: value secrets (repeatable).")
    List<Path> secretsFiles = new ArrayList<>();

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        Console console = common.console();
        if (maxParallel != null && maxParallel < 1) {
            console.err().println("junction: --max-parallel must be at least 1");
            return ExitCodes.INVALID;
        }
        LoadResult loaded = WorkflowLoader.standard().load(file);
        new ProblemPrinter(console).print(loaded.problems());
        if (loaded.hasErrors()) {
            return ExitCodes.INVALID;
        }
        Workflow workflow = loaded.orThrow();
        Map<String, Object> values;
        try {
            values = inputValues();
        } catch (IllegalArgumentException e) {
            console.err().println("junction: " + e.getMessage());
            return ExitCodes.INVALID;
        }
        RunRequest.RunOptions options = RunRequest.RunOptions.DEFAULT.withTrigger("cli").withDryRun(dryRun)
                .withMaxParallel(maxParallel);
        try (LocalExecutor executor = common.openExecutor(secretsFiles)) {
            executor.secretWarnings().forEach(w -> console.err().println(console.yellow("warning: ") + w));
            RunHandle handle;
            try {
                handle = executor.submit(new RunRequest(workflow, values, options), new RunPrinter(console));
            } catch (InvalidInputsException e) {
                e.errors().forEach(err -> console.err().println(console.red("error: ") + err));
                return ExitCodes.INVALID;
            }
            Thread hook = new Thread(() -> cancelAndWait(executor, handle), "junction-ctrl-c");
            Runtime.getRuntime().addShutdownHook(hook);
            RunStatus status = handle.completion().get();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down (Ctrl+C raced the end of the run)
            }
            return switch (status) {
                case SUCCESS -> ExitCodes.SUCCESS;
                case CANCELLED -> ExitCodes.CANCELLED;
                default -> ExitCodes.RUN_FAILED;
            };
        }
    }

    /** Ctrl+C: stop the run (killing its processes) and let the store record it before the JVM exits. */
    private static void cancelAndWait(LocalExecutor executor, RunHandle handle) {
        if (handle.completion().isDone()) {
            return;
        }
        executor.cancel(handle.runId());
        try {
            handle.completion().get(15, TimeUnit.SECONDS);
            executor.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // exiting anyway; the next start marks the run interrupted
        }
    }

    private Map<String, Object> inputValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        if (inputsFile != null) {
            try {
                Object parsed = new ObjectMapper(new YAMLFactory()).readValue(inputsFile.toFile(), Object.class);
                if (!(parsed instanceof Map<?, ?> map)) {
                    throw new IllegalArgumentException(inputsFile + " must hold a map of input names to values");
                }
                map.forEach((k, v) -> values.put(String.valueOf(k), v));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + inputsFile + ": " + e.getMessage(), e);
            }
        }
        for (String pair : inputs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--input needs NAME=VALUE, got '" + pair + "'");
            }
            values.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return values;
    }
}
