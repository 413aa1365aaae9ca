package dev.junction.cli;

import dev.junction.engine.LocalExecutor;
import dev.junction.run.LogLine;
import dev.junction.run.RunDetail;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "logs", description = "Print a run's logs; --follow keeps printing while it runs.")
final class LogsCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    @Parameters(index = "0", paramLabel = "RUN", description = "A run id (a unique prefix is enough).")
    String runId;

    @Option(names = {"-s", "--step"}, paramLabel = "STEP", description = "Only this step (all its foreach/matrix instances).")
    String step;

    @Option(names = {"-f", "--follow"}, description = "Keep printing new lines until the run ends.")
    boolean follow;

    @Option(names = {"-t", "--timestamps"}, description = "Prefix each line with its time.")
    boolean timestamps;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws InterruptedException {
        Console console = common.console();
        try (LocalExecutor executor = common.openExecutor(List.of())) {
            Optional<String> id = executor.resolveRunId(runId);
            if (id.isEmpty()) {
                console.err().println("junction: no run matches '" + runId + "'");
                return ExitCodes.RUN_FAILED;
            }
            long after = -1;
            while (true) {
                for (LogLine line : executor.logs(id.get(), step, after)) {
                    print(console, line);
                    after = line.seq();
                }
                if (!follow) {
                    return ExitCodes.SUCCESS;
                }
                Optional<RunDetail> run = executor.run(id.get());
                if (run.isEmpty() || run.get().summary().status().isTerminal()) {
                    executor.logs(id.get(), step, after).forEach(l -> print(console, l));
                    return ExitCodes.SUCCESS;
                }
                Thread.sleep(250);
            }
        }
    }

    private void print(Console console, LogLine line) {
        String prefix = (timestamps ? TIME.format(line.time()) + " " : "") + (line.stepKey().isEmpty() ? "run" : line.stepKey());
        String text = switch (line.stream()) {
            case ERR -> console.red(line.text());
            case SYSTEM -> console.dim(line.text());
            case OUT -> line.text();
        };
        console.out().println(console.dim(prefix + " │") + " " + text);
    }
}
