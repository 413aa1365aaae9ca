package dev.junction.workflow.inputs;

/** A problem with the value given for one input. */
public record InputError(String input, String message) {
    @Override
    public String toString() {
        return "input '" + input + "': " + message;
    }
}
