package dev.junction.cli;

/** A status word, coloured by meaning and padded to a column width (padding counted without colour codes). */
final class StatusText {

    private StatusText() {}

    static String of(Console console, String status, int width) {
        String padded = status.length() >= width ? status : status + " ".repeat(width - status.length());
        return switch (status) {
            case "success" -> console.green(padded);
            case "failure", "interrupted" -> console.red(padded);
            case "running", "queued" -> console.blue(padded);
            case "skipped" -> console.dim(padded);
            default -> console.yellow(padded);
        };
    }
}
