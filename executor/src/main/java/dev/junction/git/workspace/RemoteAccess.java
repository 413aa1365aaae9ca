package dev.junction.git.workspace;

import dev.junction.git.credentials.Credential;
import dev.junction.git.credentials.CredentialStore;
import dev.junction.git.credentials.StoredCredentialsProvider;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.transport.URIish;

/**
 * How Junction reaches git remotes: credentials from a {@link CredentialStore} (https user + token, or an ssh key
 * per host), ssh with the user's ssh folder ({@code config}, {@code known_hosts}; an unknown or changed host key is
 * an error, never accepted silently), and a network timeout. Immutable; share one per application.
 */
public final class RemoteAccess {

    private static final Set<String> SCHEMES = Set.of("http", "https", "ssh", "git", "file", "git+ssh", "ssh+git");

    private final CredentialStore credentials;
    private final Path sshDirectory;
    private final Duration timeout;

    /**
     * @param sshDirectory the folder with ssh {@code config}, {@code known_hosts} and default keys, normally
     *                     {@code ~/.ssh}
     * @param timeout how long a connection may stay silent before the operation fails as unreachable
     */
    public RemoteAccess(CredentialStore credentials, Path sshDirectory, Duration timeout) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.sshDirectory = Objects.requireNonNull(sshDirectory, "sshDirectory");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** The user's credential store, {@code ~/.ssh}, 30 seconds. */
    public static RemoteAccess atDefaultLocations() {
        return new RemoteAccess(CredentialStore.atDefaultLocation(),
                Path.of(System.getProperty("user.home", "."), ".ssh"), Duration.ofSeconds(30));
    }

    public CredentialStore credentials() {
        return credentials;
    }

    public Path sshDirectory() {
        return sshDirectory;
    }

    /** The file new host keys are added to: {@code known_hosts} in {@link #sshDirectory()}. */
    public Path knownHostsFile() {
        return sshDirectory.resolve("known_hosts");
    }

    public Duration timeout() {
        return timeout;
    }

    /**
     * Trusts an unknown ssh host after the user compared its fingerprint: appends the host's key to
     * {@link #knownHostsFile()}, as answering "yes" to ssh's question would.
     *
     * @throws GitOperationException when the key <em>changed</em> (that is never trusted from here; the message says
     *                               how to remove the old entry) or known_hosts cannot be written
     */
    public void trust(HostKeyRejectedException rejected) throws GitOperationException {
        if (rejected.changed()) {
            throw new GitOperationException("The key of " + rejected.host() + " changed; Junction does not replace a"
                    + " known key. If you are sure the new key is genuine, remove the old one with `ssh-keygen -R "
                    + rejected.host() + "` and try again.", null);
        }
        Path file = knownHostsFile();
        try {
            Files.createDirectories(file.getParent());
            boolean needsNewline = Files.exists(file) && Files.size(file) > 0
                    && !Files.readString(file, StandardCharsets.UTF_8).endsWith("\n");
            Files.writeString(file, (needsNewline ? "\n" : "") + rejected.knownHostsEntry() + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new GitOperationException("Cannot add " + rejected.host() + " to " + file + ": " + e.getMessage(), e);
        }
    }

    /** The transport setup for one operation against {@code url}. */
    Connection connect(String url) throws GitOperationException {
        URIish uri = parse(url);
        Optional<Path> key = uri.getHost() == null ? Optional.empty()
                : credentials.find(uri.getHost(), uri.getPort()).flatMap(c -> c instanceof Credential.SshKey k
                        ? Optional.of(k.privateKey()) : Optional.empty());
        return new Connection(uri, new StoredCredentialsProvider(credentials),
                new StrictSshSessionFactory(sshDirectory, key), this);
    }

    /** A git URL, or a clear error for text that is none. */
    static URIish parse(String url) throws GitOperationException {
        URIish uri;
        try {
            uri = new URIish(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null || !recognised(uri)) {
            throw new GitOperationException("'" + url + "' is not a git URL. Use https://host/owner/repo.git, "
                    + "ssh://user@host/path, user@host:path, a file:// URL or an absolute folder path.", null);
        }
        return uri;
    }

    /** A known scheme, an scp-like {@code user@host:path}, or an absolute local path (URIish accepts almost anything). */
    private static boolean recognised(URIish uri) {
        String scheme = uri.getScheme();
        if (scheme != null) {
            return SCHEMES.contains(scheme);
        }
        if (uri.getHost() != null) {
            return !uri.getHost().isBlank() && uri.getPath() != null && !uri.getPath().isBlank();
        }
        try {
            return uri.getPath() != null && Path.of(uri.getPath()).isAbsolute();
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
