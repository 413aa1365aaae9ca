package dev.junction.git.workspace;

/** How a commit changed a file, compared with its first parent. */
public enum FileChangeType { ADDED, MODIFIED, DELETED, RENAMED, COPIED }
