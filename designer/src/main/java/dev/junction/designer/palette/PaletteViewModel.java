package dev.junction.designer.palette;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The palette's items: the built-in step kinds, and the actions found in the workspace; a filter text narrows
 * both. FX thread only, except that the workspace scan runs on the given background executor and hands its
 * result back through the given FX executor.
 */
public final class PaletteViewModel {

    private final ObservableList<PaletteItem> kinds = FXCollections.observableArrayList(
            StepKindInfo.all().stream().map(PaletteItem.Kind::new).map(PaletteItem.class::cast).toList());
    private final ObservableList<PaletteItem> actions = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final FilteredList<PaletteItem> visibleKinds = new FilteredList<>(kinds);
    private final FilteredList<PaletteItem> visibleActions = new FilteredList<>(actions);
    private final ReadOnlyStringWrapper actionsStatus = new ReadOnlyStringWrapper(this, "actionsStatus",
            "Open a workspace to see its actions");
    private final ActionScanner scanner = new ActionScanner();
    private final ActionLibraries libraries;
    private long scanSerial;

    public PaletteViewModel() {
        this(new ActionLibraries(dev.junction.git.ActionCache.atDefaultLocation()));
    }

    /** @param libraries the git action libraries configured in a workspace */
    public PaletteViewModel(ActionLibraries libraries) {
        this.libraries = libraries;
        filter.addListener((obs, old, text) -> {
            Predicate<PaletteItem> p = matching(text);
            visibleKinds.setPredicate(p);
            visibleActions.setPredicate(p);
        });
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObservableList<PaletteItem> visibleKinds() {
        return visibleKinds;
    }

    public ObservableList<PaletteItem> visibleActions() {
        return visibleActions;
    }

    /** Why the action list is empty (no workspace, none found, scan failed), or empty while it has items. */
    public ReadOnlyStringProperty actionsStatusProperty() {
        return actionsStatus.getReadOnlyProperty();
    }

    /**
     * Looks for actions in a workspace; a later call supersedes an earlier one still running.
     *
     * @param workspace  the folder, or null for none
     * @param background where the file walk runs
     * @param fx         the FX thread ({@code Platform::runLater})
     */
    public CompletableFuture<Void> scan(Path workspace, Executor background, Executor fx) {
        long serial = ++scanSerial;
        if (workspace == null) {
            setActions(List.of(), "Open a workspace to see its actions");
            return CompletableFuture.completedFuture(null);
        }
        actionsStatus.set("Looking for actions…");
        return CompletableFuture.supplyAsync(() -> {
            try {
                List<PaletteItem.Action> found = new java.util.ArrayList<>(scanner.scan(workspace));
                ActionLibraries.Found fromLibraries = libraries.scan(workspace);
                found.addAll(fromLibraries.actions());
                return new ActionLibraries.Found(found, fromLibraries.problems());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, background).handleAsync((found, error) -> {
            if (serial == scanSerial) {
                if (error != null) {
                    setActions(List.of(), "Cannot read the workspace: " + rootMessage(error));
                } else if (!found.problems().isEmpty()) {
                    setActions(found.actions(), found.problems().getFirst());
                } else {
                    setActions(found.actions(), found.actions().isEmpty()
                            ? "No actions in this workspace (folders with action.yaml)" : "");
                }
            }
            return null;
        }, fx);
    }

    void setActions(List<? extends PaletteItem> found, String status) {
        actions.setAll(found);
        actionsStatus.set(status);
    }

    private static Predicate<PaletteItem> matching(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return needle.isEmpty() ? null : item -> (item.label() + " " + item.description()).toLowerCase(Locale.ROOT)
                .contains(needle) || item instanceof PaletteItem.Kind k && k.kind().key().contains(needle);
    }

    private static String rootMessage(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
