package dev.junction.designer.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Creates a new workflow file from a name the user typed: {@code deploy} becomes {@code deploy.yaml} holding
 * a valid one-step workflow named {@code deploy}. Names follow the workflow-name rule (letters, digits,
 * {@code _} and {@code -}), so the file name and the workflow's {@code name:} always agree.
 */
public final class NewWorkflowFile {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private NewWorkflowFile() {}

    /**
     * What is wrong with {@code typed} as a new workflow in {@code folder}, or "" when it can be created.
     * The messages are for the user and say how to fix the name.
     */
    public static String problem(Path folder, String typed) {
        String name = baseName(typed);
        if (name.isEmpty()) {
            return "Enter a name for the workflow.";
        }
        if (name.contains("/") || name.contains("\\")) {
            return "Enter a file name, not a path; the workflow is created in " + folder.getFileName() + ".";
        }
        if (!NAME.matcher(name).matches()) {
            return "Use letters, digits, '_' and '-', starting with a letter or '_' (e.g. nightly-backup).";
        }
        if (Files.exists(folder.resolve(name + ".yaml")) || Files.exists(folder.resolve(name + ".yml"))) {
            return name + ".yaml already exists in " + folder.getFileName() + ".";
        }
        return "";
    }

    /**
     * Creates {@code folder/<name>.yaml} with a starter workflow.
     *
     * @return the new file
     * @throws IllegalArgumentException when {@link #problem} reports one (the message is that problem)
     * @throws IOException when the file cannot be written (or appeared meanwhile)
     */
    public static Path create(Path folder, String typed) throws IOException {
        String problem = problem(folder, typed);
        if (!problem.isEmpty()) {
            throw new IllegalArgumentException(problem);
        }
        String name = baseName(typed);
        Path file = folder.resolve(name + ".yaml");
        Files.writeString(file, template(name), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        return file;
    }

    static String template(String name) {
        return """
                name: %s
                description: What this workflow does
                steps:
                  hello:
                    log: "Hello from %s"
                """.formatted(name, name);
    }

    private static String baseName(String typed) {
        String name = typed == null ? "" : typed.strip();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml")) {
            return name.substring(0, name.length() - 5);
        }
        if (lower.endsWith(".yml")) {
            return name.substring(0, name.length() - 4);
        }
        return name;
    }
}
