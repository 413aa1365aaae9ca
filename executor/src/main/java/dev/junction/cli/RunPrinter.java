package dev.junction.cli;

import dev.junction.run.LogLine;
import dev.junction.run.RunEvent;
import dev.junction.run.RunListener;
import dev.junction.run.RunStatus;
import dev.junction.run.StepStatus;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Live progress of a run on the console: a line per step start and finish (status, duration), log lines
 * prefixed by the step, and a summary. Events arrive one at a time (the engine orders them), so no locking.
 */
final class RunPrinter implements RunListener {

    private final Console console;
    private final Map<StepStatus, Integer> counts = new EnumMap<>(StepStatus.class);
    private int width = 12;

    RunPrinter(Console console) {
        this.console = console;
    }

    @Override
    public void onEvent(RunEvent event) {
        switch (event) {
            case RunEvent.RunStarted e -> {
                width = Math.max(12, e.steps().stream().mapToInt(String::length).max().orElse(0) + 2);
                console.out().println(console.bold("▶ " + e.workflow()) + console.dim("  run " + e.runId()
                        + (e.dryRun() ? "  (dry run: nothing is executed)" : "")));
                if (!e.inputs().isEmpty()) {
                    console.out().println(console.dim("  inputs: " + e.inputs()));
                }
            }
            case RunEvent.StepStarted e -> console.out().println("  " + console.blue("●") + " " + pad(e.stepKey())
                    + console.dim(e.attempt() > 1 ? "started (attempt " + e.attempt() + ")" : "started"));
            case RunEvent.StepLog e -> printLog(e.line());
            case RunEvent.StepRetrying e -> { }
            case RunEvent.StepFinished e -> {
                if (e.stepKey().equals(e.stepId())) { // count steps, not foreach/matrix instances
                    counts.merge(e.status(), 1, Integer::sum);
                }
                String detail = e.reused() ? "reused from an earlier run" : e.error();
                console.out().println("  " + symbol(e.status()) + " " + pad(e.stepKey()) + word(e.status())
                        + console.dim("  " + format(e.duration()) + (detail.isEmpty() ? "" : "  " + detail)));
            }
            case RunEvent.RunFinished e -> {
                StringBuilder summary = new StringBuilder();
                counts.forEach((status, n) -> {
                    if (n > 0) {
                        summary.append(summary.isEmpty() ? "" : ", ").append(n).append(' ').append(status.label());
                    }
                });
                String head = switch (e.status()) {
                    case SUCCESS -> console.green("✓ run succeeded");
                    case CANCELLED -> console.yellow("■ run cancelled");
                    default -> console.red("✗ run " + e.status().label());
                };
                console.out().println(head + " in " + format(e.duration()) + console.dim("  (" + summary + ")")
                        + (e.error().isEmpty() || e.status() == RunStatus.SUCCESS ? "" : console.dim(" — " + e.error())));
            }
        }
    }

    private void printLog(LogLine line) {
        String prefix = line.stepKey().isEmpty() ? "run" : line.stepKey();
        String text = switch (line.stream()) {
            case ERR -> console.red(line.text());
            case SYSTEM -> console.dim(line.text());
            case OUT -> line.text();
        };
        console.out().println("    " + console.dim(prefix + " │") + " " + text);
    }

    private String pad(String key) {
        return key.length() >= width ? key + " " : key + " ".repeat(width - key.length());
    }

    private String symbol(StepStatus status) {
        return switch (status) {
            case SUCCESS -> console.green("✓");
            case FAILURE -> console.red("✗");
            case SKIPPED -> console.dim("○");
            default -> console.yellow("■");
        };
    }

    private String word(StepStatus status) {
        return switch (status) {
            case SUCCESS -> console.green("success");
            case FAILURE -> console.red("failure");
            case SKIPPED -> console.dim("skipped");
            default -> console.yellow(status.label());
        };
    }

    static String format(Duration d) {
        if (d == null) {
            return "-";
        }
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + "ms";
        }
        if (ms < 60_000) {
            return String.format(java.util.Locale.ROOT, "%.1fs", ms / 1000.0);
        }
        return d.toMinutes() + "m" + d.toSecondsPart() + "s";
    }
}
