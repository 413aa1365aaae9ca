package dev.junction.git.workspace;

import java.io.IOException;
import java.util.Optional;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/** Revision strings (a branch, tag, commit id, {@code HEAD~2} ...) to commits, and files at a commit. */
final class Revisions {

    private Revisions() {}

    static RevCommit commit(Repository repo, String revision) throws NoSuchRevisionException, IOException {
        if (revision == null || revision.isBlank()) {
            throw new NoSuchRevisionException("No revision given: name a branch, a tag or a commit id.", null);
        }
        ObjectId id;
        try {
            id = repo.resolve(revision + "^{commit}");
        } catch (RevisionSyntaxException | IncorrectObjectTypeException | MissingObjectException e) {
            throw new NoSuchRevisionException("'" + revision + "' is not a commit, branch or tag here.", e);
        } catch (org.eclipse.jgit.errors.AmbiguousObjectException e) {
            throw new NoSuchRevisionException("'" + revision + "' matches several commits: give more characters of"
                    + " the id.", e);
        }
        if (id == null) {
            throw new NoSuchRevisionException("HEAD".equals(revision)
                    ? "The repository has no commits yet: commit once first."
                    : "'" + revision + "' is not a commit, branch or tag here.", null);
        }
        try (RevWalk walk = new RevWalk(repo)) {
            return walk.parseCommit(id);
        }
    }

    /** The file's bytes at a commit; empty when the commit does not have it (or has a folder there). */
    static Optional<byte[]> blob(Repository repo, RevCommit commit, String path) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(repo, path, commit.getTree())) {
            if (walk == null || walk.isSubtree()) {
                return Optional.empty();
            }
            return Optional.of(repo.open(walk.getObjectId(0)).getBytes(Integer.MAX_VALUE - 8));
        }
    }

    /** A path as git names it: relative, with {@code /}, no leading {@code ./}. */
    static String normalize(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("a workspace-relative file path is needed");
        }
        String p = path.replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        if (p.startsWith("/") || p.equals("..") || p.startsWith("../") || p.contains("/../")) {
            throw new IllegalArgumentException("'" + path + "' is not a path inside the workspace");
        }
        return p;
    }
}
