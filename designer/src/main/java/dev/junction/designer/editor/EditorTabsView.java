package dev.junction.designer.editor;

import atlantafx.base.theme.Styles;
import dev.junction.designer.document.WorkflowDocument;
import dev.junction.designer.run.StepStatusView;
import dev.junction.workflow.load.WorkflowLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The editor area: one tab per open workflow (a file opens once; opening it again selects its tab), the
 * dirty marker in tab titles, save, and closing that asks about unsaved changes. Shows {@code placeholder}
 * when no tab is open. FX thread only; files are read and parsed off it.
 */
public final class EditorTabsView extends StackPane {

    private final TabPane tabs = new TabPane();
    private final WorkflowLoader loader;
    private final Function<WorkflowDocument, ObservableMap<String, StepStatusView>> statuses;
    private final UnsavedChangesPrompt prompt;
    private final ReadOnlyObjectWrapper<WorkflowEditorView> active = new ReadOnlyObjectWrapper<>(this, "active");
    private final ObjectProperty<EditorMode> defaultMode = new SimpleObjectProperty<>(this, "defaultMode", EditorMode.SPLIT);
    private final BooleanBinding anyDirty;
    private Consumer<String> onError = message -> { };
    private Consumer<WorkflowEditorView> onClosed = editor -> { };

