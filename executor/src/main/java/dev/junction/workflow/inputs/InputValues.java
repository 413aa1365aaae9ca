package dev.junction.workflow.inputs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.junction.workflow.InputSpec;
import dev.junction.workflow.source.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns raw input values (from a command line, a form, an API call) into validated ones: text is
 * converted to the schema's type, defaults are applied, every value is checked against its schema, and
 * all problems are reported at once, named per input.
 */
public final class InputValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private InputValues() {}

    /**
     * @return the validated values in declaration order (plain Java values)
     * @throws InvalidInputsException listing every missing, unknown or invalid input
     */
    public static Map<String, Object> resolve(Map<String, InputSpec> specs, Map<String, Object> raw) {
        List<InputError> errors = new ArrayList<>();
        for (String name : raw.keySet()) {
            if (!specs.containsKey(name)) {
                String hint = specs.isEmpty() ? "this workflow takes no inputs"
                        : Suggestions.hint(name, specs.keySet());
                errors.add(new InputError(name, "unknown input; " + hint));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (InputSpec spec : specs.values()) {
            Object value = raw.containsKey(spec.name()) ? raw.get(spec.name()) : spec.defaultValue();
            if (value == null) {
                if (spec.required() && !raw.containsKey(spec.name())) {
                    errors.add(new InputError(spec.name(), "is required" + describe(spec)));
                } else {
                    values.put(spec.name(), null);
                }
                continue;
            }
            Object typed;
            try {
                typed = coerce(spec, value);
            } catch (IllegalArgumentException e) {
                errors.add(new InputError(spec.name(), e.getMessage()));
                continue;
            }
            for (InputSchemas.SchemaError error : InputSchemas.validate(spec.schema(), JSON.valueToTree(typed))) {
                String where = error.path().equals("$") || error.path().isEmpty() ? "" : " at " + error.path();
                errors.add(new InputError(spec.name(), error.message() + where));
            }
            values.put(spec.name(), typed);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputsException(errors);
        }
        return values;
    }

    private static String describe(InputSpec spec) {
        return spec.description().isEmpty() ? " (" + spec.type() + ")" : " (" + spec.type() + ": " + spec.description() + ")";
    }

    /** Text from a command line or form becomes the schema's type; other values pass through. */
    static Object coerce(InputSpec spec, Object value) {
        if (!(value instanceof String text)) {
            return value;
        }
        String type = spec.type();
        return switch (type) {
            case "integer" -> {
                try {
                    yield Long.parseLong(text.trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + text + "' is not a whole number");
                }
            }
            case "number" -> {
                try {
                    yield Double.parseDouble(text.trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + text + "' is not a number");
                }
            }
            case "boolean" -> switch (text.trim().toLowerCase()) {
                case "true", "yes", "1", "on" -> true;
                case "false", "no", "0", "off" -> false;
                default -> throw new IllegalArgumentException("'" + text + "' is not true or false");
            };
            case "array", "object" -> parseJson(text, type);
            default -> text;
        };
    }

    private static Object parseJson(String text, String type) {
        try {
            JsonNode node = JSON.readTree(text);
            if (type.equals("array") && !node.isArray() || type.equals("object") && !node.isObject()) {
                throw new IllegalArgumentException("expected a JSON " + type + ", got: " + text);
            }
            return JSON.treeToValue(node, Object.class);
        } catch (JsonProcessingException e) {
            if (type.equals("array")) {
                // a comma-separated list is what people type on a command line
                return List.of(text.split("\\s*,\\s*"));
            }
            throw new IllegalArgumentException("not valid JSON for an object: " + e.getOriginalMessage());
        }
    }
}
