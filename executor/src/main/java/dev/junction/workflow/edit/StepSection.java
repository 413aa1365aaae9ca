package dev.junction.workflow.edit;

/** The two maps of steps a workflow has. Step ids are unique across both. */
public enum StepSection {
    STEPS("steps"),
    ON_FAILURE("on-failure");

    private final String key;

    StepSection(String key) {
        this.key = key;
    }

    /** The top-level YAML key. */
    public String key() {
        return key;
    }
}
