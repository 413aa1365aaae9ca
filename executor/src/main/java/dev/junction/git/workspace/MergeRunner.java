package dev.junction.git.workspace;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Merges a commit into the current branch: fast-forward when possible, else a merge commit; on conflicts the files
 * keep git's conflict markers and the repository stays in the merging state, as with {@code git merge}.
 */
final class MergeRunner {

    private final Git git;
    private final Repository repo;
    private final StatusReader status;
    private final CommitWriter commits;

    MergeRunner(Git git, StatusReader status, CommitWriter commits) {
        this.git = git;
        this.repo = git.getRepository();
        this.status = status;
        this.commits = commits;
    }

    /**
     * @param theirs the commit to merge
     * @param label how the merged side is named in conflict markers and the merge message, e.g. {@code feature}
     */
    MergeOutcome merge(ObjectId theirs, String label, String message)
            throws GitWorkspaceException, GitAPIException, IOException {
        RepositoryState state = repo.getRepositoryState();
        if (state == RepositoryState.MERGING || state == RepositoryState.MERGING_RESOLVED) {
            List<String> conflicts = status.read().conflicts();
            throw new ConflictException("A merge is already in progress. Resolve its conflicts and commit, or abort"
                    + " it, before merging again.", conflicts);
        }
        if (state != RepositoryState.SAFE) {
            throw new GitOperationException("The repository is in the middle of another operation (" + state
                    .getDescription() + "); finish or abort it from a terminal first.", null);
        }
        status.requireNoUncommittedChanges("merge " + label);
        ObjectId head = repo.resolve("HEAD^{commit}");
        if (head != null && needsMergeCommit(head, theirs)) {
            commits.identity(); // a merge commit needs an author; fail before touching any file
        }
        MergeResult result = git.merge().include(label, theirs).setFastForward(MergeCommand.FastForwardMode.FF)
                .setCommit(true).setMessage(message).call();
        Optional<String> newHead = Optional.ofNullable(result.getNewHead()).map(ObjectId::name);
        return switch (result.getMergeStatus()) {
            case ALREADY_UP_TO_DATE -> new MergeOutcome(MergeOutcome.Status.UP_TO_DATE, Optional.empty(), List.of());
            case FAST_FORWARD, FAST_FORWARD_SQUASHED ->
                    new MergeOutcome(MergeOutcome.Status.FAST_FORWARD, newHead, List.of());
            case MERGED, MERGED_SQUASHED -> new MergeOutcome(MergeOutcome.Status.MERGED, newHead, List.of());
            case CONFLICTING -> new MergeOutcome(MergeOutcome.Status.CONFLICTING, Optional.empty(),
                    result.getConflicts().keySet().stream().sorted().toList());
            case FAILED -> throw failed(label, result.getFailingPaths() == null ? List.of()
                    : result.getFailingPaths().keySet().stream().sorted().toList());
            case CHECKOUT_CONFLICT -> throw failed(label, result.getCheckoutConflicts() == null ? List.of()
                    : result.getCheckoutConflicts().stream().sorted().toList());
            default -> throw new GitOperationException("Merging " + label + " stopped: "
                    + result.getMergeStatus() + ".", null);
        };
    }

    /** Back to the state before the merge: conflict markers and merged changes are discarded. */
    void abort() throws GitWorkspaceException, GitAPIException {
        RepositoryState state = repo.getRepositoryState();
        if (state != RepositoryState.MERGING && state != RepositoryState.MERGING_RESOLVED) {
            throw new GitOperationException("No merge is in progress.", null);
        }
        git.reset().setMode(ResetCommand.ResetType.HARD).call();
    }

    private boolean needsMergeCommit(ObjectId head, ObjectId theirs) throws IOException {
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit ours = walk.parseCommit(head);
            RevCommit other = walk.parseCommit(theirs);
            return !walk.isMergedInto(other, ours) && !walk.isMergedInto(ours, other);
        }
    }

    private static UncommittedChangesException failed(String label, List<String> paths) {
        return new UncommittedChangesException("Cannot merge " + label + ": it would overwrite local changes in "
                + (paths.isEmpty() ? "some files" : StatusReader.list(paths)) + ". Commit or move them first.", paths);
    }
}
