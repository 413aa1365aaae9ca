package dev.junction.git.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.CommitCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.EmptyCommitException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.lib.UserConfig;
import org.eclipse.jgit.revwalk.RevCommit;

/** Commits chosen files (or amends the last commit) as the identity in git config. */
final class CommitWriter {

    private final Git git;
    private final Repository repo;

    CommitWriter(Git git) {
        this.git = git;
        this.repo = git.getRepository();
    }

    /** user.name and user.email as git resolves them (repository, then user, then system config). */
    Identity identity() throws MissingIdentityException {
        UserConfig user = repo.getConfig().get(UserConfig.KEY);
        List<String> missing = new ArrayList<>();
        if (user.isAuthorNameImplicit() || user.getAuthorName() == null || user.getAuthorName().isBlank()) {
            missing.add("user.name");
        }
        if (user.isAuthorEmailImplicit() || user.getAuthorEmail() == null || user.getAuthorEmail().isBlank()) {
            missing.add("user.email");
        }
        if (!missing.isEmpty()) {
            throw new MissingIdentityException("Git does not know who you are: " + String.join(" and ", missing)
                    + (missing.size() == 1 ? " is" : " are") + " not set. Set your name and e-mail in Junction's git"
                    + " settings, or run: git config --global user.name \"Your Name\" and git config --global"
                    + " user.email you@example.com", null);
        }
        return new Identity(user.getAuthorName(), user.getAuthorEmail());
    }

    /** Writes user.name and user.email into this repository's own config (.git/config). */
    void setIdentity(String name, String email) throws IOException {
        if (name == null || name.isBlank() || email == null || email.isBlank()) {
            throw new IllegalArgumentException("a name and an e-mail are both needed");
        }
        StoredConfig config = repo.getConfig();
        config.setString(ConfigConstants.CONFIG_USER_SECTION, null, ConfigConstants.CONFIG_KEY_NAME, name.strip());
        config.setString(ConfigConstants.CONFIG_USER_SECTION, null, ConfigConstants.CONFIG_KEY_EMAIL, email.strip());
        config.save();
    }

    RevCommit commit(List<String> paths, String message, boolean amend)
            throws GitWorkspaceException, GitAPIException, IOException {
        Identity identity = identity();
        RevCommit previous = amend ? Revisions.commit(repo, "HEAD") : null;
        String text = message == null || message.isBlank() ? (amend ? previous.getFullMessage() : "") : message;
        if (text.isBlank()) {
            throw new GitOperationException("Write a commit message: a line that says what the change does.", null);
        }
        Set<String> chosen = new LinkedHashSet<>(paths);
        if (chosen.isEmpty() && !amend) {
            throw new GitOperationException("Choose at least one changed file to commit.", null);
        }
        requireKnown(chosen);
        requireNoConflictMarkers(chosen);
        boolean merging = repo.getRepositoryState() == RepositoryState.MERGING
                || repo.getRepositoryState() == RepositoryState.MERGING_RESOLVED;
        if (!amend && !merging && !anyChanged(chosen)) {
            throw new GitOperationException("The chosen files have no changes to commit.", null);
        }
        stage(chosen);

        Status status = git.status().call();
        if (!status.getConflicting().isEmpty()) {
            List<String> left = List.copyOf(new TreeSet<>(status.getConflicting()));
            throw new ConflictException("Resolve every conflict before committing the merge: "
                    + StatusReader.list(left) + " still conflict" + (left.size() == 1 ? "s" : "")
                    + ". Edit each file, remove the conflict markers, and include it in the commit.", left);
        }
        PersonIdent person = new PersonIdent(identity.name(), identity.email());
        CommitCommand commit = git.commit().setMessage(text).setAmend(amend).setAuthor(person).setCommitter(person)
                .setAllowEmpty(amend || merging);
        if (!merging) {
            chosen.forEach(commit::setOnly); // only the chosen files, whatever else is staged
        }
        try {
            return commit.call();
        } catch (EmptyCommitException e) {
            throw new GitOperationException("The chosen files have no changes to commit.", e);
        }
    }

    private boolean anyChanged(Set<String> paths) throws GitAPIException {
        Status status = git.status().call();
        Set<String> changed = new HashSet<>(status.getUncommittedChanges());
        changed.addAll(status.getUntracked());
        return paths.stream().anyMatch(changed::contains);
    }

    /** Every chosen path is on disk, in the index or in HEAD. */
    private void requireKnown(Set<String> paths) throws GitAPIException, GitWorkspaceException {
        Status status = git.status().call();
        Path workTree = repo.getWorkTree().toPath();
        for (String path : paths) {
            boolean known = Files.exists(workTree.resolve(path)) || status.getMissing().contains(path)
                    || status.getRemoved().contains(path) || status.getConflicting().contains(path) || inHead(path);
            if (!known) {
                throw new NoSuchRevisionException("There is no file '" + path + "' in the workspace to commit.", null);
            }
        }
    }

    /** Adds changed and new files to the index and records deleted ones as removed. */
    private void stage(Set<String> paths) throws GitAPIException {
        Path workTree = repo.getWorkTree().toPath();
        for (String path : paths) {
            if (Files.exists(workTree.resolve(path))) {
                git.add().addFilepattern(path).call();
            } else {
                git.rm().setCached(true).addFilepattern(path).call();
            }
        }
    }

    private boolean inHead(String path) throws GitWorkspaceException {
        try {
            return repo.resolve("HEAD^{commit}") != null && Revisions.blob(repo, Revisions.commit(repo, "HEAD"), path)
                    .isPresent();
        } catch (IOException e) {
            throw GitErrors.translate("read the last commit", e);
        }
    }

    /** Git would commit the markers as text; a GUI user almost never means to. */
    private void requireNoConflictMarkers(Set<String> paths) throws ConflictException, IOException {
        List<String> marked = new ArrayList<>();
        Path workTree = repo.getWorkTree().toPath();
        for (String path : paths) {
            Path file = workTree.resolve(path);
            if (Files.isRegularFile(file) && Files.size(file) < 8_000_000) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                if (text.contains("\n<<<<<<< ") || text.startsWith("<<<<<<< ") || text.contains("\n>>>>>>> ")) {
                    marked.add(path);
                }
            }
        }
        if (!marked.isEmpty()) {
            throw new ConflictException(StatusReader.list(marked) + " still contain" + (marked.size() == 1 ? "s" : "")
                    + " conflict markers (<<<<<<< ... >>>>>>>). Keep the lines you want, delete the markers, then"
                    + " commit.", marked);
        }
    }
}
