package dev.junction.designer.forms;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.ToggleSwitch;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.junction.designer.testing.Screenshots;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A generated form in a real window: typing shows errors under the field, finished edits are committed. */
@ExtendWith(ApplicationExtension.class)
class SchemaFormViewTest {

    private static final String SCHEMA = """
            {
              "type": "object",
              "required": ["url"],
              "properties": {
                "method": { "enum": ["GET", "POST", "PUT", "DELETE"], "description": "HTTP method" },
                "url": { "type": "string", "description": "Where to send the request; a template" },
                "attempts": { "type": "integer", "minimum": 1, "maximum": 100 },
                "follow-redirects": { "type": "boolean" },
                "timeout": { "oneOf": [ { "type": "string" }, { "type": "integer" } ], "format": "duration" },
                "headers": { "type": "object", "additionalProperties": { "type": "string" } },
                "tags": { "type": "array", "items": { "type": "string" } },
                "token": { "type": "string", "writeOnly": true },
                "regions": { "type": "array", "items": { "type": "string" }, "default": ["eu", "us"] },
                "note": { "type": "string", "default": "" },
                "body": { "type": "string" }
              }
            }
            """;

    private SchemaForm form;
    private final List<FieldCommit> commits = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        // documents made in tests without a toolkit fail to hand their validation to the FX thread; TestFX
        // would report those (harmless) exceptions in whichever FX test runs next
        WaitForAsyncUtils.clearExceptions();
        Screenshots.theme(false);
        form = new SchemaForm(new ObjectMapper().readTree(SCHEMA));
        form.setValues(Map.of("method", "POST", "url", "https://example.org/{{ inputs.path }}",
                "headers", Map.of("Accept", "application/json"), "tags", List.of("smoke", "api"),
                "body", "{\n  \"name\": \"{{ inputs.who }}\"\n}"));
        form.setOnCommit(commits::add);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setStyle("-fx-padding: 16px;");
        stage.setScene(Screenshots.scene(scroll, 380, 900));
        stage.show();
    }

    @Test
    void defaultsAreShownWhereTheFieldIsEmptyListsAndEmptyTextIncluded(FxRobot robot) {
        javafx.scene.Node regions = form.editor(List.of("regions")).orElseThrow();
        javafx.scene.control.Label hint = robot.from(regions).lookup(".rows-default").queryAs(javafx.scene.control.Label.class);
        assertThat(hint.getText()).isEqualTo("default: [eu, us]");
        assertThat(hint.isVisible()).isTrue();
        assertThat(((TextField) form.editor(List.of("note")).orElseThrow()).getPromptText()).isEqualTo("default: empty");

        robot.clickOn(robot.from(regions).lookup(".rows-add").queryButton());
        assertThat(hint.isVisible()).as("a row of its own replaces the default").isFalse();
    }

    @Test
    void typingAnInvalidValueShowsItsErrorAndAValidOneIsCommittedOnEnter(FxRobot robot) {
        TextField attempts = (TextField) form.editor(List.of("attempts")).orElseThrow();
        robot.clickOn(attempts).write("500");
        Label error = robot.lookup(".field-error").queryAllAs(Label.class).stream()
                .filter(Label::isVisible).findFirst().orElseThrow();
        assertThat(error.getText()).contains("100");
        assertThat(form.errors()).singleElement().asString().startsWith("attempts: ");
        robot.type(KeyCode.BACK_SPACE).type(KeyCode.BACK_SPACE).write("").type(KeyCode.ENTER); // "5"
        assertThat(form.errors()).isEmpty();
        robot.clickOn((ToggleSwitch) form.editor(List.of("follow-redirects")).orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(commits).containsExactly(new FieldCommit(List.of("attempts"), 5L),
                new FieldCommit(List.of("follow-redirects"), true));
        robot.interact(() -> Screenshots.snapshot(form.getScene(), "schema-form-light"));
        robot.interact(() -> Screenshots.theme(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> form.getScene().getRoot().applyCss());
        robot.sleep(200);
        robot.interact(() -> Screenshots.snapshot(form.getScene(), "schema-form-dark"));
        robot.interact(() -> Screenshots.theme(false));
    }
}
