package dev.junction.designer.inspector;

import atlantafx.base.theme.Styles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junction.designer.forms.FieldCommit;
import dev.junction.designer.forms.FieldKind;
import dev.junction.designer.forms.FieldModel;
import dev.junction.designer.forms.SchemaForm;
import dev.junction.workflow.ActionDefinition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The forms of one step: its id, the general fields, its kind's fields (or the action's inputs for
 * {@code uses:}), execution, repetition and outputs. Built once per step and kind; values are refreshed in place.
 */
final class StepInspector extends VBox {

    static final List<String> GENERAL = List.of("name", "needs", "if");
    static final List<String> EXECUTION = List.of("timeout", "retry", "continue-on-error", "working-directory", "env",
            "runs-on");
    static final List<String> REPEAT = List.of("foreach", "matrix", "max-parallel");
    static final List<String> OUTPUTS = List.of("outputs");

    /** A form and where its fields sit in the step: {@code []}, {@code [http]}, {@code [with]}. */
    private record PlacedForm(SchemaForm form, List<String> prefix, Function<Map<String, Object>, Map<String, ?>> values) {}

    private final InspectorViewModel model;
    private final WorkflowSchema schema;
    private final List<PlacedForm> forms = new ArrayList<>();
    private final NameField id;

    StepInspector(InspectorViewModel model, WorkflowSchema schema) {
        super(22);
        this.model = model;
        this.schema = schema;
        this.id = new NameField("inspector-step-id", model.state().step(), model::renameStep);
        getStyleClass().add("step-inspector");
        createView();
        refresh();
    }

    private void createView() {
        String kind = model.state().kind();
        Label idLabel = new Label("id");
        idLabel.getStyleClass().add("field-name");
        VBox idBox = new VBox(4, idLabel, id);

        Set<String> kindKeys = new LinkedHashSet<>();
        model.document().loader().kinds().all().forEach(k -> {
            kindKeys.add(k.key());
            kindKeys.addAll(k.siblingKeys());
        });

        getChildren().add(new Section("General", idBox, form(generalSchema(), List.of(), v -> v)));
        getChildren().add(kindSection(kind));
        List<String> execution = new ArrayList<>(EXECUTION);
        for (String name : schema.stepPropertyNames()) {
            if (!kindKeys.contains(name) && !GENERAL.contains(name) && !EXECUTION.contains(name)
                    && !REPEAT.contains(name) && !OUTPUTS.contains(name)) {
                execution.add(name); // a field the format gained later still shows up
            }
        }
        getChildren().add(new Section("Execution", form(schema.stepSubset(execution), List.of(), v -> v)));
        getChildren().add(new Section("Repeat", form(schema.stepSubset(REPEAT), List.of(), v -> v)));
        getChildren().add(new Section("Outputs", form(schema.stepSubset(OUTPUTS), List.of(), v -> v)));
    }

    /** The general fields, with needs offered as a choice among the other steps of the section. */
    private JsonNode generalSchema() {
        ObjectNode general = schema.stepSubset(GENERAL);
        ObjectNode needs = JsonNodeFactory.instance.objectNode().put("type", "array")
                .put("description", "Steps that must finish first.");
        ObjectNode items = needs.putObject("items");
        List<String> candidates = model.needCandidates();
        if (candidates.isEmpty()) {
            items.put("type", "string");
        } else {
            candidates.forEach(items.putArray("enum")::add);
        }
        ((ObjectNode) general.get("properties")).set("needs", needs);
        return general;
    }

