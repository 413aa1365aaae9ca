package dev.junction.cli;

import dev.junction.engine.LocalExecutor;
import dev.junction.run.RunDetail;
import dev.junction.run.RunSummary;
import dev.junction.run.StepRun;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "status", description = "Show one run: status, inputs, and each step with its outputs.")
final class StatusCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN", description = "A run id (a unique prefix is enough).")
    String runId;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        Console console = common.console();
        try (LocalExecutor executor = common.openExecutor(List.of())) {
            Optional<RunDetail> detail = executor.resolveRunId(runId).flatMap(executor::run);
            if (detail.isEmpty()) {
                console.err().println("junction: no run matches '" + runId + "'");
                return ExitCodes.RUN_FAILED;
            }
            RunSummary run = detail.get().summary();
            console.out().println(console.bold(run.workflow()) + "  " + run.runId());
            console.out().println("  status:   " + StatusText.of(console, run.status().label(), 0)
                    + (run.error().isEmpty() ? "" : console.dim("  " + run.error())));
            console.out().println("  started:  " + HistoryCommand.TIME.format(run.startedAt()) + "  (" + run.trigger() + ")");
            console.out().println("  duration: " + (run.duration() == null ? "running" : RunPrinter.format(run.duration())));
            if (!run.inputs().isEmpty()) {
                console.out().println("  inputs:   " + run.inputs());
            }
            if (!run.definitionRevision().isEmpty()) {
                console.out().println("  revision: " + run.definitionRevision());
            }
            console.out().println();
            for (StepRun step : detail.get().steps()) {
                String attempts = step.attempts().size() > 1 ? "  " + step.attempts().size() + " attempts" : "";
                console.out().println("  " + String.format("%-28s", step.stepKey()) + StatusText.of(console, step.status().label(), 12)
                        + console.dim(String.format("%8s", step.duration() == null ? "-" : RunPrinter.format(step.duration()))
                        + (step.exitCode() == null ? "" : "  exit " + step.exitCode()) + attempts
                        + (step.reused() ? "  reused" : "") + (step.error().isEmpty() ? "" : "  " + step.error())));
                step.outputs().forEach((k, v) -> console.out().println("      " + console.dim(k + " = ") + v));
            }
            return ExitCodes.SUCCESS;
        }
    }
}
