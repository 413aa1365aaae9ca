package dev.junction.git.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The credentials file on a real file system: owner-only permissions, lookups by host, secrets kept out of logs. */
class CredentialStoreTest {

    @TempDir
    Path dir;

    @Test
    void theFileIsReadableByItsOwnerOnlyAndItsNewFolderTooOnPosix() throws Exception {
        Path folder = dir.resolve("config/junction");
        CredentialStore store = new CredentialStore(folder.resolve(CredentialStore.FILE_NAME));

        store.put("github.com", new Credential.Token("ada", "ghp_secret"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        try (var leftovers = Files.list(folder)) {
            assertThat(leftovers).containsExactly(store.file()); // no temporary file left behind
        }
    }

    @Test
    void aFileWithWiderPermissionsIsNarrowedWhenRead() throws Exception {
        CredentialStore store = new CredentialStore(dir.resolve(CredentialStore.FILE_NAME));
        store.put("github.com", new Credential.Token("ada", "ghp_secret"));
        Files.setPosixFilePermissions(store.file(), PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(store.find("github.com", -1)).isPresent();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
    }

    @Test
    void aHostWithItsPortWinsOverTheHostAlone() {
        CredentialStore store = new CredentialStore(dir.resolve(CredentialStore.FILE_NAME));
        Credential.Token general = new Credential.Token("ada", "general");
        Credential.SshKey onPort = new Credential.SshKey(dir.resolve("id_ed25519"), "pass");
        store.put("git.example.com", general);
        store.put(CredentialStore.hostKey("Git.Example.com", 2222), onPort);

        assertThat(store.find("git.example.com", 2222)).contains(onPort);
        assertThat(store.find("git.example.com", 443)).contains(general);
        assertThat(store.find("git.example.com", -1)).contains(general);
        assertThat(store.find("other.example.com", -1)).isEmpty();
        assertThat(new CredentialStore(store.file()).all()).isEqualTo(Map.of("git.example.com", general,
                "git.example.com:2222", onPort));

        store.remove("git.example.com");
        assertThat(store.find("git.example.com", 443)).isEmpty();
    }

    @Test
    void secretsNeverAppearInToString() {
        assertThat(new Credential.Token("ada", "ghp_secret").toString()).contains("ada").doesNotContain("ghp_secret");
        assertThat(new Credential.SshKey(Path.of("id"), "hunter2").toString()).doesNotContain("hunter2");
    }

    @Test
    void aMalformedFileIsAClearErrorNamingIt() throws Exception {
        Path file = Files.writeString(dir.resolve(CredentialStore.FILE_NAME), "{ not json");
        CredentialStore store = new CredentialStore(file);

        assertThatThrownBy(() -> store.find("github.com", -1)).isInstanceOf(CredentialStoreException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("delete the file");
    }

    @Test
    void anEntryOfUnknownTypeIsAClearError() throws Exception {
        Path file = Files.writeString(dir.resolve(CredentialStore.FILE_NAME),
                "{\"hosts\": {\"github.com\": {\"type\": \"password\"}}}");

        assertThatThrownBy(() -> new CredentialStore(file).all()).isInstanceOf(CredentialStoreException.class)
                .hasMessageContaining("github.com").hasMessageContaining("unknown type 'password'");
    }

    @Test
    void theProviderAnswersFromTheStoreAndNeverSaysYes() throws Exception {
        CredentialStore store = new CredentialStore(dir.resolve(CredentialStore.FILE_NAME));
        store.put("github.com", new Credential.Token("ada", "ghp_secret"));
        StoredCredentialsProvider provider = new StoredCredentialsProvider(store);
        CredentialItem.Username user = new CredentialItem.Username();
        CredentialItem.Password password = new CredentialItem.Password();

        assertThat(provider.get(new URIish("https://github.com/ada/flows.git"), user, password)).isTrue();
        assertThat(user.getValue()).isEqualTo("ada");
        assertThat(new String(password.getValue())).isEqualTo("ghp_secret");
        assertThat(provider.answered()).isTrue();

        StoredCredentialsProvider other = new StoredCredentialsProvider(store);
        assertThat(other.get(new URIish("https://gitlab.com/ada/flows.git"), new CredentialItem.Username(),
                new CredentialItem.Password())).isFalse();
        assertThat(other.wasAsked()).isTrue();
        assertThat(other.answered()).isFalse();
        assertThat(provider.supports(new CredentialItem.YesNoType("Accept this host key?"))).isFalse();
    }
}
