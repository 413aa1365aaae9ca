package dev.junction.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code junction}: validate, run and inspect workflows from a terminal. */
@Command(name = "junction", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Run and inspect Junction workflows.",
        subcommands = {ValidateCommand.class, RunCommand.class, HistoryCommand.class, StatusCommand.class,
                LogsCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the run failed (or the run/step asked for does not exist)",
                "2:invalid definition, inputs or usage", "130:cancelled (Ctrl+C)"})
public final class JunctionCli {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the CLI in-process and returns its exit code (used by tests and the desktop app). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new JunctionCli());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("junction: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return e instanceof IllegalArgumentException ? ExitCodes.INVALID : ExitCodes.RUN_FAILED;
        });
        return cli.execute(args);
    }
}
