package dev.junction.designer.git;

import dev.junction.designer.editor.EditorTabsView;
import dev.junction.designer.editor.WorkflowEditorView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The editor tabs as {@link EditorBuffers}: dirty documents are the unsaved files; after a git operation each clean
 * editor whose file changed gets the new text as one undoable "Reload from disk" command (so undo can take the editor
 * back), and an editor whose file is gone closes. Files are read off the FX thread.
 */
public final class EditorTabsBuffers implements EditorBuffers {

    private final EditorTabsView tabs;
    private final Consumer<String> onError;

    /** @param onError where a file that cannot be re-read is reported */
    public EditorTabsBuffers(EditorTabsView tabs, Consumer<String> onError) {
        this.tabs = tabs;
        this.onError = onError;
    }

    @Override
    public List<Path> unsaved() {
        return tabs.editors().stream().filter(e -> e.document().dirtyProperty().get())
                .map(e -> e.file().toAbsolutePath().normalize()).toList();
    }

    @Override
    public void reloadFromDisk() {
        Map<WorkflowEditorView, String> shown = new HashMap<>();
        for (WorkflowEditorView editor : tabs.editors()) {
            if (!editor.document().dirtyProperty().get()) {
                shown.put(editor, editor.document().text());
            }
        }
        if (shown.isEmpty()) {
            return;
        }
        GitWorkspace.background(() -> {
            Map<WorkflowEditorView, Optional<String>> onDisk = new HashMap<>();
            for (WorkflowEditorView editor : shown.keySet()) {
                try {
                    onDisk.put(editor, Optional.of(Files.readString(editor.file(), StandardCharsets.UTF_8)));
                } catch (NoSuchFileException e) {
                    onDisk.put(editor, Optional.empty());
                }
            }
            return onDisk;
        }).whenComplete((onDisk, error) -> {
            if (error != null) {
                onError.accept("Cannot re-read the open workflows: " + GitFailures.cause(error).getMessage());
                return;
            }
            onDisk.forEach((editor, text) -> apply(editor, shown.get(editor), text));
        });
    }

    private void apply(WorkflowEditorView editor, String before, Optional<String> disk) {
        if (!tabs.editors().contains(editor) || editor.document().dirtyProperty().get()
                || !editor.document().text().equals(before)) {
            return; // closed or edited meanwhile: the user's text wins
        }
        if (disk.isEmpty()) {
            tabs.close(editor);
            return;
        }
        if (disk.get().equals(before)) {
            return;
        }
        editor.document().replaceText("Reload from disk", disk.get(), this);
        try {
            editor.document().save(); // the same bytes as on disk: marks the document clean again
        } catch (IOException e) {
            onError.accept("Cannot reload " + editor.file().getFileName() + ": " + e.getMessage());
        }
    }
}
