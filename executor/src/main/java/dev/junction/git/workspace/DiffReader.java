package dev.junction.git.workspace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/** Text diffs of one file: against the working tree, or between two commits (histogram diff, as git uses). */
final class DiffReader {

    /** Unchanged lines shown around each change, as {@code git diff} does. */
    static final int CONTEXT = 3;

    /** The old version's name in a repository without commits. */
    static final String NO_COMMITS = "no commits yet";

    private final Repository repo;

    DiffReader(Repository repo) {
        this.repo = repo;
    }

    /** Before the first commit, {@code HEAD} compares with an empty file (every line is new). */
    FileDiff againstWorkingTree(String path, String revision) throws GitWorkspaceException, IOException {
        Path file = repo.getWorkTree().toPath().resolve(path);
        byte[] current = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
        if (Constants.HEAD.equals(revision) && repo.resolve(Constants.HEAD) == null) {
            return compare(path, NO_COMMITS, FileDiff.WORKING_TREE, new byte[0], current);
        }
        RevCommit base = Revisions.commit(repo, revision);
        byte[] old = Revisions.blob(repo, base, path).orElse(new byte[0]);
        return compare(path, base.name(), FileDiff.WORKING_TREE, old, current);
    }

    FileDiff between(String path, String fromRevision, String toRevision) throws GitWorkspaceException, IOException {
        RevCommit from = Revisions.commit(repo, fromRevision);
        RevCommit to = Revisions.commit(repo, toRevision);
        byte[] old = Revisions.blob(repo, from, path).orElse(new byte[0]);
        byte[] current = Revisions.blob(repo, to, path).orElse(new byte[0]);
        return compare(path, from.name(), to.name(), old, current);
    }

    static FileDiff compare(String path, String oldVersion, String newVersion, byte[] oldBytes, byte[] newBytes)
            throws IOException {
        if (RawText.isBinary(oldBytes) || RawText.isBinary(newBytes)) {
            return new FileDiff(path, oldVersion, newVersion, "", "", true, List.of(), "");
        }
        RawText a = new RawText(oldBytes);
        RawText b = new RawText(newBytes);
        EditList edits = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
                .diff(RawTextComparator.DEFAULT, a, b);
        ByteArrayOutputStream patch = new ByteArrayOutputStream();
        try (DiffFormatter formatter = new DiffFormatter(patch)) {
            formatter.setContext(CONTEXT);
            formatter.format(edits, a, b);
        }
        return new FileDiff(path, oldVersion, newVersion, new String(oldBytes, StandardCharsets.UTF_8),
                new String(newBytes, StandardCharsets.UTF_8), false, hunks(edits, a.size(), b.size()),
                patch.toString(StandardCharsets.UTF_8));
    }

    /** Groups edits that are at most 2 × context lines apart, the way DiffFormatter cuts hunks. */
    static List<DiffHunk> hunks(EditList edits, int oldLines, int newLines) {
        List<DiffHunk> hunks = new ArrayList<>();
        int i = 0;
        while (i < edits.size()) {
            int end = i;
            while (end + 1 < edits.size() && edits.get(end + 1).getBeginA() - edits.get(end).getEndA() <= 2 * CONTEXT) {
                end++;
            }
            Edit first = edits.get(i);
            Edit last = edits.get(end);
            int oldStart = Math.max(0, first.getBeginA() - CONTEXT);
            int newStart = Math.max(0, first.getBeginB() - CONTEXT);
            int oldEnd = Math.min(oldLines, last.getEndA() + CONTEXT);
            int newEnd = Math.min(newLines, last.getEndB() + CONTEXT);
            List<LineEdit> lineEdits = new ArrayList<>();
            for (Edit e : edits.subList(i, end + 1)) {
                lineEdits.add(new LineEdit(type(e), e.getBeginA(), e.getEndA(), e.getBeginB(), e.getEndB()));
            }
            hunks.add(new DiffHunk(oldStart, oldEnd - oldStart, newStart, newEnd - newStart, lineEdits));
            i = end + 1;
        }
        return hunks;
    }

    private static LineEdit.Type type(Edit e) {
        return switch (e.getType()) {
            case INSERT -> LineEdit.Type.INSERT;
            case DELETE -> LineEdit.Type.DELETE;
            default -> LineEdit.Type.REPLACE;
        };
    }
}
