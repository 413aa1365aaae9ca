package dev.junction.designer.problems;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.junction.designer.document.EditorSelection;
import dev.junction.designer.document.WorkflowDocument;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Problems panel: every validation problem of the open workflow with its severity, message, hint and
 * {@code file:line:column}; clicking one selects the step it is in and reveals its place in the YAML editor.
 * FX thread only.
 */
public class ProblemsView extends BorderPane {

    private static final String STYLESHEET = ProblemsView.class.getResource("problems.css").toExternalForm();

    private final ProblemsViewModel model = new ProblemsViewModel();
    private final ListView<ProblemItem> list = new ListView<>(model.items());
    private final Label summary = new Label();

    public ProblemsView() {
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("problems-view");
        getStylesheets().add(STYLESHEET);
        list.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, "problems-list");
        list.setCellFactory(l -> new ProblemCell());
        Label empty = new Label("No problems", new FontIcon(Material2AL.CHECK_CIRCLE_OUTLINE));
        empty.getStyleClass().addAll("problems-empty", Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        summary.getStyleClass().addAll("problems-summary", Styles.TEXT_SMALL);
        HBox header = new HBox(8, summary, new Spacer());
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("problems-header");
        setTop(header);
        setCenter(list);
        updateSummary();
    }

    private void initListeners() {
        model.errorsProperty().addListener(o -> updateSummary());
        model.warningsProperty().addListener(o -> updateSummary());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                model.open(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(list.getSelectionModel().getSelectedItem());
            }
        });
    }

    /** Shows a document's problems; null shows none. */
    public void setTarget(WorkflowDocument document, EditorSelection selection) {
        model.setTarget(document, selection);
        updateSummary();
    }

    public ProblemsViewModel model() {
        return model;
    }

    /** The list (tests, focus). */
    public ListView<ProblemItem> list() {
        return list;
    }

    private void updateSummary() {
        summary.setText(model.summary());
        boolean any = model.errorsProperty().get() + model.warningsProperty().get() > 0;
        getTop().setVisible(any); // "No problems" is the list's placeholder already
        getTop().setManaged(any);
        summary.pseudoClassStateChanged(Styles.STATE_DANGER, model.errorsProperty().get() > 0);
    }

    /** Icon, message with the hint under it, and the place at the end. */
    private static final class ProblemCell extends ListCell<ProblemItem> {
        private final FontIcon icon = new FontIcon();
        private final Label message = new Label();
        private final Label hint = new Label();
        private final Label place = new Label();
        private final HBox box;

        ProblemCell() {
            message.getStyleClass().add("problem-message");
            hint.getStyleClass().addAll("problem-hint", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            hint.managedProperty().bind(hint.visibleProperty());
            place.getStyleClass().addAll("problem-place", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            place.setMinWidth(Label.USE_PREF_SIZE);
            VBox text = new VBox(1, message, hint);
            HBox.setHgrow(text, Priority.ALWAYS);
            box = new HBox(8, icon, text, place);
            box.setAlignment(Pos.TOP_LEFT);
            box.getStyleClass().add("problem-row");
        }

        @Override
        protected void updateItem(ProblemItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            boolean error = item.problem().isError();
            icon.setIconCode(error ? Material2AL.ERROR : Material2MZ.WARNING);
            icon.getStyleClass().setAll("ikonli-font-icon", error ? "problem-icon-error" : "problem-icon-warning");
            String step = item.step().isEmpty() ? "" : "step " + item.step() + "  ·  ";
            message.setText(item.problem().message());
            hint.setText(item.problem().hint().isEmpty() ? "" : "Hint: " + item.problem().hint());
            hint.setVisible(!item.problem().hint().isEmpty());
            place.setText(step + item.place()); // the place last, so places line up at the right edge
            setText(null);
            setGraphic(box);
        }
    }
}
