package dev.junction.designer.inspector;

import atlantafx.base.theme.Styles;
import dev.junction.designer.document.EditorSelection;
import dev.junction.designer.document.WorkflowDocument;
import dev.junction.designer.inspector.InspectorViewModel.Mode;
import dev.junction.designer.inspector.InspectorViewModel.State;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The inspector: forms for the selected step (generated from its kind's schema, or the action's inputs for
 * {@code uses:}), or for the workflow and its inputs when nothing is selected. Each finished field edit is one
 * command on the document's undo stack that changes only that field's text. While the YAML has a syntax error
 * the forms are shown but disabled. FX thread only.
 */
public class InspectorView extends BorderPane {

    private static final String STYLESHEET = InspectorView.class.getResource("inspector.css").toExternalForm();

    private final InspectorViewModel model = new InspectorViewModel();
    private final WorkflowSchema schema = WorkflowSchema.standard();
    private final FontIcon icon = new FontIcon(Feather.FILE_TEXT);
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label syntaxBanner = new Label("The YAML has a syntax error: fix it in the editor to edit here.");
    private final VBox body = new VBox();
    private final ScrollPane scroll = new ScrollPane(body);
    private State shown;
    private StepInspector stepInspector;
    private WorkflowInspector workflowInspector;

    public InspectorView() {
        createView();
        initListeners();
        render();
    }

    private void createView() {
        getStyleClass().add("inspector-view");
        getStylesheets().add(STYLESHEET);
        icon.getStyleClass().add("inspector-icon");
        title.getStyleClass().addAll("inspector-title", Styles.TITLE_4);
        subtitle.getStyleClass().addAll("inspector-subtitle", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox header = new HBox(10, icon, new VBox(1, title, subtitle));
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("inspector-header");
        syntaxBanner.getStyleClass().add("inspector-banner");
        syntaxBanner.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        syntaxBanner.setWrapText(true);
        syntaxBanner.setMaxWidth(Double.MAX_VALUE);
        syntaxBanner.managedProperty().bind(syntaxBanner.visibleProperty());
        setTop(new VBox(header, syntaxBanner));
        body.getStyleClass().add("inspector-body");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        setCenter(scroll);
    }

    private void initListeners() {
        model.stateProperty().addListener(o -> render());
    }

    /** Inspects a document with its selection; nulls show nothing. */
    public void setTarget(WorkflowDocument document, EditorSelection selection) {
        model.setTarget(document, selection);
    }

    public InspectorViewModel model() {
        return model;
    }

    private void render() {
        State state = model.state();
        syntaxBanner.setVisible(state.mode() != Mode.NONE && !state.editable());
        body.setDisable(!state.editable());
        if (state.sameForms(shown)) {
            if (stepInspector != null) {
                stepInspector.refresh();
            }
            if (workflowInspector != null) {
                workflowInspector.refresh();
            }
            header(state);
            shown = state;
            return;
        }
        shown = state;
        stepInspector = null;
        workflowInspector = null;
        header(state);
        Node content = switch (state.mode()) {
            case NONE -> placeholder("Open a workflow to inspect it.");
            case MANY -> placeholder(state.selected() + " steps are selected. Select one to edit its fields.");
            case WORKFLOW -> workflowInspector = new WorkflowInspector(model, schema);
            case STEP -> stepInspector = new StepInspector(model, schema);
        };
        body.getChildren().setAll(content);
        scroll.setVvalue(0);
    }

    private void header(State state) {
        switch (state.mode()) {
            case NONE, MANY -> {
                icon.setIconCode(Feather.SLIDERS);
                title.setText("Inspector");
                subtitle.setText(state.mode() == Mode.MANY ? state.selected() + " steps selected" : "");
            }
            case WORKFLOW -> {
                icon.setIconCode(Feather.GIT_BRANCH);
                Object name = model.workflowValues().get("name");
                title.setText(name == null ? fileName() : String.valueOf(name));
                subtitle.setText("Workflow");
            }
            case STEP -> {
                icon.setIconCode(StepKindLabels.icon(state.kind()));
                title.setText(state.step());
                subtitle.setText(StepKindLabels.title(state.kind()));
            }
        }
    }

    private String fileName() {
        var file = model.document() == null ? null : model.document().file();
        return file == null ? "Workflow" : String.valueOf(file.getFileName());
    }

    private static Node placeholder(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, "inspector-placeholder");
        return label;
    }
}