    /**
     * @param statuses the run statuses to show on a document's canvas
     * @param prompt   asks about unsaved changes when tabs close
     */
    public EditorTabsView(WorkflowLoader loader, Function<WorkflowDocument, ObservableMap<String, StepStatusView>> statuses,
                          UnsavedChangesPrompt prompt, Node placeholder) {
        this.loader = loader;
        this.statuses = statuses;
        this.prompt = prompt;
        getStyleClass().add("editor-tabs");
        tabs.setId("editor-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        tabs.setTabDragPolicy(TabPane.TabDragPolicy.REORDER);
        tabs.getStyleClass().add(Styles.TABS_FLOATING);
        getChildren().addAll(placeholder, tabs);
        tabs.visibleProperty().bind(Bindings.isNotEmpty(tabs.getTabs()));
        placeholder.visibleProperty().bind(Bindings.isEmpty(tabs.getTabs()));
        active.bind(Bindings.createObjectBinding(() -> {
            Tab tab = tabs.getSelectionModel().getSelectedItem();
            return tab == null ? null : (WorkflowEditorView) tab.getContent();
        }, tabs.getSelectionModel().selectedItemProperty()));
        tabs.getTabs().addListener((ListChangeListener<Tab>) change -> {
            while (change.next()) {
                for (Tab closed : change.getRemoved()) {
                    if (!tabs.getTabs().contains(closed)) { // not a drag-reorder
                        WorkflowEditorView editor = (WorkflowEditorView) closed.getContent();
                        editor.dispose();
                        onClosed.accept(editor);
                    }
                }
            }
        });
        anyDirty = Bindings.createBooleanBinding(() -> editors().stream().anyMatch(e -> e.document().dirtyProperty().get()),
                tabs.getTabs());
    }

    /** Where errors that the user should see go (a file that cannot be read or saved). */
    public void setOnError(Consumer<String> onError) {
        this.onError = onError;
    }

    /** Called after a tab closed, with its (already disposed) editor. */
    public void setOnClosed(Consumer<WorkflowEditorView> onClosed) {
        this.onClosed = onClosed;
    }

    /** The editor of the selected tab, or null when none is open. */
    public ReadOnlyObjectProperty<WorkflowEditorView> activeEditorProperty() {
        return active.getReadOnlyProperty();
    }

    public WorkflowEditorView activeEditor() {
        return active.get();
    }

    /** The mode new tabs open in. */
    public ObjectProperty<EditorMode> defaultModeProperty() {
        return defaultMode;
    }

    /** The open editors, in tab order. */
    public List<WorkflowEditorView> editors() {
        return tabs.getTabs().stream().map(t -> (WorkflowEditorView) t.getContent()).toList();
    }

    public Optional<WorkflowEditorView> editorOf(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        return editors().stream().filter(e -> e.file().toAbsolutePath().normalize().equals(normalized)).findFirst();
    }

    /** True while any open document has unsaved changes (updates when tabs open or close). */
    public boolean isAnyDirty() {
        return editors().stream().anyMatch(e -> e.document().dirtyProperty().get());
    }

    /**
     * Opens {@code file} in a new tab and selects it, or selects its tab if it is open. The file is read and
     * parsed in the background.
     *
     * @return completes on the FX thread with the editor; fails (and reports through {@link #setOnError})
     *         when the file cannot be read
     */
    public CompletableFuture<WorkflowEditorView> open(Path file) {
        Optional<WorkflowEditorView> existing = editorOf(file);
        if (existing.isPresent()) {
            select(existing.get());
            return CompletableFuture.completedFuture(existing.get());
        }
        Path normalized = file.toAbsolutePath().normalize();
        CompletableFuture<WorkflowEditorView> opened = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> {
            try {
                return WorkflowDocument.open(normalized, loader);
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }).whenComplete((document, error) -> Platform.runLater(() -> {
            if (error != null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                onError.accept("Cannot open " + normalized.getFileName() + ": " + cause.getMessage());
                opened.completeExceptionally(cause);
                return;
            }
            Optional<WorkflowEditorView> raced = editorOf(normalized); // opened twice quickly
            opened.complete(raced.orElseGet(() -> addTab(document)));
            select(opened.join());
        }));
        return opened;
    }

    public void select(WorkflowEditorView editor) {
        tabOf(editor).ifPresent(tabs.getSelectionModel()::select);
    }

    /**
     * Saves the active document.
     *
     * @return false when there is none or writing failed (reported through {@link #setOnError})
     */
    public boolean saveActive() {
        WorkflowEditorView editor = active.get();
        return editor != null && save(editor);
    }

    /** Saves every dirty document; false if any failed. */
    public boolean saveAll() {
        boolean ok = true;
        for (WorkflowEditorView editor : editors()) {
            if (editor.document().dirtyProperty().get()) {
                ok &= save(editor);
            }
        }
        return ok;
    }

    public boolean save(WorkflowEditorView editor) {
        try {
            editor.save();
            return true;
        } catch (IOException e) {
            onError.accept("Cannot save " + editor.file().getFileName() + ": " + e.getMessage());
            return false;
        }
    }

    /** Closes the active tab, asking about unsaved changes; false if the user cancelled. */
    public boolean closeActive() {
        WorkflowEditorView editor = active.get();
        return editor == null || close(editor);
    }

    /** Closes one tab, asking about unsaved changes; false if the user cancelled or saving failed. */
    public boolean close(WorkflowEditorView editor) {
        if (!confirm(List.of(editor))) {
            return false;
        }
        tabOf(editor).ifPresent(tabs.getTabs()::remove);
        return true;
    }

    /**
     * Closes every tab, asking once about all unsaved changes.
     *
     * @return false if the user cancelled or saving failed; then nothing was closed
     */
    public boolean closeAll() {
        if (!confirm(editors())) {
            return false;
        }
        tabs.getTabs().clear();
        return true;
    }

    /** Asks about the dirty ones among {@code editors}; true when it is fine to close them all. */
    private boolean confirm(List<WorkflowEditorView> editors) {
        List<WorkflowEditorView> dirty = editors.stream().filter(e -> e.document().dirtyProperty().get()).toList();
        if (dirty.isEmpty()) {
            return true;
        }
        select(dirty.getFirst());
        return switch (prompt.ask(dirty.stream().map(WorkflowEditorView::document).toList())) {
            case SAVE -> dirty.stream().allMatch(this::save);
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    private WorkflowEditorView addTab(WorkflowDocument document) {
        WorkflowEditorView editor = new WorkflowEditorView(document, statuses.apply(document));
        editor.modeProperty().set(defaultMode.get());
        Tab tab = new Tab();
        tab.textProperty().bind(editor.titleProperty());
        tab.setGraphic(new FontIcon(Feather.SHARE_2));
        tab.setTooltip(new Tooltip(document.file().toString()));
        tab.setContent(editor);
        tab.setOnCloseRequest(e -> {
            if (!confirm(List.of(editor))) {
                e.consume();
            }
        });
        document.dirtyProperty().addListener((obs, old, now) -> anyDirty.invalidate());
        tabs.getTabs().add(tab);
        return editor;
    }

    private Optional<Tab> tabOf(WorkflowEditorView editor) {
        return tabs.getTabs().stream().filter(t -> t.getContent() == editor).findFirst();
    }

    /** The tab pane, for styling and tests. */
    public TabPane tabPane() {
        return tabs;
    }

    /** True while any open document has unsaved changes. */
    public BooleanBinding anyDirtyProperty() {
        return anyDirty;
    }

    /**
     * A property of the active document, followed as the active tab changes: e.g. {@code
     * follow(WorkflowDocument::dirtyProperty)} is true while the active document is dirty. False with no tab.
     */
    public ReadOnlyBooleanProperty follow(Function<WorkflowDocument, ObservableBooleanValue> property) {
        ReadOnlyBooleanWrapper followed = new ReadOnlyBooleanWrapper();
        ChangeListener<Boolean> copy = (obs, old, now) -> followed.set(now);
        active.addListener((obs, old, now) -> {
            if (old != null) {
                property.apply(old.document()).removeListener(copy);
            }
            if (now != null) {
                property.apply(now.document()).addListener(copy);
            }
            followed.set(now != null && property.apply(now.document()).get());
        });
        return followed.getReadOnlyProperty();
    }
}
