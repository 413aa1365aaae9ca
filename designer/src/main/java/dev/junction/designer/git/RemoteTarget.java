package dev.junction.designer.git;

import dev.junction.git.credentials.CredentialStore;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a remote URL points, as far as credentials care: the host (and port) they are stored under, whether the
 * transport is ssh (a key file) or http(s) (user name and token), and the user name the URL carries. Local paths and
 * {@code file://} URLs need no credentials.
 *
 * @param hostKey the key in the {@link CredentialStore}, e.g. {@code github.com} or {@code git.example.com:2222};
 *                empty for a local repository
 * @param ssh     ssh transport (key file) rather than http(s) (user and token)
 * @param user    the user name in the URL, or ""
 */
public record RemoteTarget(String url, String hostKey, boolean ssh, String user) {

    /** {@code user@host:path}, git's scp-like ssh form. */
    private static final Pattern SCP_LIKE = Pattern.compile("^(?:([^@/:]+)@)?([^@/:\\[\\]]+|\\[[^\\]]+]):(?!//)(.+)$");

    /** The credentials-relevant parts of a URL; a URL that cannot be read counts as local (nothing to store). */
    public static RemoteTarget of(String url) {
        String text = url == null ? "" : url.strip();
        if (text.contains("://")) {
            try {
                URI uri = new URI(text);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (scheme.equals("file") || uri.getHost() == null) {
                    return new RemoteTarget(text, "", false, "");
                }
                boolean ssh = scheme.contains("ssh");
                String user = uri.getUserInfo() == null ? "" : uri.getUserInfo().split(":", 2)[0];
                return new RemoteTarget(text, CredentialStore.hostKey(uri.getHost(), uri.getPort()), ssh, user);
            } catch (URISyntaxException e) {
                return new RemoteTarget(text, "", false, "");
            }
        }
        Matcher scp = SCP_LIKE.matcher(text);
        if (scp.matches() && !looksLikeWindowsDrive(text)) {
            String host = scp.group(2).replace("[", "").replace("]", "");
            return new RemoteTarget(text, CredentialStore.hostKey(host, -1), true, scp.group(1) == null ? "" : scp.group(1));
        }
        return new RemoteTarget(text, "", false, "");
    }

    /** True for a local folder or {@code file://} URL: no credentials are involved. */
    public boolean isLocal() {
        return hostKey.isEmpty();
    }

    /** The host without the port, for messages. */
    public Optional<String> host() {
        if (hostKey.isEmpty()) {
            return Optional.empty();
        }
        int colon = hostKey.lastIndexOf(':');
        return Optional.of(colon < 0 ? hostKey : hostKey.substring(0, colon));
    }

    private static boolean looksLikeWindowsDrive(String text) {
        return text.length() > 2 && Character.isLetter(text.charAt(0)) && text.charAt(1) == ':'
                && (text.charAt(2) == '\\' || text.charAt(2) == '/');
    }
}
