package dev.junction.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Where the CLI writes, and whether it may use colour: only on a terminal, never when {@code NO_COLOR} is
 * set or {@code TERM=dumb}, never when output is piped (so logs and scripts get plain text).
 */
public final class Console {

    private final PrintStream out;
    private final PrintStream err;
    private final boolean color;

    public Console(PrintStream out, PrintStream err, boolean color) {
        this.out = out;
        this.err = err;
        this.color = color;
    }

    public static Console system(boolean noColor) {
        boolean terminal = System.console() != null && System.console().isTerminal();
        boolean allowed = System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
        // UTF-8 bytes through the current System.out/err (whatever the platform's console encoding), so the
        // symbols render on terminals and tests can capture the streams
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        return new Console(out, err, terminal && allowed && !noColor);
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public String green(String s) {
        return paint("32", s);
    }

    public String red(String s) {
        return paint("31", s);
    }

    public String yellow(String s) {
        return paint("33", s);
    }

    public String blue(String s) {
        return paint("34", s);
    }

    public String dim(String s) {
        return paint("2", s);
    }

    public String bold(String s) {
        return paint("1", s);
    }

    private String paint(String code, String s) {
        return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
