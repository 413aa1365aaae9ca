package dev.junction.git.workspace;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;

/**
 * JGit's Apache MINA sshd transport for one operation: the ssh folder given (its {@code config} and
 * {@code known_hosts} are honoured), the host's stored key when there is one (else the default
 * {@code id_*} keys), and {@link HostKeyCheck} in front of known_hosts.
 */
final class StrictSshSessionFactory extends SshdSessionFactory {

    private final Optional<Path> identity;
    private volatile HostKeyCheck hostKeyCheck;

    StrictSshSessionFactory(Path sshDirectory, Optional<Path> identity) {
        this.identity = identity;
        setSshDirectory(sshDirectory.toFile());
        Path home = sshDirectory.toAbsolutePath().getParent();
        if (home != null) {
            setHomeDirectory(home.toFile());
        }
    }

    /** The check used by this factory's sessions; empty before the first ssh connection. */
    Optional<HostKeyCheck> hostKeyCheck() {
        return Optional.ofNullable(hostKeyCheck);
    }

    Optional<Path> identity() {
        return identity;
    }

    @Override
    protected List<Path> getDefaultIdentities(File sshDir) {
        return identity.map(List::of).orElseGet(() -> super.getDefaultIdentities(sshDir));
    }

    @Override
    protected ServerKeyDatabase createServerKeyDatabase(File homeDir, File sshDir) {
        HostKeyCheck check = new HostKeyCheck(super.createServerKeyDatabase(homeDir, sshDir));
        hostKeyCheck = check;
        return check;
    }
}
