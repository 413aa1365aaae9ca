package dev.junction.steps;

/** Where a step's lines go. Lines are masked and stored by the engine; thread-safe. */
public interface StepLog {
    void out(String line);

    void err(String line);

    /** A line from Junction itself about the step (command shown, retry, …). */
    void system(String line);
}
