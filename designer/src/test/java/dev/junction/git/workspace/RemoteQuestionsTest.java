package dev.junction.git.workspace;

import static dev.junction.git.workspace.GitTestSupport.access;
import static dev.junction.git.workspace.GitTestSupport.bareRemote;
import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.designer.fxtest.Fx;
import dev.junction.designer.git.CloneViewModel;
import dev.junction.designer.git.GitFailures;
import dev.junction.designer.git.RemotePrompts;
import dev.junction.designer.git.RemoteTarget;
import dev.junction.git.credentials.Credential;
import dev.junction.git.credentials.CredentialStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The questions the designer's remote operations ask the user, answered as a user would, against real git servers
 * on 127.0.0.1 (smart HTTP with basic auth, and sshd): a refused or missing token is asked for, stored in the
 * credential store (owner-only, outside the workspace) and retried; an unknown ssh host is shown with its
 * fingerprint and trusted into known_hosts. (In this package to use the executor's test servers.)
 */
class RemoteQuestionsTest {

    @TempDir
    Path dir;
    private IsolatedGitConfig config;
    private RemoteAccess access;
    private final List<String> asked = new ArrayList<>();

    /** Answers from a queue: each credential question takes the next answer, empty when none is left. */
    private final class User implements RemotePrompts {
        final Deque<Credential> answers = new ArrayDeque<>();
        boolean trusts;

        @Override
        public Optional<Credential> askCredential(RemoteTarget target, String problem) {
            asked.add("credential for " + target.hostKey() + (target.ssh() ? " (ssh)" : " (https)") + ": " + problem);
            return Optional.ofNullable(answers.poll());
        }

        @Override
        public boolean trustHost(HostKeyRejectedException rejected) {
            asked.add("trust " + rejected.host() + " " + rejected.fingerprint());
            return trusts;
        }
    }

    @BeforeAll
    static void startFx() {
        Fx.start();
    }

    @BeforeEach
    void setUp() throws Exception {
        config = IsolatedGitConfig.withIdentity(dir.resolve("gitconfig"), "Ada Lovelace", "ada@example.com");
        access = access(dir);
        bareRemote(dir.resolve("srv/team.git"));
    }

    @AfterEach
    void tearDown() {
        config.close();
    }

    @Test
    void aMissingThenWrongTokenIsAskedForUntilTheHostAcceptsItAndIsStoredOwnerOnly() throws Exception {
        try (HttpGitServer server = new HttpGitServer(dir.resolve("srv"), "ada", "t0ken-right")) {
            User user = new User();
            user.answers.add(new Credential.Token("ada", "t0ken-wrong"));
            user.answers.add(new Credential.Token("ada", "t0ken-right"));
            CloneViewModel clone = Fx.call(() -> new CloneViewModel(access, user, dir.resolve("projects")));
            Fx.run(() -> clone.urlProperty().set(server.url("team.git")));

            Path cloned = await(() -> clone.cloneRepository(null));

            String hostKey = "127.0.0.1:" + server.port();
            assertThat(asked).hasSize(2);
            assertThat(asked.get(0)).startsWith("credential for " + hostKey + " (https)").contains("no credentials are stored");
            assertThat(asked.get(1)).contains("refused the user name and token");
            assertThat(Files.isDirectory(cloned.resolve(".git"))).isTrue();
            assertThat(access.credentials().find("127.0.0.1", server.port()))
                    .contains(new Credential.Token("ada", "t0ken-right"));
            Path store = access.credentials().file();
            assertThat(store).startsWith(dir.resolve("config"));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store))).isEqualTo("rw-------");
            try (var files = Files.walk(cloned)) {
                assertThat(files.filter(Files::isRegularFile).noneMatch(f -> read(f).contains("t0ken-right")))
                        .as("no secret in the workspace").isTrue();
            }
        }
    }

    @Test
    void cancellingTheQuestionEndsWithTheExplanation() throws Exception {
        try (HttpGitServer server = new HttpGitServer(dir.resolve("srv"), "ada", "t0ken-right")) {
            User user = new User();
            CloneViewModel clone = Fx.call(() -> new CloneViewModel(access, user, dir.resolve("projects")));
            Fx.run(() -> clone.urlProperty().set(server.url("team.git")));

            Throwable failure = failure(() -> clone.cloneRepository(null));

            assertThat(failure).isInstanceOf(AuthenticationFailedException.class).hasMessageContaining("asks for a login");
            assertThat(asked).hasSize(1);
            assertThat(dir.resolve("projects/team")).doesNotExist();
        }
    }

    @Test
    void anUnknownSshHostIsShownWithItsFingerprintAndTrustedIntoKnownHosts() throws Exception {
        KeyPair hostKey = SshGitServer.newKeyPair();
        KeyPair userKey = SshGitServer.newKeyPair();
        try (SshGitServer server = new SshGitServer(dir.resolve("srv"), hostKey, userKey.getPublic())) {
            Path keyFile = SshGitServer.writePrivateKey(userKey, dir.resolve("keys/id_ecdsa"));
            access.credentials().put(CredentialStore.hostKey("127.0.0.1", server.port()), new Credential.SshKey(keyFile, ""));
            User user = new User();
            CloneViewModel clone = Fx.call(() -> new CloneViewModel(access, user, dir.resolve("projects")));
            Fx.run(() -> clone.urlProperty().set(server.url("team.git")));

            assertThat(failure(() -> clone.cloneRepository(null))).isInstanceOf(HostKeyRejectedException.class)
                    .hasMessageContaining("is not in");
            String fingerprint = KeyUtils.getFingerPrint(hostKey.getPublic());
            assertThat(asked).containsExactly("trust [127.0.0.1]:" + server.port() + " " + fingerprint);
            assertThat(access.knownHostsFile()).doesNotExist();

            user.trusts = true;
            Path cloned = await(() -> clone.cloneRepository(null));

            assertThat(Files.isDirectory(cloned.resolve(".git"))).isTrue();
            assertThat(Files.readString(access.knownHostsFile())).startsWith("[127.0.0.1]:" + server.port() + " ");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return ""; // binary git objects
        }
    }

    private static <T> T await(java.util.function.Supplier<CompletableFuture<T>> call) throws Exception {
        try {
            return Fx.call(call::get).get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError(GitFailures.message(e), GitFailures.cause(e));
        }
    }

    private static Throwable failure(java.util.function.Supplier<CompletableFuture<?>> call) throws Exception {
        try {
            Fx.call(call::get).get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return GitFailures.cause(e);
        }
        throw new AssertionError("expected the operation to fail");
    }
}
