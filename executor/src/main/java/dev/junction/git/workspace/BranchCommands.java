package dev.junction.git.workspace;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.CreateBranchCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ListBranchCommand;
import org.eclipse.jgit.api.errors.CannotDeleteCurrentBranchException;
import org.eclipse.jgit.api.errors.CheckoutConflictException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.NotMergedException;
import org.eclipse.jgit.api.errors.RefAlreadyExistsException;
import org.eclipse.jgit.lib.BranchTrackingStatus;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;

/** Lists, creates, switches and deletes branches; refuses a switch that would carry or lose uncommitted work. */
final class BranchCommands {

    private final Git git;
    private final Repository repo;
    private final StatusReader status;

    BranchCommands(Git git, StatusReader status) {
        this.git = git;
        this.repo = git.getRepository();
        this.status = status;
    }

    /** Local branches by name, then remote-tracking ones; {@code origin/HEAD} is left out. */
    List<BranchInfo> list() throws GitAPIException, IOException {
        String current = repo.getFullBranch();
        List<BranchInfo> local = new ArrayList<>();
        List<BranchInfo> remote = new ArrayList<>();
        for (Ref ref : git.branchList().setListMode(ListBranchCommand.ListMode.ALL).call()) {
            String name = ref.getName();
            if (ref.isSymbolic() || ref.getObjectId() == null) {
                continue;
            }
            if (name.startsWith(Constants.R_HEADS)) {
                String shortName = name.substring(Constants.R_HEADS.length());
                BranchTrackingStatus tracking = BranchTrackingStatus.of(repo, shortName);
                Optional<String> upstream = Optional.ofNullable(tracking).map(t -> Repository.shortenRefName(
                        t.getRemoteTrackingBranch()));
                local.add(new BranchInfo(shortName, false, name.equals(current), ref.getObjectId().name(), upstream,
                        tracking == null ? 0 : tracking.getAheadCount(), tracking == null ? 0 : tracking.getBehindCount()));
            } else if (name.startsWith(Constants.R_REMOTES)) {
                remote.add(new BranchInfo(name.substring(Constants.R_REMOTES.length()), true, false,
                        ref.getObjectId().name(), Optional.empty(), 0, 0));
            }
        }
        local.sort(Comparator.comparing(BranchInfo::name));
        remote.sort(Comparator.comparing(BranchInfo::name));
        List<BranchInfo> all = new ArrayList<>(local);
        all.addAll(remote);
        return all;
    }

    void create(String name, String startRevision) throws GitWorkspaceException, GitAPIException, IOException {
        requireValidName(name);
        ObjectId start = Revisions.commit(repo, startRevision == null ? Constants.HEAD : startRevision);
        try {
            git.branchCreate().setName(name).setStartPoint(start.name()).call();
        } catch (RefAlreadyExistsException e) {
            throw new GitOperationException("A branch named '" + name + "' already exists. Choose another name, or"
                    + " switch to it.", e);
        }
    }

    /**
     * Switches to a local branch, or to a remote-tracking one ({@code origin/feature}, or just {@code feature} when
     * only a remote has it) through a new local branch that tracks it.
     */
    void switchTo(String name) throws GitWorkspaceException, GitAPIException, IOException {
        if (name.equals(repo.getBranch()) && repo.exactRef(Constants.R_HEADS + name) != null) {
            return;
        }
        Optional<String> remoteTracking = remoteTrackingFor(name);
        if (repo.exactRef(Constants.R_HEADS + name) == null && remoteTracking.isEmpty()) {
            throw new NoSuchRevisionException("There is no branch '" + name + "'. Branches: " + names() + ".", null);
        }
        status.requireNoUncommittedChanges("switch to '" + name + "'");
        try {
            if (repo.exactRef(Constants.R_HEADS + name) != null) {
                git.checkout().setName(name).call();
            } else {
                String remoteName = remoteTracking.orElseThrow();
                String localName = remoteName.substring(remoteName.indexOf('/') + 1);
                if (repo.exactRef(Constants.R_HEADS + localName) != null) {
                    git.checkout().setName(localName).call();
                } else {
                    git.checkout().setCreateBranch(true).setName(localName).setStartPoint(remoteName)
                            .setUpstreamMode(CreateBranchCommand.SetupUpstreamMode.TRACK).call();
                }
            }
        } catch (CheckoutConflictException e) {
            List<String> paths = e.getConflictingPaths().stream().sorted().toList();
            throw new UncommittedChangesException("Cannot switch to '" + name + "': it would overwrite "
                    + StatusReader.list(paths) + ", which git does not track here. Move or commit "
                    + (paths.size() == 1 ? "that file" : "those files") + " first.", paths);
        }
    }

    void delete(String name, boolean force) throws GitWorkspaceException, GitAPIException, IOException {
        if (repo.exactRef(Constants.R_HEADS + name) == null) {
            throw new NoSuchRevisionException("There is no local branch '" + name + "'.", null);
        }
        try {
            git.branchDelete().setBranchNames(Constants.R_HEADS + name).setForce(force).call();
        } catch (CannotDeleteCurrentBranchException e) {
            throw new GitOperationException("'" + name + "' is the current branch: switch to another branch before"
                    + " deleting it.", e);
        } catch (NotMergedException e) {
            throw new GitOperationException("'" + name + "' has commits that are on no other branch; deleting it"
                    + " would lose them. Merge it first, or delete it anyway (force).", e);
        }
    }

    private Optional<String> remoteTrackingFor(String name) throws IOException {
        if (repo.exactRef(Constants.R_REMOTES + name) != null && name.contains("/")) {
            return Optional.of(name);
        }
        List<String> matches = new ArrayList<>();
        for (String remote : repo.getRemoteNames()) {
            if (repo.exactRef(Constants.R_REMOTES + remote + "/" + name) != null) {
                matches.add(remote + "/" + name);
            }
        }
        return matches.size() == 1 ? Optional.of(matches.getFirst()) : Optional.empty();
    }

    private String names() throws GitAPIException, IOException {
        List<String> names = list().stream().map(BranchInfo::name).toList();
        return names.isEmpty() ? "none yet (commit once first)" : String.join(", ", names);
    }

    private static void requireValidName(String name) throws GitOperationException {
        if (name == null || name.isBlank() || !Repository.isValidRefName(Constants.R_HEADS + name)) {
            throw new GitOperationException("'" + name + "' is not a valid branch name: use letters, digits, '-', '_',"
                    + " '.' and '/', without spaces, '..', '~', '^', ':', '?', '*' or '['.", null);
        }
    }
}
