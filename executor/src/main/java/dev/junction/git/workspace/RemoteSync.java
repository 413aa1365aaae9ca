package dev.junction.git.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.BranchConfig;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteConfig;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.TrackingRefUpdate;
import org.eclipse.jgit.transport.URIish;

/** Remotes, and fetch, pull and push of the current branch through {@link RemoteAccess}. */
final class RemoteSync {

    private static final String DEFAULT_REMOTE = Constants.DEFAULT_REMOTE_NAME;

    private final Git git;
    private final Repository repo;
    private final RemoteAccess access;
    private final MergeRunner merges;
    private final StatusReader status;

    RemoteSync(Git git, RemoteAccess access, MergeRunner merges, StatusReader status) {
        this.git = git;
        this.repo = git.getRepository();
        this.access = access;
        this.merges = merges;
        this.status = status;
    }

    List<RemoteInfo> remotes() throws GitAPIException {
        List<RemoteInfo> remotes = new ArrayList<>();
        for (RemoteConfig remote : git.remoteList().call()) {
            String fetch = remote.getURIs().isEmpty() ? "" : remote.getURIs().getFirst().toString();
            String push = remote.getPushURIs().isEmpty() ? fetch : remote.getPushURIs().getFirst().toString();
            remotes.add(new RemoteInfo(remote.getName(), fetch, push));
        }
        return remotes;
    }

    RemoteInfo add(String name, String url) throws GitWorkspaceException, GitAPIException {
        if (name == null || !Repository.isValidRefName(Constants.R_REMOTES + name + "/x") || name.contains("/")) {
            throw new GitOperationException("'" + name + "' is not a valid remote name: use letters, digits, '-' and"
                    + " '_', e.g. origin.", null);
        }
        if (repo.getRemoteNames().contains(name)) {
            throw new GitOperationException("A remote named '" + name + "' already exists.", null);
        }
        URIish uri = RemoteAccess.parse(url);
        git.remoteAdd().setName(name).setUri(uri).call();
        return new RemoteInfo(name, uri.toString(), uri.toString());
    }

    void remove(String name) throws GitWorkspaceException, GitAPIException {
        requireRemote(name);
        git.remoteRemove().setRemoteName(name).call();
    }

    FetchOutcome fetch(String remote, ProgressListener progress) throws GitWorkspaceException {
        String url = requireRemote(remote);
        try (Connection connection = access.connect(url)) {
            FetchResult result;
            try {
                result = connection.configure(git.fetch()).setRemote(remote).setRemoveDeletedRefs(true)
                        .setProgressMonitor(new ProgressAdapter(progress)).call();
            } catch (GitAPIException | JGitInternalException | UncheckedIOException e) {
                throw GitErrors.translate("fetch from " + remote, e, connection);
            }
            List<String> updated = new ArrayList<>();
            for (TrackingRefUpdate update : result.getTrackingRefUpdates()) {
                updated.add(Repository.shortenRefName(update.getLocalName()));
            }
            return new FetchOutcome(remote, updated.stream().sorted().toList());
        }
    }

    /** Fetches the current branch's upstream (or {@code origin/<branch>}) and merges it. */
    PullOutcome pull(ProgressListener progress) throws GitWorkspaceException, GitAPIException, IOException {
        String branch = currentBranch("pull");
        BranchConfig config = new BranchConfig(repo.getConfig(), branch);
        String remote = config.getRemote() != null ? config.getRemote() : DEFAULT_REMOTE;
        String merge = config.getMerge() != null ? config.getMerge() : Constants.R_HEADS + branch;
        requireRemote(remote);
        status.requireNoUncommittedChanges("pull");
        FetchOutcome fetched = fetch(remote, progress);
        String tracking = Constants.R_REMOTES + remote + "/" + Repository.shortenRefName(merge);
        Ref ref = repo.exactRef(tracking);
        if (ref == null || ref.getObjectId() == null) {
            throw new NoSuchRevisionException("The remote '" + remote + "' has no branch '" + Repository.shortenRefName(
                    merge) + "' yet: push this branch first.", null);
        }
        String label = Repository.shortenRefName(tracking);
        MergeOutcome merged = merges.merge(ref.getObjectId(), label,
                "Merge remote-tracking branch '" + label + "' into " + branch);
        return new PullOutcome(fetched, merged);
    }

