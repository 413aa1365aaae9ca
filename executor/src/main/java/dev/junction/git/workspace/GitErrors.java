package dev.junction.git.workspace;

import dev.junction.git.credentials.CredentialStore;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;

/**
 * Turns JGit's exceptions into {@link GitWorkspaceException}s whose messages say what happened and what to do.
 * Network failures are recognised from the exception chain (and, where sshd or the JDK only leave text, from the
 * messages), after the facts the {@link Connection} recorded (a refused host key, credentials handed out).
 */
final class GitErrors {

    /** An HTTP 401 or 403 status in JGit's message, not a port or id that happens to contain the digits. */
    private static final Pattern HTTP_REFUSAL = Pattern.compile("\\b(401|403)\\b(?![./:])");

    private GitErrors() {}

    /** For operations that do not touch the network. */
    static GitWorkspaceException translate(String action, Exception e) {
        if (e instanceof GitWorkspaceException known) {
            return known;
        }
        if (causedBy(e, CanceledException.class) || containsText(e, "cancel")) {
            return new GitOperationException(capitalized(action) + " was cancelled.", e);
        }
        return new GitOperationException("Cannot " + action + ": " + rootMessage(e), e);
    }

    /** For fetch, pull, push and clone: also recognises host keys, authentication, reachability. */
    static GitWorkspaceException translate(String action, Exception e, Connection connection) {
        if (e instanceof GitWorkspaceException known) {
            return known;
        }
        String target = connection.uri.toString();
        String host = connection.uri.getHost() == null ? target : connection.uri.getHost();
        Optional<HostKeyCheck.Rejection> rejection = connection.hostKeyRejection();
        if (rejection.isPresent()) {
            return hostKey(rejection.get(), connection, e);
        }
        if (causedBy(e, CanceledException.class) || containsText(e, "cancelled") || containsText(e, "canceled")) {
            return new GitOperationException(capitalized(action) + " was cancelled.", e);
        }
        if (unreachable(e)) {
            return new NetworkUnavailableException("Cannot reach " + host + " (" + rootMessage(e) + "). Check the network"
                    + " connection, a VPN or proxy if you need one, and the remote URL " + target + ".", e);
        }
        if (authFailure(e, connection.isSsh())
                || connection.credentials.wasAsked() && !connection.credentials.answered()) {
            return authentication(connection, host, e);
        }
        if (causedBy(e, NoRemoteRepositoryException.class) || causedBy(e, InvalidRemoteException.class)
                || containsText(e, "not found") || containsText(e, "does not appear to be a git repository")) {
            return new GitOperationException("There is no git repository at " + target + ". Check the URL, and that"
                    + " your account can see the repository.", e);
        }
        return new GitOperationException("Cannot " + action + " (" + target + "): " + rootMessage(e), e);
    }

    private static GitWorkspaceException authentication(Connection connection, String host, Exception e) {
        String hostKey = CredentialStore.hostKey(host, connection.uri.getPort());
        if (connection.isSsh()) {
            String key = connection.ssh.identity().map(Object::toString)
                    .orElse("the default keys in " + connection.access.sshDirectory());
            return new AuthenticationFailedException("The ssh server " + host + " refused " + key + ". Add the public"
                    + " key (the .pub file beside it) to your account on " + host + ", or store another key for "
                    + hostKey + ".", e);
        }
        if (!connection.credentials.answered()) {
            return new AuthenticationFailedException(host + " asks for a login, and no credentials are stored for it."
                    + " Add a user name and access token for " + hostKey + " in the git credentials, then try again.", e);
        }
        return new AuthenticationFailedException(host + " refused the user name and token stored for " + hostKey
                + ". Check the token: it may be mistyped, expired, or lack access to this repository.", e);
    }

    private static GitWorkspaceException hostKey(HostKeyCheck.Rejection r, Connection connection, Exception e) {
        String knownHostsName = r.port() == 22 ? r.host() : "[" + r.host() + "]:" + r.port();
        String fingerprint = KeyUtils.getFingerPrint(r.key());
        String entry = knownHostsName + " " + PublicKeyEntry.toString(r.key());
        var file = connection.access.knownHostsFile();
        String message = r.changed()
                ? "The ssh host " + knownHostsName + " presented a key (" + fingerprint + ") different from the one"
                        + " recorded in " + file + ". This may be an attack, or the host changed its key: ask its"
                        + " administrator. If the new key is genuine, remove the old entry (ssh-keygen -R "
                        + knownHostsName + ") and try again."
                : "The ssh host " + knownHostsName + " is not in " + file + ", so Junction cannot tell it is the"
                        + " right server. Its key fingerprint is " + fingerprint + ": compare it with the one your git"
                        + " host publishes, then trust the host (or connect once with ssh in a terminal).";
        return new HostKeyRejectedException(message, e, knownHostsName, fingerprint, entry, r.changed(), file);
    }

    private static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof SocketTimeoutException || t instanceof PortUnreachableException
                    || t instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return containsText(e, "connection refused") || containsText(e, "timed out")
                || containsText(e, "network is unreachable") || containsText(e, "no route to host")
                || containsText(e, "unknown host") || containsText(e, "unknownhost")
                || containsText(e, "name or service not known");
    }

    private static boolean authFailure(Throwable e, boolean ssh) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String text = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (text.contains("not authorized") || text.contains("authenticat") || text.contains("auth fail")
                    || HTTP_REFUSAL.matcher(text).find() || ssh && text.contains("permission denied")) {
                return true;
            }
        }
        return false;
    }

    static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsText(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(text)) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.strip();
    }

    private static String capitalized(String action) {
        return action.isEmpty() ? action : Character.toUpperCase(action.charAt(0)) + action.substring(1);
    }
}
