package dev.junction.git.credentials;

import java.nio.file.Path;
import java.util.Objects;

/** What Junction presents to a git host. {@code toString} never shows a secret. */
public sealed interface Credential permits Credential.Token, Credential.SshKey {

    /**
     * For https remotes: a user name and a personal access token (or password) sent with HTTP basic auth.
     *
     * @param username the account name; some hosts accept any non-empty name with a token
     * @param token the token or password
     */
    record Token(String username, String token) implements Credential {
        public Token {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(token, "token");
            if (username.isBlank() || token.isBlank()) {
                throw new IllegalArgumentException("an https credential needs a user name and a token");
            }
        }

        @Override
        public String toString() {
            return "Token[username=" + username + ", token=****]";
        }
    }

    /**
     * For ssh remotes: a private key file (OpenSSH or PEM format) and its passphrase.
     *
     * @param privateKey the key file, e.g. {@code ~/.ssh/id_ed25519}; it stays where it is, only its path is stored
     * @param passphrase the key's passphrase, empty for an unencrypted key
     */
    record SshKey(Path privateKey, String passphrase) implements Credential {
        public SshKey {
            Objects.requireNonNull(privateKey, "privateKey");
            passphrase = passphrase == null ? "" : passphrase;
        }

        @Override
        public String toString() {
            return "SshKey[privateKey=" + privateKey + (passphrase.isEmpty() ? "" : ", passphrase=****") + "]";
        }
    }
}
