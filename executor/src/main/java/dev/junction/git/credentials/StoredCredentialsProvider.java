package dev.junction.git.credentials;

import java.util.Objects;
import java.util.Optional;
import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;

/**
 * Answers JGit's credential questions from a {@link CredentialStore}: user name and token for https, the key
 * passphrase for ssh. Never interactive, and never says yes to a question (such as accepting an unknown host key):
 * that decision belongs to the user, through the UI.
 *
 * <p>It remembers whether it was asked and whether it had an answer, so a failed operation can tell "no credential
 * stored for this host" from "the host refused the stored credential". One instance per operation; thread-safe.
 */
public final class StoredCredentialsProvider extends CredentialsProvider {

    private final CredentialStore store;
    private volatile boolean asked;
    private volatile boolean answered;

    public StoredCredentialsProvider(CredentialStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public boolean isInteractive() {
        return false;
    }

    @Override
    public boolean supports(CredentialItem... items) {
        for (CredentialItem item : items) {
            if (!(item instanceof CredentialItem.Username || item instanceof CredentialItem.Password
                    || item instanceof CredentialItem.StringType || item instanceof CredentialItem.CharArrayType
                    || item instanceof CredentialItem.InformationalMessage)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
        if (items.length == 0 || allInformational(items)) {
            return true; // a message for the user; nothing to answer
        }
        asked = true;
        Optional<Credential> found = store.find(uri.getHost(), uri.getPort());
        if (found.isEmpty()) {
            return false;
        }
        for (CredentialItem item : items) {
            if (!fill(item, found.get(), uri)) {
                return false;
            }
        }
        answered = true;
        return true;
    }

    /** Whether JGit asked for a credential during the operation. */
    public boolean wasAsked() {
        return asked;
    }

    /** Whether a stored credential was handed out (so a later refusal means the host rejected it). */
    public boolean answered() {
        return answered;
    }

    private static boolean fill(CredentialItem item, Credential credential, URIish uri) {
        switch (item) {
            case CredentialItem.InformationalMessage ignored -> {
                return true;
            }
            case CredentialItem.Username u -> {
                String name = credential instanceof Credential.Token t ? t.username() : uri.getUser();
                if (name == null) {
                    return false;
                }
                u.setValue(name);
                return true;
            }
            case CredentialItem.YesNoType ignored -> {
                return false;
            }
            case CredentialItem.CharArrayType chars -> { // Password, and prompts such as a key passphrase
                String secret = secret(credential);
                if (secret.isEmpty()) {
                    return false;
                }
                chars.setValueNoCopy(secret.toCharArray());
                return true;
            }
            case CredentialItem.StringType text -> {
                String secret = secret(credential);
                if (!text.isValueSecure() || secret.isEmpty()) {
                    return false;
                }
                text.setValue(secret);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private static String secret(Credential credential) {
        return switch (credential) {
            case Credential.Token t -> t.token();
            case Credential.SshKey k -> k.passphrase();
        };
    }

    private static boolean allInformational(CredentialItem... items) {
        for (CredentialItem item : items) {
            if (!(item instanceof CredentialItem.InformationalMessage)) {
                return false;
            }
        }
        return true;
    }
}
