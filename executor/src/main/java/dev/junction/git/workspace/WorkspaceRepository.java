package dev.junction.git.workspace;

import dev.junction.git.graphdiff.GraphDiff;
import dev.junction.git.graphdiff.UnreadableWorkflowException;
import dev.junction.git.graphdiff.WorkflowGraphDiff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The workspace folder as a git working copy: everything the desktop app's git views need, over JGit (no
 * {@code git} program required). Results are immutable records; failures are {@link GitWorkspaceException}s whose
 * subclass names the case (authentication, host key, network, non-fast-forward, conflict, uncommitted changes,
 * missing identity, unknown revision) and whose message tells the user what to do.
 *
 * <p>Paths are relative to {@link #folder()} (the working tree's root) with {@code /} separators; {@link #pathOf}
 * converts a file on disk. Revisions are anything git resolves: a branch, a tag, a commit id (or a prefix of
 * one), {@code HEAD}, {@code HEAD~1}.
 *
 * <p>A path outside the working tree is a programming error ({@link IllegalArgumentException}).
 *
 * <p>Threads: every method blocks, so call it off the UI thread. Operations that change the index, the working
 * tree, HEAD, refs or config (network operations included) are serialized on this instance; reads (status, diff,
 * history, branches) may run alongside them and see the state before or after.
 * Close the instance when the workspace is closed.
 */
public final class WorkspaceRepository implements AutoCloseable {

    private final Git git;
    private final Repository repo;
    private final Object writeLock = new Object();
    private final StatusReader status;
    private final DiffReader diffs;
    private final HistoryReader history;
    private final CommitWriter commits;
    private final BranchCommands branches;
    private final MergeRunner merges;
    private final RemoteSync remotes;

    private WorkspaceRepository(Git git, RemoteAccess access) {
        this.git = git;
        this.repo = git.getRepository();
        this.status = new StatusReader(git);
        this.diffs = new DiffReader(repo);
        this.history = new HistoryReader(git);
        this.commits = new CommitWriter(git);
        this.branches = new BranchCommands(git, status);
        this.merges = new MergeRunner(git, status, commits);
        this.remotes = new RemoteSync(git, access, merges, status);
    }

    // ------------------------------------------------------------------ opening

    /** True when the folder is inside a git working copy. */
    public static boolean isRepository(Path folder) {
        return new FileRepositoryBuilder().findGitDir(folder.toAbsolutePath().toFile()).getGitDir() != null;
    }

    /**
     * Opens the working copy that holds {@code folder} (the folder itself or a parent may be its root).
     *
     * @throws NotARepositoryException when there is none, or it is bare
     */
    public static WorkspaceRepository open(Path folder, RemoteAccess access) throws GitWorkspaceException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(folder.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            throw new NotARepositoryException(folder + " is not a git repository. Use \"Init repository\" to make it"
                    + " one, or clone a repository into a new folder.", null);
        }
        try {
            Repository repo = builder.setMustExist(true).build();
            if (repo.isBare()) {
                repo.close();
                throw new NotARepositoryException(folder + " is a bare repository (no working files); clone it into"
                        + " a folder to work on it.", null);
            }
            return new WorkspaceRepository(new Git(repo, true), Objects.requireNonNull(access, "access"));
        } catch (IOException e) {
            throw new NotARepositoryException(folder + " looks like a git repository but cannot be opened: "
                    + GitErrors.rootMessage(e), e);
        }
    }

    /**
     * Makes {@code folder} (created when missing) a new repository whose first branch is {@code main}.
     *
     * @throws GitOperationException when the folder is already a repository's root
     */
    public static WorkspaceRepository init(Path folder, RemoteAccess access) throws GitWorkspaceException {
        if (Files.exists(folder.resolve(Constants.DOT_GIT))) {
            throw new GitOperationException(folder + " is already a git repository.", null);
        }
        try {
            Files.createDirectories(folder);
            Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call();
            return new WorkspaceRepository(git, Objects.requireNonNull(access, "access"));
        } catch (GitAPIException | IOException e) {
            throw GitErrors.translate("create a repository in " + folder, e);
        }
    }

    /**
     * Clones {@code url} (https, ssh, or file) into {@code folder}, which must not exist or be empty, and checks out
     * the remote's default branch. On failure nothing is left in the folder.
     *
     * @throws AuthenticationFailedException as {@link #fetch} does, and so on for the other network failures
     */
    public static WorkspaceRepository cloneInto(String url, Path folder, RemoteAccess access, ProgressListener progress)
            throws GitWorkspaceException {
        if (Files.exists(folder) && (!Files.isDirectory(folder) || !isEmpty(folder))) {
            throw new GitOperationException(folder + " already exists and is not empty: choose a new or empty folder"
                    + " to clone into.", null);
        }
        try (Connection connection = access.connect(url)) {
            try {
                Git git = connection.configure(Git.cloneRepository()).setURI(url).setDirectory(folder.toFile())
                        .setProgressMonitor(new ProgressAdapter(progress)).call();
                return new WorkspaceRepository(git, access);
            } catch (GitAPIException | JGitInternalException | UncheckedIOException e) {
                throw GitErrors.translate("clone " + url, e, connection);
            }
        }
    }

    /** The working tree's root folder. */
    public Path folder() {
        return repo.getWorkTree().toPath();
    }

    /**
     * The workspace-relative git path of a file under {@link #folder()}.
     *
     * @throws IllegalArgumentException when the file is outside the working tree
     */
    public String pathOf(Path file) {
        Path root = folder().toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(root) || absolute.equals(root)) {
            throw new IllegalArgumentException(file + " is not a file inside " + root);
        }
        return root.relativize(absolute).toString().replace('\\', '/');
    }

    // ------------------------------------------------------------------ status, diff

    /** Every changed file with its badge, the branch and HEAD. */
    public WorkspaceStatus status() throws GitWorkspaceException {
        return read("read the status", () -> status.read());
    }

    /** The file on disk against its version at {@code revision} (e.g. {@code HEAD}). */
    public FileDiff diff(String path, String revision) throws GitWorkspaceException {
        return read("compare " + path, () -> diffs.againstWorkingTree(Revisions.normalize(path), revision));
    }

    /** The file at {@code fromRevision} against the file at {@code toRevision}. */
    public FileDiff diff(String path, String fromRevision, String toRevision) throws GitWorkspaceException {
        return read("compare " + path, () -> diffs.between(Revisions.normalize(path), fromRevision, toRevision));
    }

    /**
     * The workflow graph difference of the file on disk against {@code revision}.
     *
     * @throws UnreadableWorkflowException when a version is not YAML (the text diff still works)
     */
    public GraphDiff graphDiff(String path, String revision) throws GitWorkspaceException, UnreadableWorkflowException {
        FileDiff text = diff(path, revision);
        return WorkflowGraphDiff.between(text.oldText(), text.newText());
    }

    /** The workflow graph difference between two commits of a file. */
    public GraphDiff graphDiff(String path, String fromRevision, String toRevision)
            throws GitWorkspaceException, UnreadableWorkflowException {
        FileDiff text = diff(path, fromRevision, toRevision);
        return WorkflowGraphDiff.between(text.oldText(), text.newText());
    }

    // ------------------------------------------------------------------ commit, history

    /**
     * The author of new commits (git config user.name / user.email).
     *
     * @throws MissingIdentityException when either is not set; the message says how to set it
     */
    public Identity identity() throws GitWorkspaceException {
        return commits.identity();
    }

    /** Sets user.name and user.email for this repository only (its .git/config). */
    public void setIdentity(String name, String email) throws GitWorkspaceException {
        change("save the identity", () -> commits.setIdentity(name, email));
    }

    /**
     * Commits exactly the chosen files as they are on disk (new, modified and deleted files alike), whatever else is
     * staged. While a merge is in progress, commits the merge with everything staged once no conflict is left.
     *
     * @throws MissingIdentityException when user.name or user.email is not set
     * @throws ConflictException when chosen files still hold conflict markers, or a merge has unresolved files
     */
    public CommitInfo commit(List<String> paths, String message) throws GitWorkspaceException {
        return doCommit(paths, message, false);
    }

    /** Replaces the last commit: its files plus the chosen ones, with {@code message} (blank keeps the old one). */
    public CommitInfo amend(List<String> paths, String message) throws GitWorkspaceException {
        return doCommit(paths, message, true);
    }

    private CommitInfo doCommit(List<String> paths, String message, boolean amend) throws GitWorkspaceException {
        List<String> normalized = paths.stream().map(Revisions::normalize).toList();
        return write(amend ? "amend the commit" : "commit",
                () -> history.info(commits.commit(normalized, message, amend)));
    }

    /** The newest {@code maxCount} commits reachable from HEAD, newest first. */
    public List<CommitInfo> history(int maxCount) throws GitWorkspaceException {
        return log(Optional.empty(), maxCount);
    }

    /** The newest {@code maxCount} commits that changed {@code path} (renames are not followed). */
    public List<CommitInfo> history(String path, int maxCount) throws GitWorkspaceException {
        return log(Optional.of(Revisions.normalize(path)), maxCount);
    }

    private List<CommitInfo> log(Optional<String> path, int maxCount) throws GitWorkspaceException {
        return read("read the history", () -> history.log(path, maxCount));
    }

    /** A file's text (UTF-8) at a revision, for a read-only view; empty when the file did not exist there. */
    public Optional<String> readFile(String path, String revision) throws GitWorkspaceException {
        return read("read " + path + " at " + revision, () -> history.readText(Revisions.normalize(path), revision));
    }

    /**
     * Puts a file's version at {@code revision} back into the working tree (and the index), replacing what is on
     * disk; {@code HEAD} discards its uncommitted changes. Other files are not touched.
     */
    public void restoreFile(String path, String revision) throws GitWorkspaceException {
        change("restore " + path, () -> history.restore(Revisions.normalize(path), revision));
    }

    // ------------------------------------------------------------------ branches, merge

    /** Local branches (sorted), then remote-tracking branches (sorted). */
    public List<BranchInfo> branches() throws GitWorkspaceException {
        return read("list the branches", branches::list);
    }

    /** Creates a branch at {@code startRevision} (null: HEAD) without switching to it. */
    public void createBranch(String name, String startRevision) throws GitWorkspaceException {
        change("create branch " + name, () -> branches.create(name, startRevision));
    }

    /**
     * Switches to a branch (a remote-only one gets a local tracking branch).
     *
     * @throws UncommittedChangesException when tracked files have uncommitted changes, or an untracked file would
     *                                     be overwritten; nothing is changed then
     */
    public void switchBranch(String name) throws GitWorkspaceException {
        change("switch to " + name, () -> branches.switchTo(name));
    }

    /** Deletes a local branch; {@code force} also when its commits are on no other branch. */
    public void deleteBranch(String name, boolean force) throws GitWorkspaceException {
        change("delete branch " + name, () -> branches.delete(name, force));
    }

    /**
     * Merges a branch (local or {@code remote/branch}) into the current one: fast-forward when possible, else a
     * merge commit. Conflicts are reported per file in the outcome and left in the files as conflict markers.
     *
     * @throws UncommittedChangesException when tracked files have uncommitted changes (nothing is merged)
     * @throws ConflictException when a merge is already in progress
     */
    public MergeOutcome merge(String branch) throws GitWorkspaceException {
        return write("merge " + branch, () -> merges.merge(Revisions.commit(repo, branch), branch,
                "Merge branch '" + branch + "' into " + repo.getBranch()));
    }

    /** Abandons a conflicted merge: back to the last commit, discarding the merge's changes. */
    public void abortMerge() throws GitWorkspaceException {
        change("abort the merge", merges::abort);
    }

    // ------------------------------------------------------------------ remotes

    public List<RemoteInfo> remotes() throws GitWorkspaceException {
        return read("list the remotes", remotes::remotes);
    }

    /** Adds a remote; the URL is checked for form only (nothing is contacted). */
    public RemoteInfo addRemote(String name, String url) throws GitWorkspaceException {
        return write("add remote " + name, () -> remotes.add(name, url));
    }

    public void removeRemote(String name) throws GitWorkspaceException {
        change("remove remote " + name, () -> remotes.remove(name));
    }

    /** Updates the remote-tracking branches of {@code remote}; the working tree is not touched. */
    public FetchOutcome fetch(String remote, ProgressListener progress) throws GitWorkspaceException {
        return write("fetch", () -> remotes.fetch(remote, progress));
    }

    /**
     * Fetches the current branch's upstream ({@code origin/<branch>} when none is set) and merges it, as
     * {@link #merge} does: fast-forward, merge commit, or conflicts reported per file.
     *
     * @throws UncommittedChangesException when tracked files have uncommitted changes (checked before fetching)
     */
    public PullOutcome pull(ProgressListener progress) throws GitWorkspaceException {
        return write("pull", () -> remotes.pull(progress));
    }

    /**
     * Pushes the current branch to the same branch of {@code remote}, making it the upstream on the first push.
     *
     * @throws NonFastForwardException when the remote branch has commits this one lacks (pull first)
     */
    public PushOutcome push(String remote, ProgressListener progress) throws GitWorkspaceException {
        return write("push", () -> remotes.push(remote, progress));
    }

    @Override
    public void close() {
        git.close();
    }

    /** A git operation as a lambda; JGit's checked and unchecked failures become {@link GitWorkspaceException}s. */
    @FunctionalInterface
    private interface GitCall<T> {
        T call() throws GitWorkspaceException, GitAPIException, IOException;
    }

    @FunctionalInterface
    private interface GitRun {
        void run() throws GitWorkspaceException, GitAPIException, IOException;
    }

    private static <T> T read(String action, GitCall<T> call) throws GitWorkspaceException {
        try {
            return call.call();
        } catch (GitAPIException | IOException | JGitInternalException | UncheckedIOException e) {
            throw GitErrors.translate(action, e);
        }
    }

    private <T> T write(String action, GitCall<T> call) throws GitWorkspaceException {
        synchronized (writeLock) {
            return read(action, call);
        }
    }

    private void change(String action, GitRun run) throws GitWorkspaceException {
        write(action, () -> {
            run.run();
            return null;
        });
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
