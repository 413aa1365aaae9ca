package dev.junction.git.workspace;

/**
 * A file a commit changed.
 *
 * @param path the path after the commit (for a deletion: the deleted path)
 * @param oldPath the path before; differs from {@code path} for a rename or copy
 */
public record ChangedFile(String path, String oldPath, FileChangeType type) {}
