package dev.junction.run;

import java.util.List;

/** A run with all its steps, as stored. */
public record RunDetail(RunSummary summary, List<StepRun> steps) {
    public RunDetail {
        steps = List.copyOf(steps);
    }
}
