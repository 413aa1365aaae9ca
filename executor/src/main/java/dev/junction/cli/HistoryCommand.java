package dev.junction.cli;

import dev.junction.engine.LocalExecutor;
import dev.junction.run.HistoryQuery;
import dev.junction.run.RunSummary;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "history", description = "List recent runs, newest first.")
final class HistoryCommand implements Callable<Integer> {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    @Option(names = {"-w", "--workflow"}, paramLabel = "NAME", description = "Only runs of this workflow.")
    String workflow;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "20", description = "How many runs (default 20).")
    int limit;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        Console console = common.console();
        if (limit < 1) {
            console.err().println("junction: --limit must be at least 1");
            return ExitCodes.INVALID;
        }
        try (LocalExecutor executor = common.openExecutor(List.of())) {
            List<RunSummary> runs = executor.history(new HistoryQuery(workflow, limit));
            if (runs.isEmpty()) {
                console.out().println("no runs yet" + (workflow == null ? "" : " of " + workflow));
                return ExitCodes.SUCCESS;
            }
            console.out().println(console.bold(String.format("%-24s %-24s %-12s %-20s %9s  %s",
                    "RUN", "WORKFLOW", "STATUS", "STARTED", "DURATION", "TRIGGER")));
            for (RunSummary run : runs) {
                console.out().println(String.format("%-24s %-24s %s %-20s %9s  %s", run.runId(), run.workflow(),
                        StatusText.of(console, run.status().label(), 12), TIME.format(run.startedAt()),
                        run.duration() == null ? "-" : RunPrinter.format(run.duration()), run.trigger()));
            }
        }
        return ExitCodes.SUCCESS;
    }
}
