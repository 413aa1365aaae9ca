package dev.junction.git.workspace;

import dev.junction.git.credentials.StoredCredentialsProvider;
import java.util.Optional;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.URIish;

/**
 * What one network operation uses: the stored credentials, an ssh transport with strict known_hosts checking, a
 * timeout. Remembers what happened (credentials asked for, host key refused) for {@link GitErrors}. Closed after
 * the operation (it holds the ssh client).
 */
final class Connection implements AutoCloseable {

    final URIish uri;
    final StoredCredentialsProvider credentials;
    final StrictSshSessionFactory ssh;
    final RemoteAccess access;

    Connection(URIish uri, StoredCredentialsProvider credentials, StrictSshSessionFactory ssh, RemoteAccess access) {
        this.uri = uri;
        this.credentials = credentials;
        this.ssh = ssh;
        this.access = access;
    }

    /** Sets credentials, transport and timeout on a fetch, push, clone or ls-remote command. */
    <C extends TransportCommand<C, ?>> C configure(C command) {
        return command.setCredentialsProvider(credentials)
                .setTimeout((int) Math.max(1, access.timeout().toSeconds()))
                .setTransportConfigCallback(transport -> {
                    if (transport instanceof SshTransport sshTransport) {
                        sshTransport.setSshSessionFactory(ssh);
                    }
                });
    }

    boolean isSsh() {
        String scheme = uri.getScheme();
        return scheme == null ? uri.getHost() != null : scheme.startsWith("ssh") || scheme.endsWith("ssh");
    }

    Optional<HostKeyCheck.Rejection> hostKeyRejection() {
        return ssh.hostKeyCheck().flatMap(HostKeyCheck::rejection);
    }

    @Override
    public void close() {
        ssh.close();
    }
}
