package dev.junction.cli;

/** The CLI's exit codes (documented in docs/cli.md). */
public final class ExitCodes {
    public static final int SUCCESS = 0;
    /** The run failed (a step failed), or the asked-for run/step does not exist. */
    public static final int RUN_FAILED = 1;
    /** Invalid definition, invalid inputs, or wrong usage. */
    public static final int INVALID = 2;
    /** The run was cancelled (Ctrl+C). */
    public static final int CANCELLED = 130;

    private ExitCodes() {}
}
