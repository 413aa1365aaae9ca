package dev.junction.steps;

import dev.junction.expr.Templates;
import dev.junction.process.Executables;
import dev.junction.process.Interpreters;
import dev.junction.process.ProcessRunner;
import dev.junction.workflow.source.MappingReader;
import dev.junction.workflow.source.Problem;
import dev.junction.workflow.source.Problems;
import dev.junction.workflow.source.YamlNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code script: {language, code | file, args, interpreter}}: runs a script with its language's interpreter as
 * {@code <interpreter> <file> <args…>}. Inline {@code code} is rendered as a template and written to a temporary
 * file with the language's extension (deleted afterwards); {@code file} is a path relative to the workflow's
 * folder. Results and {@code outputs:} variables are those of {@link RunKind}.
 */
public final class ScriptKind implements StepKind<ScriptKind.Config> {

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]*");

    /**
     * @param language      e.g. {@code python}; picks the interpreter and the file extension
     * @param code          the inline script (a template), or null
     * @param file          the script file as written (may be a template), or null; exactly one of code/file
     * @param baseDirectory the folder {@code file} is relative to (the workflow's)
     * @param args          arguments after the script file (templates)
     * @param interpreter   the command that replaces the language's interpreter, e.g. {@code uv run}, or null
     */
    public record Config(String language, String code, String file, Path baseDirectory, List<String> args,
                         String interpreter) {
        public Config {
            java.util.Objects.requireNonNull(language);
            if ((code == null) == (file == null)) {
                throw new IllegalArgumentException("a script needs exactly one of code and file");
            }
            args = List.copyOf(args);
        }
    }

    private final Interpreters interpreters;
    private final Executables executables;
    private final ProcessRunner runner;

    public ScriptKind() {
        this(Executables.host(), new ProcessRunner());
    }

    public ScriptKind(Executables executables, ProcessRunner runner) {
        this.executables = executables;
        this.interpreters = new Interpreters(executables);
        this.runner = runner;
    }

    @Override
    public String key() {
        return "script";
    }

    @Override
    public Config parse(YamlNode node, MappingReader step, ParseContext context) {
        String where = "'script' of " + step.where();
        Optional<MappingReader> maybe = MappingReader.of(node, where,
                MappingReader.keys("language", "code", "file", "args", "interpreter"), step.problems());
        if (maybe.isEmpty()) {
            return null;
        }
        MappingReader reader = maybe.get();
        Problems problems = step.problems();
        long errorsBefore = errorCount(problems);
        String language = reader.requiredString("language", "for example: language: python");
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            problems.error(reader.node("language").orElseThrow(), "'language' in " + where
                    + " must be one word such as python, node, bash, ruby; not '" + language + "'",
                    "to run a script with a particular command, set 'interpreter', e.g. interpreter: uv run");
        }
        String code = reader.string("code");
        String file = reader.string("file");
        if (reader.has("code") && reader.has("file")) {
            problems.error(reader.entry("file").orElseThrow().key(), where + " has both 'code' and 'file'",
                    "give either the script inline under 'code' or its path under 'file'");
        } else if (!reader.has("code") && !reader.has("file")) {
            problems.error(reader.mapping(), where + " needs 'code' (the script itself) or 'file' (its path)",
                    "for example: code: print('hello')   or   file: scripts/build.py");
        } else {
            String key = reader.has("code") ? "code" : "file";
            YamlNode value = reader.node(key).orElseThrow();
            String text = reader.has("code") ? code : file;
            if (MappingReader.isNull(value) || (text != null && text.isBlank())) {
                problems.error(value, "'" + key + "' in " + where + " is empty",
                        key.equals("code") ? "write the script under 'code: |' on indented lines" : "give the script's path");
            } else if (file != null && !Templates.isTemplate(file)) {
                checkFile(file, reader, context, where);
            }
        }
        List<String> args = reader.stringList("args");
        String interpreter = reader.string("interpreter");
        if (interpreter != null && interpreter.isBlank()) {
            problems.error(reader.node("interpreter").orElseThrow(), "'interpreter' in " + where + " is empty",
                    "leave it out to use the language's usual interpreter");
        }
        reader.finish();
        if (errorCount(problems) > errorsBefore) {
            return null;
        }
        return new Config(language, code, file, context.baseDirectory(), args, interpreter);
    }

    private static long errorCount(Problems problems) {
        return problems.sorted().stream().filter(Problem::isError).count();
    }

    private static void checkFile(String file, MappingReader reader, ParseContext context, String where) {
        YamlNode node = reader.node("file").orElseThrow();
        try {
            Path path = context.baseDirectory().resolve(file);
            if (!Files.isRegularFile(path)) {
                // a warning, not an error: the file may be created before the step runs
                reader.problems().warning(node, "the script file " + path + " of " + where + " does not exist (yet)",
                        "the path is relative to the workflow's folder " + context.baseDirectory());
            }
        } catch (InvalidPathException e) {
            reader.problems().error(node, "'" + file + "' in " + where + " is not a valid path: " + e.getReason(), "");
        }
    }

    @Override
    public String summary(Config config) {
        if (config.file() != null) {
            return config.language() + " " + config.file();
        }
        long lines = config.code().strip().lines().count();
        return config.language() + " (inline, " + lines + (lines == 1 ? " line)" : " lines)");
    }

    @Override
    public StepResult execute(Config config, StepContext context) throws IOException, InterruptedException {
        Path workingDirectory = context.workingDirectory();
        Map<String, String> environment = context.environment();
        List<String> command = interpreters.command(config.language(), config.interpreter(), workingDirectory, environment);
        Optional<Path> program = executables.find(command.getFirst(), workingDirectory, environment);
        if (program.isEmpty()) {
            return StepResult.failed("'" + command.getFirst() + "' (the interpreter for " + config.language()
                    + ") was not found on the PATH; install it, or set 'interpreter' to the command to use");
        }
        List<String> args = new ArrayList<>();
        for (String arg : config.args()) {
            args.add(context.render(arg));
        }
        Path scriptFile;
        Path temporary = null;
        if (config.code() != null) {
            temporary = Files.createTempFile("junction-script-", Interpreters.extension(config.language()));
            Files.writeString(temporary, context.render(config.code()), StandardCharsets.UTF_8);
            scriptFile = temporary;
        } else {
            scriptFile = config.baseDirectory().resolve(context.render(config.file())).toAbsolutePath();
            if (!Files.isRegularFile(scriptFile)) {
                return StepResult.failed("the script file " + scriptFile + " does not exist");
            }
        }
        try {
            List<String> argv = new ArrayList<>(command);
            argv.set(0, program.get().toString());
            argv.add(scriptFile.toString());
            argv.addAll(args);
            List<String> shown = new ArrayList<>(command);
            shown.add(temporary == null ? scriptFile.toString() : "<inline " + config.language() + " script>");
            shown.addAll(args);
            context.log().system("$ " + String.join(" ", shown));
            return StepProcess.run(argv, context, runner);
        } finally {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
