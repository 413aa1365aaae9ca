package dev.junction.git.workspace;

import java.util.List;
import java.util.Objects;

/**
 * A file's two versions and how they differ.
 *
 * @param path workspace-relative path
 * @param oldVersion what the old side is: a commit id ({@code no commits yet} for HEAD before the first commit)
 * @param newVersion what the new side is: a commit id, or {@link #WORKING_TREE}
 * @param oldText the old content (UTF-8), empty when the file did not exist or is binary
 * @param newText the new content (UTF-8), empty when the file does not exist or is binary
 * @param binary either side looks binary: the texts are empty and there are no hunks
 * @param hunks the changed regions with context, in order; empty when the texts are equal
 * @param patch the hunks as unified-diff text ({@code @@ -1,3 +1,4 @@} ...), for a compact view or a copy
 */
public record FileDiff(String path, String oldVersion, String newVersion, String oldText, String newText,
                       boolean binary, List<DiffHunk> hunks, String patch) {

    /** The {@link #newVersion()} of a diff against the files on disk. */
    public static final String WORKING_TREE = "working tree";

    public FileDiff {
        Objects.requireNonNull(path, "path");
        hunks = List.copyOf(hunks);
    }

    public boolean isEmpty() {
        return hunks.isEmpty() && !binary;
    }
}
