package dev.junction.git.workspace;

import dev.junction.git.credentials.CredentialStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;

/** Small shared steps of the workspace tests: remote access in a test folder, files, bare remotes. */
final class GitTestSupport {

    private GitTestSupport() {}

    /** Credentials and ssh folder inside the test folder, never the developer's. */
    static RemoteAccess access(Path dir) {
        return new RemoteAccess(new CredentialStore(dir.resolve("config/junction/" + CredentialStore.FILE_NAME)),
                dir.resolve("home/.ssh"), Duration.ofSeconds(20));
    }

    static Path write(WorkspaceRepository repo, String path, String text) throws IOException {
        Path file = repo.folder().resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    static String read(WorkspaceRepository repo, String path) throws IOException {
        return Files.readString(repo.folder().resolve(path));
    }

    /** An empty bare repository, as a hosting service creates one. */
    static Path bareRemote(Path folder) throws GitAPIException {
        Git.init().setBare(true).setDirectory(folder.toFile()).setInitialBranch("main").call().close();
        return folder;
    }
}
