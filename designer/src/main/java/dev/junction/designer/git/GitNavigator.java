package dev.junction.designer.git;

import dev.junction.git.workspace.CommitInfo;

/** What the git views ask the window to open or do; implemented by {@link GitController}. FX thread. */
public interface GitNavigator {

    /**
     * Opens the diff of a file in an editor tab.
     *
     * @param oldRevision e.g. {@code HEAD} or a commit id
     * @param newRevision a commit id, or null for the file on disk
     */
    void openDiff(String path, String oldRevision, String newRevision);

    /** Opens a file's version at a commit in a read-only editor tab. */
    void openVersion(String path, CommitInfo commit);

    /** Opens the file on disk in its editor (workflows) if it exists. */
    void openFile(String path);

    /** Asks, then puts a file's version at a commit back on disk. */
    void restore(String path, CommitInfo commit);

    /** Shows the History view for one file, or the whole workspace (null). */
    void showHistory(String path);

    /** Asks, then discards the uncommitted changes of the files. */
    void rollback(java.util.List<String> paths);
}
