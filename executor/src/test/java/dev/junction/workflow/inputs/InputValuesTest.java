package dev.junction.workflow.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.junction.workflow.InputSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InputValuesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static InputSpec spec(String name, String schema, boolean required, Object defaultValue) throws Exception {
        return new InputSpec(name, JSON.readTree(schema), required, defaultValue, "", false);
    }

    @Test
    void textIsConvertedToTheSchemasTypeAndDefaultsApplied() throws Exception {
        Map<String, InputSpec> specs = new LinkedHashMap<>();
        specs.put("replicas", spec("replicas", "{\"type\":\"integer\",\"minimum\":1}", true, null));
        specs.put("ratio", spec("ratio", "{\"type\":\"number\"}", false, 0.5));
        specs.put("verbose", spec("verbose", "{\"type\":\"boolean\"}", false, false));
        specs.put("regions", spec("regions", "{\"type\":\"array\",\"items\":{\"type\":\"string\"}}", false, null));
        Map<String, Object> values = InputValues.resolve(specs, Map.of("replicas", "3", "verbose", "yes", "regions", "eu, us"));
        assertThat(values).containsEntry("replicas", 3L).containsEntry("ratio", 0.5).containsEntry("verbose", true)
                .containsEntry("regions", List.of("eu", "us"));
    }

    @Test
    void everyBadInputIsNamedAtOnce() throws Exception {
        Map<String, InputSpec> specs = new LinkedHashMap<>();
        specs.put("replicas", spec("replicas", "{\"type\":\"integer\",\"maximum\":5}", true, null));
        specs.put("env", spec("env", "{\"type\":\"string\",\"enum\":[\"staging\",\"production\"]}", true, null));
        specs.put("name", spec("name", "{\"type\":\"string\"}", true, null));
        InvalidInputsException e = catchThrowableOfType(InvalidInputsException.class,
                () -> InputValues.resolve(specs, Map.of("replicas", "9", "env", "prod", "colour", "red")));
        assertThat(e.errors()).extracting(InputError::input).containsExactlyInAnyOrder("colour", "replicas", "env", "name");
        assertThat(e.errors()).filteredOn(err -> err.input().equals("name")).singleElement()
                .satisfies(err -> assertThat(err.message()).startsWith("is required"));
        assertThat(e.errors()).filteredOn(err -> err.input().equals("colour")).singleElement()
                .satisfies(err -> assertThat(err.message()).contains("unknown input"));
    }

    @Test
    void textThatIsNotTheRightTypeSaysSo() throws Exception {
        Map<String, InputSpec> specs = Map.of("n", spec("n", "{\"type\":\"integer\"}", true, null));
        InvalidInputsException e = catchThrowableOfType(InvalidInputsException.class, () -> InputValues.resolve(specs, Map.of("n", "three")));
        assertThat(e.errors()).singleElement().satisfies(err -> assertThat(err.message()).isEqualTo("'three' is not a whole number"));
    }
}
