package dev.junction.designer.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.designer.fxtest.Fx;
import dev.junction.workflow.Workflow;
import dev.junction.workflow.load.WorkflowLoader;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The run dialog's form and validation without a robot: the engine's own validator decides. */
class RunDialogTest {

    private static final Workflow WORKFLOW = WorkflowLoader.standard().parse(null, """
            name: deploy
            inputs:
              env: { type: string, enum: [dev, prod] }
              replicas: { type: integer, minimum: 1, maximum: 9, default: 2 }
              canary: { type: boolean, default: true }
              regions: { type: array, items: { type: string } }
              token: { type: string, secret: true }
            steps:
              go:
                log: "{{ inputs.env }}"
            """).orThrow();

    @BeforeAll
    static void startFx() {
        Fx.start();
    }

    @Test
    void eachInputGetsAControlForItsSchemaFilledWithTheLastValues() {
        InputSpecForm form = Fx.call(() -> new InputSpecForm(WORKFLOW.inputs(), Map.of("env", "prod", "regions",
                List.of("eu", "us"))));
        assertThat(form.control("env")).isInstanceOfSatisfying(ComboBox.class, c -> {
            assertThat(c.getItems()).containsExactly("dev", "prod");
            assertThat(c.getValue()).isEqualTo("prod");
        });
        assertThat(form.control("replicas")).isInstanceOfSatisfying(TextField.class,
                f -> assertThat(f.getPromptText()).isEqualTo("default: 2"));
        assertThat(form.control("canary")).isInstanceOf(atlantafx.base.controls.ToggleSwitch.class);
        assertThat(form.control("regions")).isInstanceOfSatisfying(TextArea.class,
                a -> assertThat(a.getText()).isEqualTo("[\"eu\",\"us\"]"));
        assertThat(form.control("token")).isInstanceOf(PasswordField.class);
        assertThat(Fx.call(form::values)).containsExactly(Map.entry("env", "prod"), Map.entry("canary", true),
                Map.entry("regions", "[\"eu\",\"us\"]"));
    }

    @Test
    void badValuesAreReportedPerInputAndEmptyFieldsTakeTheirDefault() {
        Map<String, List<String>> errors = RunDialog.validate(WORKFLOW, Map.of("replicas", "12", "token", "t"));
        assertThat(errors).containsOnlyKeys("env", "regions", "replicas");
        assertThat(errors.get("env").getFirst()).contains("required");
        assertThat(errors.get("replicas").getFirst()).contains("9");
        assertThat(RunDialog.validate(WORKFLOW, Map.of("env", "dev", "token", "t", "regions", "eu, us"))).isEmpty();

        InputSpecForm form = Fx.call(() -> new InputSpecForm(WORKFLOW.inputs(), Map.of()));
        Fx.run(() -> form.showErrors(errors));
        assertThat(form.control("replicas").getPseudoClassStates()).anyMatch(p -> p.getPseudoClassName().equals("danger"));
        Fx.run(() -> form.showErrors(Map.of()));
        assertThat(form.control("replicas").getPseudoClassStates()).noneMatch(p -> p.getPseudoClassName().equals("danger"));
    }

    @Test
    void theResultIsTheEnteredValuesOnRunAndNothingOnCancel() {
        RunDialog dialog = Fx.call(() -> new RunDialog(WORKFLOW, Map.of("env", "dev", "token", "x"), InputSpecForm::new));
        assertThat(Fx.call(() -> dialog.getTitle())).isEqualTo("Run deploy");
        assertThat(Fx.call(() -> dialog.getResultConverter().call(RunDialog.RUN))).containsEntry("env", "dev")
                .containsEntry("token", "x");
        assertThat(Fx.call(() -> dialog.getResultConverter().call(javafx.scene.control.ButtonType.CANCEL))).isNull();
    }
}
