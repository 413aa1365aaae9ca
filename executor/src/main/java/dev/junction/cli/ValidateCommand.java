package dev.junction.cli;

import dev.junction.workflow.load.LoadResult;
import dev.junction.workflow.load.WorkflowLoader;
import dev.junction.workflow.source.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "validate", description = "Check workflow files and report every problem with its place.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Workflow files, or folders to search for them.")
    List<Path> paths;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        Console console = common.console();
        WorkflowLoader loader = WorkflowLoader.standard();
        ProblemPrinter printer = new ProblemPrinter(console);
        int errors = 0;
        int files = 0;
        for (Path file : WorkflowFiles.expand(paths)) {
            files++;
            LoadResult result = loader.load(file);
            printer.print(result.problems());
            long count = result.problems().stream().filter(Problem::isError).count();
            errors += (int) count;
            if (count == 0) {
                int steps = result.workflow().map(w -> w.steps().size()).orElse(0);
                console.out().println(console.green("✓ ") + file + console.dim("  (" + steps + " steps)"));
            }
        }
        if (files == 0) {
            console.err().println("junction: no workflow files found in " + paths);
            return ExitCodes.INVALID;
        }
        if (errors > 0) {
            console.err().println(console.red(errors + (errors == 1 ? " error" : " errors")) + " in " + files
                    + (files == 1 ? " file" : " files"));
            return ExitCodes.INVALID;
        }
        return ExitCodes.SUCCESS;
    }

    /** Finds workflow files: given files as they are; in folders, YAML files with a top-level 'steps:'. */
    static final class WorkflowFiles {
        private WorkflowFiles() {}

        static List<Path> expand(List<Path> paths) {
            List<Path> result = new ArrayList<>();
            for (Path path : paths) {
                if (!Files.isDirectory(path)) {
                    result.add(path);
                    continue;
                }
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                            .filter(p -> !isHidden(path, p))
                            .filter(WorkflowFiles::looksLikeWorkflow)
                            .sorted()
                            .forEach(result::add);
                } catch (IOException e) {
                    throw new IllegalArgumentException("cannot read folder " + path + ": " + e.getMessage(), e);
                }
            }
            return result;
        }

        private static boolean isHidden(Path root, Path file) {
            for (Path part : root.relativize(file)) {
                if (part.toString().startsWith(".")) {
                    return true;
                }
            }
            return false;
        }

        static boolean looksLikeWorkflow(Path file) {
            String name = file.getFileName().toString();
            if (name.endsWith(".junction.yaml") || name.endsWith(".junction.yml")) {
                return true;
            }
            if (name.startsWith("action.")) {
                return false;
            }
            try (Stream<String> lines = Files.lines(file)) {
                return lines.anyMatch(l -> l.startsWith("steps:"));
            } catch (IOException | java.io.UncheckedIOException e) {
                return false;
            }
        }
    }
}
