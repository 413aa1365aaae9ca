package dev.junction.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The published JSON Schema (docs/schema/workflow.schema.json) agrees with the loader: every sample and valid
 * fixture passes it, and the schema itself is valid draft 2020-12. Keeps the schema editors use in step.
 */
class FormatSchemaTest {

    private static final Path SCHEMA = Path.of("../docs/schema/workflow.schema.json");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static Stream<Path> workflows() throws IOException {
        return Stream.concat(Files.list(Path.of("../sample-workflows")), Files.list(Path.of("src/test/resources/workflows/valid")))
                .filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    private static Schema schema() throws IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(YAML.readTree(SCHEMA.toFile()));
    }

    @Test
    void theSchemaIsValidDraft202012() throws IOException {
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(com.networknt.schema.SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(YAML.readTree(SCHEMA.toFile()))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workflows")
    void everyValidWorkflowMatchesThePublishedSchema(Path file) throws IOException {
        JsonNode workflow = YAML.readTree(file.toFile());
        List<Error> errors = schema().validate(workflow);
        assertThat(errors).as("%s", errors).isEmpty();
    }

    @Test
    void theSchemaRejectsAnUnknownStepKey() throws IOException {
        JsonNode bad = YAML.readTree("steps:\n  a:\n    run: x\n    nedds: [b]\n");
        assertThat(schema().validate(bad)).isNotEmpty();
    }
}
