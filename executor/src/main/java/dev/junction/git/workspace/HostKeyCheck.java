package dev.junction.git.workspace;

import java.net.InetSocketAddress;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;

/**
 * known_hosts checking that never accepts a key on its own, whatever {@code StrictHostKeyChecking} says in the
 * user's ssh config, and remembers why it refused so the error can say so (unknown host vs changed key).
 * Wraps JGit's OpenSSH-compatible database, so hashed entries, {@code [host]:port} entries, {@code @revoked} and
 * the {@code UserKnownHostsFile} setting all work as in OpenSSH.
 */
final class HostKeyCheck implements ServerKeyDatabase {

    /** Why a host key was refused. */
    record Rejection(String host, int port, PublicKey key, boolean changed) {}

    private final ServerKeyDatabase known;
    private volatile Rejection rejection;

    HostKeyCheck(ServerKeyDatabase known) {
        this.known = known;
    }

    Optional<Rejection> rejection() {
        return Optional.ofNullable(rejection);
    }

    @Override
    public List<PublicKey> lookup(String connectAddress, InetSocketAddress remoteAddress, Configuration config) {
        return known.lookup(connectAddress, remoteAddress, config);
    }

    @Override
    public boolean accept(String connectAddress, InetSocketAddress remoteAddress, PublicKey serverKey,
                          Configuration config, CredentialsProvider provider) {
        boolean accepted = known.accept(connectAddress, remoteAddress, serverKey, new RequireMatch(config), null);
        if (!accepted) {
            boolean hostKnown = !known.lookup(connectAddress, remoteAddress, config).isEmpty();
            rejection = new Rejection(hostOf(connectAddress), portOf(connectAddress, remoteAddress), serverKey, hostKnown);
        }
        return accepted;
    }

    /** {@code [host]:port} or {@code host} as JGit passes it, reduced to the host name. */
    private static String hostOf(String connectAddress) {
        if (connectAddress.startsWith("[") && connectAddress.contains("]")) {
            return connectAddress.substring(1, connectAddress.indexOf(']'));
        }
        return connectAddress;
    }

    private static int portOf(String connectAddress, InetSocketAddress remoteAddress) {
        int close = connectAddress.indexOf("]:");
        if (connectAddress.startsWith("[") && close > 0) {
            try {
                return Integer.parseInt(connectAddress.substring(close + 2));
            } catch (NumberFormatException e) {
                // fall through to the socket's port
            }
        }
        return connectAddress.startsWith("[") && remoteAddress != null ? remoteAddress.getPort() : 22;
    }

    /** The user's configuration, except that a key must match known_hosts. */
    private record RequireMatch(Configuration config) implements Configuration {
        @Override
        public List<String> getUserKnownHostsFiles() {
            return config.getUserKnownHostsFiles();
        }

        @Override
        public List<String> getGlobalKnownHostsFiles() {
            return config.getGlobalKnownHostsFiles();
        }

        @Override
        public StrictHostKeyChecking getStrictHostKeyChecking() {
            return StrictHostKeyChecking.REQUIRE_MATCH;
        }

        @Override
        public boolean getHashKnownHosts() {
            return config.getHashKnownHosts();
        }

        @Override
        public String getUsername() {
            return config.getUsername();
        }
    }
}
