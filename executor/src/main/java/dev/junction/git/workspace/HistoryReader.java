package dev.junction.git.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.LogCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/** Commit history of the workspace or one file, old versions of files, and restoring them. */
final class HistoryReader {

    private final Git git;
    private final Repository repo;

    HistoryReader(Git git) {
        this.git = git;
        this.repo = git.getRepository();
    }

    /** Newest first, from HEAD; empty in a repository without commits. */
    List<CommitInfo> log(Optional<String> path, int maxCount) throws GitAPIException, IOException {
        if (maxCount <= 0) {
            throw new IllegalArgumentException("maxCount must be positive");
        }
        ObjectId head = repo.resolve("HEAD^{commit}");
        if (head == null) {
            return List.of();
        }
        LogCommand log = git.log().add(head).setMaxCount(maxCount);
        path.ifPresent(log::addPath);
        List<CommitInfo> commits = new ArrayList<>();
        for (RevCommit commit : log.call()) {
            commits.add(info(commit));
        }
        return commits;
    }

    CommitInfo info(RevCommit commit) throws IOException {
        try (RevWalk walk = new RevWalk(repo); DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            RevCommit parsed = walk.parseCommit(commit);
            RevCommit parent = parsed.getParentCount() == 0 ? null : walk.parseCommit(parsed.getParent(0));
            diff.setRepository(repo);
            diff.setDetectRenames(true);
            List<ChangedFile> files = new ArrayList<>();
            for (DiffEntry entry : diff.scan(parent == null ? null : parent.getTree(), parsed.getTree())) {
                files.add(changedFile(entry));
            }
            files.sort(Comparator.comparing(ChangedFile::path));
            List<String> parents = new ArrayList<>();
            for (RevCommit p : parsed.getParents()) {
                parents.add(p.name());
            }
            var author = parsed.getAuthorIdent();
            return new CommitInfo(parsed.name(), parsed.abbreviate(7).name(), author.getName(),
                    author.getEmailAddress(), author.getWhenAsInstant(), parsed.getFullMessage(), parents, files);
        }
    }

    Optional<String> readText(String path, String revision) throws GitWorkspaceException, IOException {
        RevCommit commit = Revisions.commit(repo, revision);
        return Revisions.blob(repo, commit, path).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    /** Like {@code git checkout <revision> -- <path>}: working tree and index get the old content. */
    void restore(String path, String revision) throws GitWorkspaceException, GitAPIException, IOException {
        RevCommit commit = Revisions.commit(repo, revision);
        if (Revisions.blob(repo, commit, path).isEmpty()) {
            throw new NoSuchRevisionException("'" + path + "' does not exist at " + commit.abbreviate(7).name()
                    + ", so there is no version to restore.", null);
        }
        git.checkout().setStartPoint(commit).addPath(path).call();
    }

    private static ChangedFile changedFile(DiffEntry entry) {
        return switch (entry.getChangeType()) {
            case ADD -> new ChangedFile(entry.getNewPath(), entry.getNewPath(), FileChangeType.ADDED);
            case DELETE -> new ChangedFile(entry.getOldPath(), entry.getOldPath(), FileChangeType.DELETED);
            case MODIFY -> new ChangedFile(entry.getNewPath(), entry.getOldPath(), FileChangeType.MODIFIED);
            case RENAME -> new ChangedFile(entry.getNewPath(), entry.getOldPath(), FileChangeType.RENAMED);
            case COPY -> new ChangedFile(entry.getNewPath(), entry.getOldPath(), FileChangeType.COPIED);
        };
    }
}
