package dev.junction.git;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Keeps action repositories on disk so that a pinned action is fetched once and works offline afterwards.
 * Each repository is a bare clone under {@code repos/}; each commit an action is used at is extracted once
 * under {@code checkouts/<repo>/<commit>/} (written to a temporary folder and renamed, so a crash never leaves
 * half a checkout).
 *
 * <p>Thread-safe for different repositories; calls for the same repository are serialized.
 */
public final class ActionCache {

    private static final String CLONE_COMPLETE = "junction-clone-complete";

    private final Path root;

    public ActionCache(Path root) {
        this.root = root;
    }

    public static ActionCache atDefaultLocation() {
        return new ActionCache(CacheDirectory.resolve().resolve("actions"));
    }

    public Path root() {
        return root;
    }

    /** A commit resolved for a reference, and the folder holding the repository's files at that commit. */
    public record Checkout(String commit, Path folder) {}

    /** Why a reference could not be resolved, in words for the user. */
    public static final class ResolveException extends Exception {
        public ResolveException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The repository's files at {@code ref}, fetching only when the cache cannot answer.
     *
     * @param pinned the commit a lock file recorded for this reference, or null to resolve {@code ref} now
     * @throws ResolveException when the repository cannot be fetched or the ref does not exist in it
     */
    public Checkout checkout(String url, String ref, String pinned) throws ResolveException {
        String key = hash(url);
        synchronized (key.intern()) {
            Path bare = root.resolve("repos").resolve(key + ".git");
            String commit = pinned;
            if (commit != null && isExtracted(key, commit)) {
                return new Checkout(commit, checkoutFolder(key, commit)); // offline: nothing to ask the network
            }
            try {
                boolean fresh = ensureCloned(url, bare);
                if (!fresh && commit == null && !ref.matches("[0-9a-fA-F]{40}")) {
                    tryFetch(bare); // not pinned yet: a branch (or a re-pointed tag) may have moved since the clone
                }
                try (Repository repo = new FileRepositoryBuilder().setGitDir(bare.toFile()).setBare().build()) {
                    String wanted = commit != null ? commit : ref;
                    Optional<ObjectId> id = resolve(repo, wanted);
                    if (id.isEmpty() && !fresh) {
                        fetch(bare);
                        id = resolve(repo, wanted);
                    }
                    if (id.isEmpty()) {
                        throw new ResolveException("ref '" + wanted + "' not found in " + url + describeRefs(repo), null);
                    }
                    commit = id.get().name();
                    extract(repo, id.get(), key, commit);
                    return new Checkout(commit, checkoutFolder(key, commit));
                }
            } catch (IOException | GitAPIException | UncheckedIOException e) {
                throw new ResolveException("cannot fetch " + url + ": " + rootMessage(e), e);
            }
        }
    }

    private boolean isExtracted(String key, String commit) {
        return Files.isDirectory(checkoutFolder(key, commit));
    }

    private Path checkoutFolder(String key, String commit) {
        return root.resolve("checkouts").resolve(key).resolve(commit);
    }

    /** @return true when the clone was made just now (so a fetch would add nothing) */
    private static boolean ensureCloned(String url, Path bare) throws GitAPIException, IOException {
        Path complete = bare.resolve(CLONE_COMPLETE);
        if (Files.isRegularFile(complete)) {
            return false;
        }
        // cloned in place, then marked: JGit may still be packing in the background after the clone, so the
        // folder is not renamed; a clone cut short (crash) has no mark and is made again
        deleteTree(bare);
        Files.createDirectories(bare.getParent());
        try (Git ignored = Git.cloneRepository().setURI(url).setBare(true).setGitDir(bare.toFile())
                .setCloneAllBranches(true).call()) {
            Files.writeString(complete, url + "\n");
        }
        return true;
    }

    /** A fetch that may fail: offline, the cached refs still answer. */
    private static void tryFetch(Path bare) {
        try {
            fetch(bare);
        } catch (GitAPIException | IOException | RuntimeException e) {
            // offline or the remote is gone: resolve from what the cache has
        }
    }

    private static void fetch(Path bare) throws GitAPIException, IOException {
        try (Git git = Git.open(bare.toFile())) {
            git.fetch().setRemote("origin").setRemoveDeletedRefs(true)
                    .setRefSpecs(new RefSpec("+refs/heads/*:refs/heads/*"), new RefSpec("+refs/tags/*:refs/tags/*"))
                    .call();
        }
    }

    /** A tag, a branch, or a (possibly abbreviated) commit id, peeled to the commit. */
    private static Optional<ObjectId> resolve(Repository repo, String ref) throws IOException {
        for (String candidate : List.of(Constants.R_TAGS + ref, Constants.R_HEADS + ref)) {
            Ref found = repo.exactRef(candidate);
            if (found != null) {
                Ref peeled = repo.getRefDatabase().peel(found);
                return Optional.of(peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : found.getObjectId());
            }
        }
        if (ref.matches("[0-9a-fA-F]{4,40}")) {
            ObjectId id = repo.resolve(ref + "^{commit}");
            return Optional.ofNullable(id);
        }
        return Optional.empty();
    }

    private static String describeRefs(Repository repo) throws IOException {
        List<String> tags = repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS).stream()
                .map(r -> r.getName().substring(Constants.R_TAGS.length())).sorted().toList();
        List<String> branches = repo.getRefDatabase().getRefsByPrefix(Constants.R_HEADS).stream()
                .map(r -> r.getName().substring(Constants.R_HEADS.length())).sorted().toList();
        return " (tags: " + (tags.isEmpty() ? "none" : String.join(", ", tags)) + "; branches: "
                + (branches.isEmpty() ? "none" : String.join(", ", branches)) + ")";
    }

    /** Writes the commit's tree into its checkout folder, via a temporary folder renamed at the end. */
    private void extract(Repository repo, ObjectId commitId, String key, String commit) throws IOException {
        Path target = checkoutFolder(key, commit);
        if (Files.isDirectory(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempDirectory(target.getParent(), "extract-");
        try (RevWalk walk = new RevWalk(repo); TreeWalk tree = new TreeWalk(repo)) {
            RevCommit revCommit = walk.parseCommit(commitId);
            tree.addTree(revCommit.getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                Path file = temp.resolve(tree.getPathString()).normalize();
                if (!file.startsWith(temp)) {
                    throw new IOException("refusing a path outside the checkout: " + tree.getPathString());
                }
                FileMode mode = tree.getFileMode(0);
                if (mode == FileMode.GITLINK) {
                    continue; // submodules are not part of an action
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = repo.open(tree.getObjectId(0)).openStream()) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                if (mode == FileMode.EXECUTABLE_FILE) {
                    file.toFile().setExecutable(true, false);
                }
            }
        } catch (IOException e) {
            deleteTree(temp);
            throw e;
        }
        move(temp, target);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
            deleteTree(from); // another process finished first; its copy is as good as ours
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static String hash(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
