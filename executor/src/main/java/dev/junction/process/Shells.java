package dev.junction.process;

import dev.junction.workflow.source.Suggestions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a {@code run:} script and a shell name into a command line, with the same conventions as GitHub
 * Actions so that scripts behave as their authors expect:
 * <ul>
 *   <li>{@code bash}: {@code bash --noprofile --norc -eo pipefail -c <script>} (stop at the first failing line)</li>
 *   <li>{@code sh}: {@code sh -e -c <script>}</li>
 *   <li>{@code pwsh}: the script in a temporary {@code .ps1} file, with {@code $ErrorActionPreference = 'stop'}
 *       before and the exit code of the last native command after, run by
 *       {@code pwsh -NoLogo -NoProfile -NonInteractive -Command ". '<file>'"}</li>
 *   <li>{@code cmd}: the script in a temporary {@code .cmd} file, run by
 *       {@code cmd /D /E:ON /V:OFF /S /C "CALL "<file>""}</li>
 *   <li>a custom template such as {@code perl {0}}: the script in a temporary file whose path replaces {@code {0}}</li>
 * </ul>
 * pwsh and cmd get their script through a file because Windows passes one command-line string to a process
 * and quoting a multi-line script inside it is fragile. The default shell is bash (or sh without bash) on
 * Unix and pwsh (or cmd without pwsh) on Windows. Thread-safe.
 */
public final class Shells {

    /** The shell names a step may give in {@code shell:}, besides a custom {@code {0}} template. */
    public static final List<String> NAMES = List.of("bash", "sh", "pwsh", "cmd");

    /** Where a custom shell template puts the script file. */
    public static final String SCRIPT_PLACEHOLDER = "{0}";

    private final Executables executables;

    public Shells(Executables executables) {
        this.executables = executables;
    }

    /** The shells of the machine this JVM runs on. */
    public static Shells host() {
        return new Shells(Executables.host());
    }

    public Executables executables() {
        return executables;
    }

    /** Whether {@code shell} is a valid {@code shell:} value (a known name or a {@code {0}} template). */
    public static boolean isValid(String shell) {
        return NAMES.contains(shell) || (shell.contains(SCRIPT_PLACEHOLDER) && !shell.strip().startsWith(SCRIPT_PLACEHOLDER));
    }

    /** A hint for an invalid shell name: the closest known name, or the list of choices. */
    public static String hint(String shell) {
        String choices = "expected one of " + String.join(", ", NAMES)
                + ", or a command with {0} for the script file, e.g. 'perl {0}'";
        return Suggestions.closest(shell, NAMES).map(c -> "did you mean '" + c + "'? " + choices).orElse(choices);
    }

    /** The shell used when a step names none: bash or sh on Unix, pwsh or cmd on Windows (by the step's PATH). */
    public String defaultShell(Path workingDirectory, Map<String, String> environment) {
        if (executables.windows()) {
            return executables.find("pwsh", workingDirectory, environment).isPresent() ? "pwsh" : "cmd";
        }
        return executables.find("bash", workingDirectory, environment).isPresent() ? "bash" : "sh";
    }

    /**
     * Builds the command for {@code script}. With the default Unix shell, a script that is one plain command
     * (see {@link SimpleCommand}) whose program is on the PATH is started directly; when the program is not
     * found, the shell runs it and reports "command not found" (exit 127) as usual.
     *
     * @param shell            a shell name or template, or null for the default shell
     * @param workingDirectory where the process will run; relative program paths resolve against it
     * @param environment      the process's full environment; its PATH is searched
     * @return the command; the caller must {@link ShellCommand#close() close} it after the process ends
     * @throws IOException when the shell is not on the PATH or a temporary script file cannot be written
     * @throws IllegalArgumentException when {@code shell} is not {@link #isValid(String) valid}
     */
    public ShellCommand command(String shell, String script, Path workingDirectory, Map<String, String> environment)
            throws IOException {
        if (shell != null && !isValid(shell)) {
            throw new IllegalArgumentException("unknown shell '" + shell + "'; " + hint(shell));
        }
        String chosen = shell == null ? defaultShell(workingDirectory, environment) : shell;
        if (shell == null && !executables.windows()) {
            Optional<ShellCommand> direct = direct(chosen, script, workingDirectory, environment);
            if (direct.isPresent()) {
                return direct.get();
            }
        }
        return switch (chosen) {
            case "bash" -> new ShellCommand(List.of(program("bash", workingDirectory, environment),
                    "--noprofile", "--norc", "-eo", "pipefail", "-c", script), chosen, false, null);
            case "sh" -> new ShellCommand(List.of(program("sh", workingDirectory, environment), "-e", "-c", script),
                    chosen, false, null);
            case "pwsh" -> pwsh(script, workingDirectory, environment);
            case "cmd" -> cmd(script, workingDirectory, environment);
            default -> custom(chosen, script, workingDirectory, environment);
        };
    }