    /** Pushes the current branch to the same name on the remote; the first push sets it as upstream. */
    PushOutcome push(String remote, ProgressListener progress) throws GitWorkspaceException, GitAPIException, IOException {
        String branch = currentBranch("push");
        String url = pushUrl(remote);
        ObjectId head = repo.resolve(Constants.HEAD);
        if (head == null) {
            throw new GitOperationException("Nothing to push: commit once first.", null);
        }
        String ref = Constants.R_HEADS + branch;
        RemoteRefUpdate update;
        boolean existedBefore;
        try (Connection connection = access.connect(url)) {
            try {
                Iterable<PushResult> results = connection.configure(git.push()).setRemote(remote)
                        .setRefSpecs(new RefSpec(ref + ":" + ref))
                        .setProgressMonitor(new ProgressAdapter(progress)).call();
                PushResult result = results.iterator().next();
                update = result.getRemoteUpdate(ref);
                existedBefore = result.getAdvertisedRef(ref) != null;
            } catch (GitAPIException | JGitInternalException | UncheckedIOException e) {
                throw GitErrors.translate("push to " + remote, e, connection);
            }
        }
        PushOutcome.Status outcome = switch (update.getStatus()) {
            case OK -> existedBefore ? PushOutcome.Status.UPDATED : PushOutcome.Status.CREATED;
            case UP_TO_DATE -> PushOutcome.Status.UP_TO_DATE;
            case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> throw new NonFastForwardException("The remote"
                    + " branch " + remote + "/" + branch + " has commits that are not in your '" + branch + "'. Pull"
                    + " first (merging them in), then push again.", remote, branch);
            default -> throw new GitOperationException("The remote " + remote + " refused the push of '" + branch
                    + "' (" + update.getStatus() + (update.getMessage() == null ? "" : ": " + update.getMessage())
                    + ").", null);
        };
        boolean upstreamSet = setUpstreamIfMissing(branch, remote);
        return new PushOutcome(remote, branch, outcome, head.name(), upstreamSet);
    }

    private boolean setUpstreamIfMissing(String branch, String remote) throws IOException {
        StoredConfig config = repo.getConfig();
        if (config.getString(ConfigConstants.CONFIG_BRANCH_SECTION, branch, ConfigConstants.CONFIG_KEY_REMOTE) != null) {
            return false;
        }
        config.setString(ConfigConstants.CONFIG_BRANCH_SECTION, branch, ConfigConstants.CONFIG_KEY_REMOTE, remote);
        config.setString(ConfigConstants.CONFIG_BRANCH_SECTION, branch, ConfigConstants.CONFIG_KEY_MERGE,
                Constants.R_HEADS + branch);
        config.save();
        return true;
    }

    private String currentBranch(String operation) throws IOException, GitOperationException {
        String full = repo.getFullBranch();
        if (full == null || !full.startsWith(Constants.R_HEADS)) {
            throw new GitOperationException("Cannot " + operation + " without a current branch (HEAD is detached):"
                    + " switch to a branch first.", null);
        }
        return full.substring(Constants.R_HEADS.length());
    }

    private String pushUrl(String name) throws GitWorkspaceException {
        String fetchUrl = requireRemote(name);
        try {
            RemoteConfig remote = new RemoteConfig(repo.getConfig(), name);
            return remote.getPushURIs().isEmpty() ? fetchUrl : remote.getPushURIs().getFirst().toString();
        } catch (URISyntaxException e) {
            return fetchUrl;
        }
    }

    /** @return the remote's fetch URL */
    private String requireRemote(String name) throws GitWorkspaceException {
        try {
            for (RemoteConfig remote : RemoteConfig.getAllRemoteConfigs(repo.getConfig())) {
                if (remote.getName().equals(name) && !remote.getURIs().isEmpty()) {
                    return remote.getURIs().getFirst().toString();
                }
            }
        } catch (URISyntaxException e) {
            throw new GitOperationException("The remote '" + name + "' has a URL git cannot read: " + e.getMessage()
                    + ". Fix it in the remote settings.", e);
        }
        throw new NoSuchRevisionException("There is no remote '" + name + "'"
                + (repo.getRemoteNames().isEmpty() ? " (this repository has none yet: add one)." : "; remotes: "
                + String.join(", ", repo.getRemoteNames().stream().sorted().toList()) + "."), null);
    }
}
