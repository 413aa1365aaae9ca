package dev.junction.git.workspace;

import java.nio.file.Path;

/**
 * An ssh host's key is not in known_hosts (unknown host) or differs from the one recorded there (changed key).
 * Junction never accepts a host key on its own: an unknown host can be trusted after the user compared the
 * fingerprint ({@link RemoteAccess#trust}); a changed key is refused until the user removes the old entry.
 */
public final class HostKeyRejectedException extends GitWorkspaceException {

    private final String host;
    private final String fingerprint;
    private final String knownHostsEntry;
    private final boolean changed;
    private final Path knownHostsFile;

    HostKeyRejectedException(String message, Throwable cause, String host, String fingerprint, String knownHostsEntry,
                             boolean changed, Path knownHostsFile) {
        super(message, cause);
        this.host = host;
        this.fingerprint = fingerprint;
        this.knownHostsEntry = knownHostsEntry;
        this.changed = changed;
        this.knownHostsFile = knownHostsFile;
    }

    /** The host as known_hosts names it: {@code github.com}, or {@code [host]:port} for a port other than 22. */
    public String host() {
        return host;
    }

    /** The key's SHA-256 fingerprint as ssh shows it, e.g. {@code SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8}. */
    public String fingerprint() {
        return fingerprint;
    }

    /** The line that would trust this key: {@code host key-type base64}. */
    public String knownHostsEntry() {
        return knownHostsEntry;
    }

    /** True when known_hosts has a different key for the host (possibly an attack), false when the host is new. */
    public boolean changed() {
        return changed;
    }

    public Path knownHostsFile() {
        return knownHostsFile;
    }
}