    private Optional<ShellCommand> direct(String shell, String script, Path workingDirectory,
                                          Map<String, String> environment) {
        Optional<List<String>> words = SimpleCommand.words(script);
        if (words.isEmpty() || bashWouldDiffer(shell, words.get().getFirst(), environment)) {
            return Optional.empty();
        }
        return executables.find(words.get().getFirst(), workingDirectory, environment).map(program -> {
            List<String> argv = new ArrayList<>(words.get());
            argv.set(0, program.toString());
            return new ShellCommand(argv, shell, true, null);
        });
    }

    /** bash runs $BASH_ENV first and prefers exported functions over programs; then only bash is faithful. */
    private static boolean bashWouldDiffer(String shell, String program, Map<String, String> environment) {
        return shell.equals("bash") && (environment.containsKey("BASH_ENV")
                || environment.containsKey("BASH_FUNC_" + program + "%%"));
    }

    private ShellCommand pwsh(String script, Path workingDirectory, Map<String, String> environment) throws IOException {
        String program = program("pwsh", workingDirectory, environment);
        String body = "$ErrorActionPreference = 'stop'\n" + script
                + "\nif ((Test-Path -LiteralPath variable:\\LASTEXITCODE)) { exit $LASTEXITCODE }\n";
        Path file = scriptFile(".ps1", body);
        String quoted = file.toAbsolutePath().toString().replace("'", "''");
        return new ShellCommand(List.of(program,
                "-NoLogo", "-NoProfile", "-NonInteractive", "-Command", ". '" + quoted + "'"), "pwsh", false, file);
    }

    private ShellCommand cmd(String script, Path workingDirectory, Map<String, String> environment) throws IOException {
        // cmd echoes every line of a batch file unless told not to; the log already shows the script
        String comSpec = executables.variable(environment, "ComSpec");
        String program = comSpec != null && !comSpec.isBlank() ? comSpec : program("cmd", workingDirectory, environment);
        String body = ("@echo off\n" + script + "\n").replace("\r\n", "\n").replace("\n", "\r\n");
        Path file = scriptFile(".cmd", body);
        return new ShellCommand(List.of(program, "/D", "/E:ON", "/V:OFF", "/S", "/C",
                "\"CALL \"" + file.toAbsolutePath() + "\"\""), "cmd", false, file);
    }

    private ShellCommand custom(String template, String script, Path workingDirectory, Map<String, String> environment)
            throws IOException {
        String[] words = template.strip().split("[ \t]+");
        String program = program(words[0], workingDirectory, environment);
        Path file = scriptFile("", script);
        List<String> argv = new ArrayList<>();
        argv.add(program);
        for (int i = 1; i < words.length; i++) {
            argv.add(words[i].replace(SCRIPT_PLACEHOLDER, file.toAbsolutePath().toString()));
        }
        return new ShellCommand(argv, template, false, file);
    }

    private String program(String name, Path workingDirectory, Map<String, String> environment) throws IOException {
        return executables.find(name, workingDirectory, environment)
                .map(Path::toString)
                .orElseThrow(() -> new IOException("the shell '" + name + "' was not found on the PATH ("
                        + executables.variable(environment, "PATH") + ")"));
    }

    private static Path scriptFile(String extension, String body) throws IOException {
        Path file = Files.createTempFile("junction-script-", extension);
        Files.writeString(file, body, StandardCharsets.UTF_8);
        return file;
    }
}
