package dev.junction.designer.git;

import java.nio.file.Path;
import java.util.List;

/**
 * What git operations must know about the open editors: which files have unsaved changes (a branch switch, merge or
 * pull refuses to run over them), and a way to show files that a git operation changed on disk. FX thread only.
 */
public interface EditorBuffers {

    /** Nothing is open (tests of single views, a window without editors). */
    EditorBuffers NONE = new EditorBuffers() {
        @Override
        public List<Path> unsaved() {
            return List.of();
        }

        @Override
        public void reloadFromDisk() {
        }
    };

    /** Absolute paths of the files open with unsaved changes, in tab order. */
    List<Path> unsaved();

    /**
     * Re-reads the open editors without unsaved changes whose file changed on disk (after a switch, merge, pull or
     * restore); an editor whose file is gone closes.
     */
    void reloadFromDisk();
}
