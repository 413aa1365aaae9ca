package dev.junction.git.workspace;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;

/** Reads the working copy's status and answers "would this lose uncommitted work?". */
final class StatusReader {

    private final Git git;

    StatusReader(Git git) {
        this.git = git;
    }

    WorkspaceStatus read() throws GitAPIException, IOException {
        Repository repo = git.getRepository();
        Status status = git.status().call();
        Set<String> paths = new TreeSet<>();
        paths.addAll(status.getAdded());
        paths.addAll(status.getChanged());
        paths.addAll(status.getRemoved());
        paths.addAll(status.getMissing());
        paths.addAll(status.getModified());
        paths.addAll(status.getUntracked());
        paths.addAll(status.getConflicting());
        List<FileStatus> files = new ArrayList<>();
        for (String path : paths) {
            files.add(new FileStatus(path, kind(status, path), staged(status, path), unstaged(status, path)));
        }
        ObjectId head = repo.resolve("HEAD^{commit}");
        String full = repo.getFullBranch();
        Optional<String> branch = full != null && full.startsWith("refs/heads/")
                ? Optional.of(repo.getBranch()) : Optional.empty();
        RepositoryState state = repo.getRepositoryState();
        boolean merging = state == RepositoryState.MERGING || state == RepositoryState.MERGING_RESOLVED;
        return new WorkspaceStatus(branch, Optional.ofNullable(head).map(ObjectId::name), merging, files);
    }

    /**
     * Tracked files with changes not committed (staged or not, conflicts included), sorted. Untracked files are not
     * listed: switching or merging keeps them, and JGit refuses (as a checkout conflict) when one would be overwritten.
     */
    List<String> uncommittedTrackedChanges() throws GitAPIException {
        Status status = git.status().call();
        Set<String> paths = new TreeSet<>();
        paths.addAll(status.getAdded());
        paths.addAll(status.getChanged());
        paths.addAll(status.getRemoved());
        paths.addAll(status.getMissing());
        paths.addAll(status.getModified());
        paths.addAll(status.getConflicting());
        return List.copyOf(paths);
    }

    /** Refuses an operation that would carry or lose uncommitted changes. */
    void requireNoUncommittedChanges(String operation) throws GitAPIException, UncommittedChangesException {
        List<String> changed = uncommittedTrackedChanges();
        if (!changed.isEmpty()) {
            throw new UncommittedChangesException("Cannot " + operation + ": " + changed.size() + " file"
                    + (changed.size() == 1 ? " has" : "s have") + " uncommitted changes (" + list(changed)
                    + "). Commit them, or restore them to the last commit, first.", changed);
        }
    }

    static String list(List<String> paths) {
        int shown = Math.min(paths.size(), 5);
        String head = String.join(", ", paths.subList(0, shown));
        return paths.size() > shown ? head + " and " + (paths.size() - shown) + " more" : head;
    }

    private static ChangeKind kind(Status s, String path) {
        if (s.getConflicting().contains(path)) {
            return ChangeKind.CONFLICTING;
        }
        if (s.getRemoved().contains(path) || s.getMissing().contains(path)) {
            return ChangeKind.DELETED;
        }
        if (s.getAdded().contains(path) || s.getUntracked().contains(path)) {
            return ChangeKind.NEW;
        }
        return ChangeKind.MODIFIED;
    }

    private static boolean staged(Status s, String path) {
        return s.getAdded().contains(path) || s.getChanged().contains(path) || s.getRemoved().contains(path);
    }

    private static boolean unstaged(Status s, String path) {
        return s.getModified().contains(path) || s.getMissing().contains(path) || s.getUntracked().contains(path);
    }
}
