package dev.junction.designer.git;

import dev.junction.designer.fxtest.Fx;
import dev.junction.git.credentials.CredentialStore;
import dev.junction.git.workspace.RemoteAccess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.jgit.api.Git;

/**
 * Real repositories for the git view-model tests: a workspace folder, credentials and ssh folder inside the test
 * folder, a bare "remote" on disk, and a {@link GitWorkspace} opened on the FX thread.
 */
final class GitFixture {

    static final String HELLO = """
            name: hello
            steps:
              build:
                run: make
              test:
                needs: [build]
                run: make test
            """;

    final Path root;
    final Path workspace;
    final RemoteAccess access;

    GitFixture(Path root) throws IOException {
        this.root = root;
        this.workspace = Files.createDirectories(root.resolve("workspace"));
        this.access = new RemoteAccess(new CredentialStore(root.resolve("config/" + CredentialStore.FILE_NAME)),
                root.resolve("home/.ssh"), Duration.ofSeconds(20));
    }

    /** A repository in the workspace folder with hello.yaml committed, made with plain JGit. */
    GitFixture withCommittedWorkflow() throws Exception {
        try (Git git = Git.init().setDirectory(workspace.toFile()).setInitialBranch("main").call()) {
            write("hello.yaml", HELLO);
            git.add().addFilepattern("hello.yaml").call();
            git.commit().setMessage("Add hello").call();
        }
        return this;
    }

    GitWorkspace open(EditorBuffers buffers) {
        GitWorkspace git = Fx.call(() -> new GitWorkspace(access, buffers));
        await(() -> git.open(workspace));
        await(git::refresh);
        return git;
    }

    Path write(String path, String text) throws IOException {
        Path file = workspace.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    String read(String path) throws IOException {
        return Files.readString(workspace.resolve(path));
    }

    /** An empty bare repository, as a hosting service makes one. */
    Path bareRemote(String name) throws Exception {
        Path folder = root.resolve(name);
        Git.init().setBare(true).setDirectory(folder.toFile()).setInitialBranch("main").call().close();
        return folder;
    }

    /** Calls on the FX thread and waits for the future (up to 30 s); rethrows its failure's cause. */
    static <T> T await(Supplier<CompletableFuture<T>> call) {
        CompletableFuture<T> future = Fx.call(call::get);
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = GitFailures.cause(e);
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The failure of a future that must fail. */
    static Throwable failure(Supplier<CompletableFuture<?>> call) {
        CompletableFuture<?> future = Fx.call(call::get);
        try {
            future.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return GitFailures.cause(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("expected the operation to fail");
    }
}
