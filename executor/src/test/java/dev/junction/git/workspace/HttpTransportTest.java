package dev.junction.git.workspace;

import static dev.junction.git.workspace.GitTestSupport.access;
import static dev.junction.git.workspace.GitTestSupport.bareRemote;
import static dev.junction.git.workspace.GitTestSupport.read;
import static dev.junction.git.workspace.GitTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.git.credentials.Credential;
import dev.junction.git.credentials.CredentialStore;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clone, push and pull over smart HTTP with basic auth against a real server on 127.0.0.1. */
class HttpTransportTest {

    @TempDir
    Path dir;
    private IsolatedGitConfig config;
    private HttpGitServer server;
    private RemoteAccess access;

    @BeforeEach
    void serverWithARepository() throws Exception {
        config = IsolatedGitConfig.withIdentity(dir.resolve("gitconfig"), "Ada Lovelace", "ada@example.com");
        Path repos = dir.resolve("srv");
        bareRemote(repos.resolve("team.git"));
        server = new HttpGitServer(repos, "ada", "t0ken-right");
        access = access(dir);
    }

    @AfterEach
    void close() {
        server.close();
        config.close();
    }

    private void storeToken(String token) {
        access.credentials().put(CredentialStore.hostKey("127.0.0.1", server.port()), new Credential.Token("ada", token));
    }

    @Test
    void pushCloneAndPullWorkWithTheStoredToken() throws Exception {
        storeToken("t0ken-right");
        try (WorkspaceRepository first = WorkspaceRepository.init(dir.resolve("first"), access)) {
            write(first, "flow.yaml", "steps:\n  a:\n    run: echo 1\n");
            first.commit(List.of("flow.yaml"), "Add flow");
            first.addRemote("origin", server.url("team.git"));
            assertThat(first.push("origin", ProgressListener.NONE).status()).isEqualTo(PushOutcome.Status.CREATED);

            try (WorkspaceRepository clone = WorkspaceRepository.cloneInto(server.url("team.git"), dir.resolve("clone"),
                    access, ProgressListener.NONE)) {
                assertThat(read(clone, "flow.yaml")).contains("echo 1");

                write(first, "flow.yaml", "steps:\n  a:\n    run: echo 2\n");
                first.commit(List.of("flow.yaml"), "Change");
                first.push("origin", ProgressListener.NONE);

                assertThat(clone.pull(ProgressListener.NONE).merge().status())
                        .isEqualTo(MergeOutcome.Status.FAST_FORWARD);
                assertThat(read(clone, "flow.yaml")).contains("echo 2");
            }
        }
    }

    @Test
    void aWrongTokenIsAnAuthenticationErrorThatSaysToCheckIt() {
        storeToken("t0ken-wrong");

        assertThatThrownBy(() -> WorkspaceRepository.cloneInto(server.url("team.git"), dir.resolve("clone"), access,
                ProgressListener.NONE))
                .isInstanceOf(AuthenticationFailedException.class)
                .hasMessageContaining("127.0.0.1 refused the user name and token stored for 127.0.0.1:" + server.port())
                .hasMessageContaining("Check the token");
        assertThat(dir.resolve("clone")).doesNotExist();
    }

    @Test
    void withoutAStoredCredentialTheErrorSaysWhatToAdd() throws Exception {
        try (WorkspaceRepository repo = WorkspaceRepository.init(dir.resolve("ws"), access)) {
            repo.addRemote("origin", server.url("team.git"));

            assertThatThrownBy(() -> repo.fetch("origin", ProgressListener.NONE))
                    .isInstanceOf(AuthenticationFailedException.class)
                    .hasMessageContaining("no credentials are stored for it")
                    .hasMessageContaining("127.0.0.1:" + server.port());
        }
    }

    @Test
    void aServerThatIsNotThereIsANetworkError() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/team.git";

        assertThatThrownBy(() -> WorkspaceRepository.cloneInto(url, dir.resolve("clone"), access, ProgressListener.NONE))
                .isInstanceOf(NetworkUnavailableException.class)
                .hasMessageContaining("Cannot reach 127.0.0.1")
                .hasMessageContaining("Check the network");
    }
}
