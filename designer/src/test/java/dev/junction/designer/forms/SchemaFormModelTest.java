package dev.junction.designer.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.junction.workflow.InputSpec;
import dev.junction.workflow.inputs.InputValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Forms generated from schemas, without a window: which editor each property gets, checks, commits. */
class SchemaFormModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String SCHEMA = """
            {
              "type": "object",
              "required": ["url"],
              "properties": {
                "url": { "type": "string", "description": "Where to send it" },
                "run": { "type": "string" },
                "attempts": { "type": "integer", "minimum": 1, "maximum": 100 },
                "ratio": { "type": "number" },
                "verbose": { "type": "boolean" },
                "method": { "enum": ["GET", "POST"] },
                "tags": { "type": "array", "items": { "type": "string" } },
                "ports": { "type": "array", "items": { "type": "integer" } },
                "env": { "$ref": "#/$defs/env" },
                "timeout": { "$ref": "#/$defs/duration" },
                "token": { "type": "string", "writeOnly": true },
                "password": { "type": "string", "secret": true },
                "retry": { "oneOf": [
                  { "type": "integer", "minimum": 1 },
                  { "type": "object", "additionalProperties": false, "required": ["attempts"],
                    "properties": { "attempts": { "type": "integer", "minimum": 1 }, "delay": { "$ref": "#/$defs/duration" } } }
                ] },
                "needs": { "oneOf": [ { "type": "string" }, { "type": "array", "items": { "type": "string" } } ] },
                "json": { "description": "anything" }
              },
              "$defs": {
                "env": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean", "null"] } },
                "duration": { "oneOf": [
                  { "type": "string", "pattern": "^(\\\\d+(\\\\.\\\\d+)?(ms|d|h|m|s))+$|^\\\\d+$|^[Pp].+$" },
                  { "type": "integer", "minimum": 0 } ] }
              }
            }
            """;

    private static SchemaFormModel model() throws Exception {
        return new SchemaFormModel(JSON.readTree(SCHEMA), null);
    }

    private static FieldModel field(SchemaFormModel model, String... path) {
        return model.field(List.of(path)).orElseThrow(() -> new AssertionError("no field " + List.of(path)));
    }

    @Test
    void eachPropertyGetsTheEditorItsSchemaCallsFor() throws Exception {
        SchemaFormModel model = model();
        Map<String, FieldKind> kinds = new LinkedHashMap<>();
        model.fields().forEach(f -> kinds.put(f.spec().name(), f.spec().kind()));
        assertThat(kinds).containsExactly(
                Map.entry("url", FieldKind.TEXT), Map.entry("run", FieldKind.CODE),
                Map.entry("attempts", FieldKind.INTEGER), Map.entry("ratio", FieldKind.NUMBER),
                Map.entry("verbose", FieldKind.BOOLEAN), Map.entry("method", FieldKind.ENUM),
                Map.entry("tags", FieldKind.LIST), Map.entry("ports", FieldKind.LIST), Map.entry("env", FieldKind.MAP),
                Map.entry("timeout", FieldKind.DURATION), Map.entry("token", FieldKind.SECRET),
                Map.entry("password", FieldKind.SECRET), Map.entry("retry", FieldKind.OBJECT),
                Map.entry("needs", FieldKind.LIST), Map.entry("json", FieldKind.YAML));
        assertThat(field(model, "retry").spec().shorthand()).isEqualTo("attempts");
        assertThat(field(model, "retry", "delay").spec().kind()).isEqualTo(FieldKind.DURATION);
        assertThat(field(model, "ports").spec().itemKind()).isEqualTo(FieldKind.INTEGER);
        assertThat(field(model, "url").spec().required()).isTrue();
        assertThat(field(model, "url").spec().description()).isEqualTo("Where to send it");
    }

    @Test
    void textIsConvertedToTheFieldsTypeAndCheckedByTheEnginesValidator() throws Exception {
        SchemaFormModel model = model();
        field(model, "url").rawProperty().set("https://example.org");
        field(model, "attempts").rawProperty().set("7");
        field(model, "ratio").rawProperty().set("2");
        field(model, "verbose").rawProperty().set(true);
        field(model, "method").rawProperty().set("POST");
        field(model, "ports").rawProperty().set(List.of("80", "", "443"));
        field(model, "env").rawProperty().set(List.of(List.of("A", "1"), List.of("B", "x y")));
        field(model, "timeout").rawProperty().set("1h30m");
        field(model, "json").rawProperty().set("{a: [1, 2]}");

        assertThat(model.errors()).isEmpty();
        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.values()).containsEntry("url", "https://example.org").containsEntry("attempts", 7L)
                .containsEntry("ratio", 2L).containsEntry("verbose", true).containsEntry("method", "POST")
                .containsEntry("ports", List.of(80L, 443L)).containsEntry("env", Map.of("A", "1", "B", "x y"))
                .containsEntry("timeout", "1h30m").containsEntry("json", Map.of("a", List.of(1, 2)))
                .doesNotContainKey("tags");
    }

    @Test
    void invalidValuesAreNamedPerFieldAndKeptForALaterCheck() throws Exception {
        SchemaFormModel model = model();
        assertThat(model.errors()).containsExactly("url: is required");

        field(model, "url").rawProperty().set("x");
        field(model, "attempts").rawProperty().set("many");
        assertThat(field(model, "attempts").errorProperty().get()).isEqualTo("'many' is not a whole number");
        assertThat(model.values()).containsEntry("attempts", "many"); // the raw text, so the run check names it too

        field(model, "attempts").rawProperty().set("500");
        assertThat(field(model, "attempts").errorProperty().get()).contains("100");
        field(model, "timeout").rawProperty().set("5 parsecs");
        assertThat(field(model, "timeout").errorProperty().get()).contains("not a duration");
        field(model, "method").rawProperty().set("PUT");
        assertThat(field(model, "method").errorProperty().get()).contains("not one of [GET, POST]");
        field(model, "env").rawProperty().set(List.of(List.of("A", "1"), List.of("A", "2")));
        assertThat(field(model, "env").errorProperty().get()).isEqualTo("'A' appears twice");
        field(model, "json").rawProperty().set("{a: [1");
        assertThat(field(model, "json").errorProperty().get()).startsWith("not a YAML value");

        assertThat(model.errors()).hasSize(5).allMatch(e -> e.matches("(attempts|timeout|method|env|json): .+"));
        assertThat(model.validProperty().get()).isFalse();
    }

    @Test
    void errorsAreShownOnceTheFieldIsTouchedOrTheFormRevealsThem() throws Exception {
        SchemaFormModel model = model();
        FieldModel url = field(model, "url");
        assertThat(url.shownErrorProperty().get()).isEmpty();
        model.revealErrors();
        assertThat(url.shownErrorProperty().get()).isEqualTo("is required");
        url.rawProperty().set("ok");
        assertThat(url.shownErrorProperty().get()).isEmpty();
    }

    @Test
    void onlyFinishedValidChangesAreCommittedAndSettingValuesCommitsNothing() throws Exception {
        SchemaFormModel model = model();
        List<FieldCommit> commits = new ArrayList<>();
        model.setOnCommit(commits::add);
        model.setValues(Map.of("url", "https://a", "attempts", 3, "retry", 2, "env", Map.of("X", "1")));
        assertThat(commits).isEmpty();
        assertThat(field(model, "retry", "attempts").rawProperty().get()).isEqualTo("2"); // retry: 2 means attempts
        assertThat(field(model, "env").rawProperty().get()).isEqualTo(List.of(List.of("X", "1")));

        FieldModel attempts = field(model, "attempts");
        attempts.rawProperty().set("30");
        attempts.rawProperty().set("300");
        attempts.commit(); // invalid: nothing
        assertThat(commits).isEmpty();
        attempts.rawProperty().set("30");
        attempts.commit();
        attempts.commit(); // unchanged: once
        field(model, "retry", "delay").rawProperty().set("10s");
        field(model, "retry", "delay").commit();
        field(model, "url").rawProperty().set(null);
        field(model, "tags").rawProperty().set(List.of("a"));
        field(model, "tags").commit();
        assertThat(commits).containsExactly(new FieldCommit(List.of("attempts"), 30L),
                new FieldCommit(List.of("retry", "delay"), "10s"), new FieldCommit(List.of("tags"), List.of("a")));
    }

    @Test
    void aFieldBeingTypedInKeepsItsTextWhenItsOutsideValueDidNotChange() throws Exception {
        SchemaFormModel model = model();
        model.setValues(Map.of("url", "https://a", "attempts", 3));
        field(model, "url").rawProperty().set("https://b-half-typed");
        model.setValues(Map.of("url", "https://a", "attempts", 4)); // another field changed in the document
        assertThat(field(model, "url").rawProperty().get()).isEqualTo("https://b-half-typed");
        assertThat(field(model, "attempts").rawProperty().get()).isEqualTo("4");
        model.setValues(Map.of("url", "https://c")); // this one changed outside: it wins
        assertThat(field(model, "url").rawProperty().get()).isEqualTo("https://c");
        assertThat(field(model, "attempts").rawProperty().get()).isNull();
    }

    @Test
    void inputsFormUsesEachInputsSchemaDefaultsAndSecretsAndItsValuesPassTheRunCheck() {
        var factory = JsonNodeFactory.instance;
        Map<String, InputSpec> inputs = new LinkedHashMap<>();
        inputs.put("who", new InputSpec("who", factory.objectNode().put("type", "string"), false, "world", "Who to greet", false));
        inputs.put("count", new InputSpec("count", factory.objectNode().put("type", "integer").put("minimum", 1), true, null, "", false));
        inputs.put("token", new InputSpec("token", factory.objectNode().put("type", "string"), false, null, "", true));
        inputs.put("mode", new InputSpec("mode", (JsonNode) factory.objectNode().put("type", "string")
                .set("enum", factory.arrayNode().add("fast").add("safe")), false, "safe", "", false));

        SchemaFormModel model = SchemaFormModel.forInputs(inputs);
        assertThat(model.fields()).extracting(f -> f.spec().kind())
                .containsExactly(FieldKind.TEXT, FieldKind.INTEGER, FieldKind.SECRET, FieldKind.ENUM);
        assertThat(field(model, "who").spec().defaultValue()).isEqualTo("world");
        assertThat(model.errors()).containsExactly("count: is required");

        field(model, "count").rawProperty().set("0");
        assertThat(model.errors()).singleElement().asString().startsWith("count: ");
        field(model, "count").rawProperty().set("2");
        field(model, "token").rawProperty().set("s3cret");
        assertThat(model.errors()).isEmpty();
        model.showErrors(Map.of("count", List.of("must be at least 1", "is odd")));
        assertThat(field(model, "count").shownErrorProperty().get()).isEqualTo("must be at least 1; is odd");
        model.showErrors(Map.of());
        assertThat(field(model, "count").shownErrorProperty().get()).isEmpty();
        assertThat(InputValues.resolve(inputs, model.values()))
                .containsEntry("who", "world").containsEntry("count", 2L).containsEntry("token", "s3cret")
                .containsEntry("mode", "safe");
    }
}