    private Section kindSection(String kind) {
        String title = StepKindLabels.title(kind);
        if (kind.isEmpty()) {
            Label none = new Label("This step has no kind: add run, script, http, uses, log or noop in the YAML.");
            none.setWrapText(true);
            none.getStyleClass().add(Styles.TEXT_MUTED);
            return new Section(title, none);
        }
        List<String> siblings = model.document().loader().kinds().get(kind).map(k -> new ArrayList<>(k.siblingKeys()))
                .orElse(new ArrayList<>());
        VBox content = new VBox(14);
        JsonNode kindObject = schema.kindObject(kind);
        if (kind.equals("noop")) {
            Label note = new Label("Does nothing: a join point or a placeholder.");
            note.getStyleClass().add(Styles.TEXT_MUTED);
            content.getChildren().add(note);
        } else if (kindObject != null) {
            content.getChildren().add(form(kindObject, List.of(kind), v -> asMap(v.get(kind))));
        } else {
            List<String> own = new ArrayList<>(List.of(kind));
            if (!kind.equals("uses")) {
                own.addAll(siblings);
            }
            content.getChildren().add(form(schema.stepSubset(own), List.of(), v -> v));
        }
        if (kind.equals("uses")) {
            content.getChildren().add(actionInputs());
        } else if (kindObject != null && !siblings.isEmpty()) {
            content.getChildren().add(form(schema.stepSubset(siblings), List.of(), v -> v));
        }
        return new Section(title, content);
    }

    /** The inputs the action declares, as a form of their own (written under {@code with:}). */
    private VBox actionInputs() {
        Optional<ActionDefinition> action = model.action();
        VBox box = new VBox(10);
        box.getStyleClass().add("action-inputs");
        if (action.isEmpty()) {
            Label missing = new Label("The action could not be read; its inputs are edited as plain values.");
            missing.setWrapText(true);
            missing.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            box.getChildren().addAll(missing, form(schema.stepSubset(List.of("with")), List.of(), v -> v));
            return box;
        }
        Label title = new Label("Inputs of " + action.get().name());
        title.getStyleClass().add("field-name");
        box.getChildren().add(title);
        if (!action.get().description().isEmpty()) {
            Label description = new Label(action.get().description());
            description.setWrapText(true);
            description.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            box.getChildren().add(description);
        }
        if (action.get().inputs().isEmpty()) {
            Label none = new Label("It takes no inputs.");
            none.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            box.getChildren().add(none);
        } else {
            SchemaForm inputs = SchemaForm.forInputs(action.get().inputs());
            place(inputs, List.of("with"), v -> asMap(v.get("with")));
            box.getChildren().add(inputs);
        }
        return box;
    }

    private SchemaForm form(JsonNode objectSchema, List<String> prefix, Function<Map<String, Object>, Map<String, ?>> values) {
        SchemaForm form = new SchemaForm(objectSchema, schema.root());
        place(form, prefix, values);
        return form;
    }

    private void place(SchemaForm form, List<String> prefix, Function<Map<String, Object>, Map<String, ?>> values) {
        forms.add(new PlacedForm(form, prefix, values));
        form.setOnCommit(c -> commit(form, prefix, c));
    }

    private void commit(SchemaForm form, List<String> prefix, FieldCommit commit) {
        List<String> path = new ArrayList<>(prefix);
        path.addAll(commit.path());
        String shorthand = commit.path().size() >= 2
                ? form.model().field(commit.path().subList(0, commit.path().size() - 1))
                        .map(f -> f.spec().shorthand()).orElse("") : "";
        Object value = commit.value();
        FieldModel field = form.model().field(commit.path()).orElse(null);
        if (field != null && field.spec().kind() == FieldKind.BOOLEAN && value != null
                && Objects.equals(value, field.spec().defaultValue())) {
            value = null; // the default needs no line
        }
        String error = model.setStepField(path, value, shorthand);
        if (!error.isEmpty()) {
            form.showError(commit.path(), error);
        }
    }

    /** Shows the document's current values (fields being typed in keep their text). */
    void refresh() {
        id.show(model.state().step());
        Map<String, Object> values = model.stepValues();
        forms.forEach(f -> f.form().setValues(f.values().apply(values)));
    }

    private static Map<String, ?> asMap(Object value) {
        if (value instanceof Map<?, ?> map) {
            java.util.LinkedHashMap<String, Object> copy = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), v));
            return copy;
        }
        return Map.of();
    }
}
