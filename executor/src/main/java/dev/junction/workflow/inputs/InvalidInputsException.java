package dev.junction.workflow.inputs;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown before a run starts when input values are missing or invalid; names every bad input. */
public final class InvalidInputsException extends RuntimeException {

    private final List<InputError> errors;

    public InvalidInputsException(List<InputError> errors) {
        super(errors.stream().map(InputError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<InputError> errors() {
        return errors;
    }
}
