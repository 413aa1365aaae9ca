package dev.junction.process;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The program that runs a script in a given language, and the file extension its scripts need. Known:
 * python (python3, or python on Windows and where python3 is absent), node, bash, sh, pwsh, ruby, perl,
 * groovy; any other language name is taken as the program itself. Thread-safe.
 */
public final class Interpreters {

    private final Executables executables;

    public Interpreters(Executables executables) {
        this.executables = executables;
    }

    public static Interpreters host() {
        return new Interpreters(Executables.host());
    }

    /** The extension a script file in {@code language} gets ({@code .py}, {@code .js}, …), or "" when unknown. */
    public static String extension(String language) {
        return switch (language.toLowerCase(Locale.ROOT)) {
            case "python", "python3" -> ".py";
            case "node", "javascript", "js" -> ".js";
            case "bash", "sh" -> ".sh";
            case "pwsh", "powershell" -> ".ps1";
            case "ruby" -> ".rb";
            case "perl" -> ".pl";
            case "groovy" -> ".groovy";
            default -> "";
        };
    }

    /**
     * The command words that run a script file, before the file name: {@code interpreter} split on spaces when
     * given (e.g. {@code "uv run"}), else the language's program. The first word is not resolved here.
     */
    public List<String> command(String language, String interpreter, Path workingDirectory, Map<String, String> environment) {
        if (interpreter != null && !interpreter.isBlank()) {
            return List.of(interpreter.strip().split("[ \t]+"));
        }
        String program = switch (language.toLowerCase(Locale.ROOT)) {
            case "python" -> executables.windows()
                    || executables.find("python3", workingDirectory, environment).isEmpty() ? "python" : "python3";
            case "javascript", "js" -> "node";
            case "powershell" -> executables.windows() ? "powershell" : "pwsh";
            default -> language;
        };
        return List.of(program);
    }
}
