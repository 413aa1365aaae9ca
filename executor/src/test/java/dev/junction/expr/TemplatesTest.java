package dev.junction.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatesTest {

    private final Templates templates = new Templates();
    private final Map<String, Object> context = Map.of(
            "inputs", Map.of("name", "Ada", "count", 3L, "tags", List.of("a", "b")),
            "steps", Map.of("build", Map.of("outputs", Map.of("version", "1.2.3"), "status", "success")));

    @Test
    void rendersVariablesFiltersAndJunctionsOwnFilters() {
        assertThat(templates.render("hello {{ inputs.name | upper }} x{{ inputs.count + 1 }}", context)).isEqualTo("hello ADA x4");
        assertThat(templates.render("{{ inputs.tags | json }}", context)).isEqualTo("[\"a\",\"b\"]");
        assertThat(templates.render("{{ inputs.name | shell_quote }}", Map.of("inputs", Map.of("name", "it's")))).isEqualTo("'it'\"'\"'s'");
        assertThat(templates.render("{{ ('{\"a\": 5}' | from_json).a }}", context)).isEqualTo("5");
    }

    @Test
    void undefinedVariablesAndAttributesAreErrorsNotEmptyStrings() {
        assertThatThrownBy(() -> templates.render("{{ input.name }}", context))
                .isInstanceOf(TemplateException.class).hasMessage("'input' is not defined");
        assertThatThrownBy(() -> templates.render("{{ steps.build.outputs.verison }}", context))
                .isInstanceOf(TemplateException.class).hasMessageContaining("verison");
    }

    @Test
    void aMissingSecretSaysWhereSecretsComeFrom() {
        Map<String, Object> withSecrets = new java.util.HashMap<>(context);
        withSecrets.put("secrets", Map.of("OTHER", "x"));
        assertThatThrownBy(() -> templates.render("Bearer {{ secrets.API_KEY }}", withSecrets))
                .isInstanceOf(TemplateException.class)
                .hasMessage("no secret 'API_KEY': set the environment variable JUNCTION_SECRET_API_KEY or add"
                        + " 'API_KEY: …' to secrets.yaml in the data folder (or --secrets-file)");
        assertThatThrownBy(() -> templates.render("{{ secrets['API_KEY'] }}", withSecrets))
                .hasMessageStartingWith("no secret 'API_KEY'");
    }

    @Test
    void methodsOfJavaObjectsCannotBeCalled() {
        assertThatThrownBy(() -> templates.render("{{ inputs.name.toUpperCase() }}", context))
                .isInstanceOf(TemplateException.class).hasMessageContaining("not allowed");
        assertThatThrownBy(() -> templates.render("{{ inputs.getClass() }}", context))
                .isInstanceOf(TemplateException.class);
    }

    @Test
    void loopVariablesWork() {
        assertThat(templates.render("{% for t in inputs.tags %}{{ t }}{% if not loop.last %},{% endif %}{% endfor %}", context))
                .isEqualTo("a,b");
    }

    @Test
    void conditionsAcceptBareExpressionsAndTemplates() {
        assertThat(templates.test("inputs.count > 2", context)).isTrue();
        assertThat(templates.test("{{ steps.build.status == 'failure' }}", context)).isFalse();
        assertThat(templates.test("{{ '' }}", context)).isFalse();
    }

    @Test
    void statusFunctionsReadTheNeedsStatuses() {
        Map<String, Object> failed = Map.of(Templates.NEEDS_STATUS, List.of("success", "failure"));
        assertThat(templates.test("failure()", failed)).isTrue();
        assertThat(templates.test("success()", failed)).isFalse();
        assertThat(templates.test("always()", failed)).isTrue();
    }

    @Test
    void itemsComeFromAJsonArrayOrLines() {
        assertThat(templates.items("{{ inputs.tags | json }}", context)).containsExactly("a", "b");
        assertThat(templates.items("one\n\n two \nthree", context)).containsExactly("one", "two", "three");
    }

    @Test
    void aTemplateThatDoesNotParseSaysWhy() {
        assertThatThrownBy(() -> templates.compile("{{ inputs.name ")).isInstanceOf(TemplateException.class);
    }

    @Test
    void referencesAreFoundStaticallyIncludingBracketsAndIgnoringFiltersAndLocals() {
        var refs = TemplateReferences.find("{{ steps['build-x'].outputs.tag | default('none') }} "
                + "{% for f in inputs.files %}{{ f | upper }}{{ loop.index }}{% endfor %} {{ matrix.os }} {{ 'steps.fake' }}");
        assertThat(refs).extracting(TemplateReferences.Reference::text)
                .containsExactly("steps.build-x.outputs.tag", "inputs.files", "matrix.os");
    }
}
