package dev.junction.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The git commit a definition file was run at: {@code <sha>} when the file is committed as it is, and
 * {@code <sha>+dirty} when it has changes (or is not committed yet). Empty outside a repository.
 */
public final class DefinitionRevision {

    private DefinitionRevision() {}

    public static Optional<String> of(Path file) {
        if (file == null) {
            return Optional.empty();
        }
        Path absolute = file.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(absolute.getParent().toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try (Repository repo = builder.build(); Git git = new Git(repo)) {
            ObjectId head = repo.resolve("HEAD^{commit}");
            String relative = repo.getWorkTree().toPath().toAbsolutePath().relativize(absolute).toString().replace('\\', '/');
            Status status = git.status().addPath(relative).call();
            boolean dirty = !status.isClean();
            if (head == null) {
                return Optional.of("uncommitted");
            }
            return Optional.of(head.name() + (dirty ? "+dirty" : ""));
        } catch (IOException | GitAPIException | RuntimeException e) {
            return Optional.empty(); // a broken repository must not stop a run
        }
    }
}
