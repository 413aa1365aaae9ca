package dev.junction.git.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.command.CommandFactory;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UploadPack;

/**
 * An ssh git server for tests: Apache MINA sshd (the library JGit's own ssh transport is built on) on 127.0.0.1 and
 * a random port, public-key login only, running JGit's UploadPack / ReceivePack for {@code git-upload-pack '/x.git'}
 * and {@code git-receive-pack '/x.git'} on the bare repositories in one folder.
 */
final class SshGitServer implements AutoCloseable {

    private final Path root;
    private final KeyPair hostKey;
    private final SshServer sshd;

    SshGitServer(Path root, KeyPair hostKey, PublicKey authorizedKey) throws IOException {
        this.root = root;
        this.hostKey = hostKey;
        sshd = SshServer.setUpDefaultServer();
        sshd.setHost("127.0.0.1");
        sshd.setPort(0);
        sshd.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        sshd.setPublickeyAuthenticator((user, key, session) -> KeyUtils.compareKeys(key, authorizedKey));
        sshd.setPasswordAuthenticator(null);
        sshd.setKeyboardInteractiveAuthenticator(null);
        sshd.setCommandFactory(commands());
        sshd.start();
    }

    static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        return generator.generateKeyPair();
    }

    /** Writes a private key in OpenSSH format, as ssh-keygen does. */
    static Path writePrivateKey(KeyPair key, Path file) throws IOException, GeneralSecurityException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "junction-test", null, out);
        }
        return file;
    }

    int port() {
        return sshd.getPort();
    }

    String url(String repository) {
        return "ssh://git@127.0.0.1:" + port() + "/" + repository;
    }

    /** The known_hosts line for this server's key, as ssh would write it. */
    String knownHostsLine() {
        return "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(hostKey.getPublic());
    }

    private CommandFactory commands() {
        return (channel, command) -> new GitCommand(command);
    }

    @Override
    public void close() throws IOException {
        sshd.stop(true);
    }

    /** One {@code git-upload-pack} or {@code git-receive-pack} over an ssh channel. */
    private final class GitCommand implements Command {
        private final String command;
        private InputStream in;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;

        GitCommand(String command) {
            this.command = command;
        }

        @Override
        public void start(ChannelSession channel, Environment env) {
            Thread.ofVirtual().name("ssh-git").start(this::run);
        }

        private void run() {
            List<String> words = CommandFactory.split(command);
            try {
                if (words.size() != 2) {
                    throw new IOException("unsupported command: " + command);
                }
                Path dir = root.resolve(words.get(1).replaceFirst("^/", "")).normalize();
                if (!dir.startsWith(root) || !Files.isDirectory(dir.resolve("objects"))) {
                    throw new IOException("no repository " + words.get(1));
                }
                try (Repository repo = new FileRepositoryBuilder().setGitDir(dir.toFile()).setMustExist(true).build()) {
                    switch (words.get(0)) {
                        case "git-upload-pack" -> new UploadPack(repo).upload(in, out, err);
                        case "git-receive-pack" -> new ReceivePack(repo).receive(in, out, err);
                        default -> throw new IOException("unsupported command: " + command);
                    }
                }
                out.flush();
                exit.onExit(0);
            } catch (IOException | RuntimeException e) {
                try {
                    err.write((e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
                    err.flush();
                } catch (IOException ignored) {
                    // the channel is gone; the exit status still tells the client
                }
                exit.onExit(1, String.valueOf(e.getMessage()));
            }
        }

        @Override
        public void destroy(ChannelSession channel) {
            // the command ends when its streams do
        }

        @Override
        public void setInputStream(InputStream in) {
            this.in = in;
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {
            this.err = err;
        }

        @Override
        public void setExitCallback(ExitCallback callback) {
            this.exit = callback;
        }
    }
}
