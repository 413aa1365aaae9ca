package dev.junction.cli;

import dev.junction.workflow.source.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints problems the way compilers do: {@code file:line:col: error: message}, the source line with a
 * caret under the column, and the hint.
 */
final class ProblemPrinter {

    private final Console console;
    private final Map<Path, List<String>> sources = new HashMap<>();

    ProblemPrinter(Console console) {
        this.console = console;
    }

    void print(List<Problem> problems) {
        for (Problem p : problems) {
            String severity = p.isError() ? console.red("error") : console.yellow("warning");
            console.err().println(console.bold(p.location().toString()) + ": " + severity + ": " + p.message());
            sourceLine(p).ifPresent(line -> {
                console.err().println("    " + line);
                int caret = Math.max(0, Math.min(line.length(), p.location().column() - 1));
                console.err().println("    " + " ".repeat(caret) + console.green("^"));
            });
            if (!p.hint().isEmpty()) {
                console.err().println("    " + console.blue("hint: ") + p.hint().replace("\n", "\n    "));
            }
        }
    }

    private java.util.Optional<String> sourceLine(Problem p) {
        Path file = p.location().file();
        if (file == null) {
            return java.util.Optional.empty();
        }
        List<String> lines = sources.computeIfAbsent(file, f -> {
            try {
                return Files.readAllLines(f);
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
        int index = p.location().line() - 1;
        return index >= 0 && index < lines.size() ? java.util.Optional.of(lines.get(index)) : java.util.Optional.empty();
    }
}
