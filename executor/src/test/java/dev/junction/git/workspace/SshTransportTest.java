package dev.junction.git.workspace;

import static dev.junction.git.workspace.GitTestSupport.access;
import static dev.junction.git.workspace.GitTestSupport.bareRemote;
import static dev.junction.git.workspace.GitTestSupport.read;
import static dev.junction.git.workspace.GitTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.git.credentials.Credential;
import dev.junction.git.credentials.CredentialStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clone and push over ssh against a real sshd on 127.0.0.1: a key pair made by the test, known_hosts written by the
 * test, and the refusals when the host is unknown, its key changed, or the server does not accept the user's key.
 */
class SshTransportTest {

    @TempDir
    Path dir;
    private IsolatedGitConfig config;
    private KeyPair hostKey;
    private SshGitServer server;
    private RemoteAccess access;
    private Path userKey;

    @BeforeEach
    void serverWithARepository() throws Exception {
        config = IsolatedGitConfig.withIdentity(dir.resolve("gitconfig"), "Ada Lovelace", "ada@example.com");
        Path repos = dir.resolve("srv");
        bareRemote(repos.resolve("team.git"));
        hostKey = SshGitServer.newKeyPair();
        KeyPair user = SshGitServer.newKeyPair();
        server = new SshGitServer(repos, hostKey, user.getPublic());
        access = access(dir);
        userKey = SshGitServer.writePrivateKey(user, dir.resolve("keys/id_ecdsa"));
        access.credentials().put(CredentialStore.hostKey("127.0.0.1", server.port()), new Credential.SshKey(userKey, ""));
    }

    @AfterEach
    void close() throws Exception {
        server.close();
        config.close();
    }

    private void knownHosts(String... lines) throws Exception {
        Files.createDirectories(access.sshDirectory());
        Files.writeString(access.knownHostsFile(), String.join("\n", lines) + "\n");
    }

    @Test
    void pushAndCloneWorkWithTheStoredKeyAndAKnownHost() throws Exception {
        knownHosts("github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl",
                server.knownHostsLine());
        try (WorkspaceRepository first = WorkspaceRepository.init(dir.resolve("first"), access)) {
            write(first, "flow.yaml", "steps:\n  a:\n    run: echo ssh\n");
            first.commit(List.of("flow.yaml"), "Add flow");
            first.addRemote("origin", server.url("team.git"));

            assertThat(first.push("origin", ProgressListener.NONE).status()).isEqualTo(PushOutcome.Status.CREATED);
        }
        try (WorkspaceRepository clone = WorkspaceRepository.cloneInto(server.url("team.git"), dir.resolve("clone"),
                access, ProgressListener.NONE)) {
            assertThat(read(clone, "flow.yaml")).contains("echo ssh");
        }
    }

    @Test
    void anUnknownHostIsRefusedWithItsFingerprintUntilTheUserTrustsIt() throws Exception {
        knownHosts("github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl");
        String fingerprint = KeyUtils.getFingerPrint(hostKey.getPublic());

        HostKeyRejectedException refused = cloneRefused();

        assertThat(refused.changed()).isFalse();
        assertThat(refused.host()).isEqualTo("[127.0.0.1]:" + server.port());
        assertThat(refused.fingerprint()).isEqualTo(fingerprint);
        assertThat(refused.getMessage()).contains("is not in " + access.knownHostsFile()).contains(fingerprint);
        assertThat(Files.readString(access.knownHostsFile())).doesNotContain("127.0.0.1"); // nothing accepted silently
        assertThat(dir.resolve("clone")).doesNotExist();

        access.trust(refused);

        assertThat(Files.readString(access.knownHostsFile())).contains(server.knownHostsLine());
        try (WorkspaceRepository clone = WorkspaceRepository.cloneInto(server.url("team.git"), dir.resolve("clone"),
                access, ProgressListener.NONE)) {
            assertThat(clone.status().headCommit()).isEmpty(); // the remote is still empty
        }
    }

    @Test
    void aChangedHostKeyIsRefusedAsPossibleAttackAndNotTrustedFromHere() throws Exception {
        KeyPair other = SshGitServer.newKeyPair();
        knownHosts("[127.0.0.1]:" + server.port() + " " + PublicKeyEntry.toString(other.getPublic()));

        HostKeyRejectedException refused = cloneRefused();

        assertThat(refused.changed()).isTrue();
        assertThat(refused.getMessage()).contains("different from the one recorded").contains("ssh-keygen -R");
        assertThatThrownBy(() -> access.trust(refused)).isInstanceOf(GitOperationException.class)
                .hasMessageContaining("does not replace a known key");
    }

    @Test
    void aKeyTheServerDoesNotAcceptIsAnAuthenticationError() throws Exception {
        knownHosts(server.knownHostsLine());
        Path strangerKey = SshGitServer.writePrivateKey(SshGitServer.newKeyPair(), dir.resolve("keys/stranger"));
        access.credentials().put(CredentialStore.hostKey("127.0.0.1", server.port()),
                new Credential.SshKey(strangerKey, ""));

        assertThatThrownBy(() -> WorkspaceRepository.cloneInto(server.url("team.git"), dir.resolve("clone"), access,
                ProgressListener.NONE))
                .isInstanceOf(AuthenticationFailedException.class)
                .hasMessageContaining("refused " + strangerKey)
                .hasMessageContaining("Add the public key");
    }

    private HostKeyRejectedException cloneRefused() {
        try {
            WorkspaceRepository.cloneInto(server.url("team.git"), dir.resolve("clone"), access, ProgressListener.NONE)
                    .close();
        } catch (HostKeyRejectedException e) {
            return e;
        } catch (GitWorkspaceException e) {
            throw new AssertionError("expected a host key error, got: " + e, e);
        }
        throw new AssertionError("the clone was expected to be refused");
    }
}
