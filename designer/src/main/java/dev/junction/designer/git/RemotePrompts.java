package dev.junction.designer.git;

import dev.junction.git.credentials.Credential;
import dev.junction.git.workspace.HostKeyRejectedException;
import java.util.Optional;

/**
 * The questions a remote operation may have to ask the user: a credential when the host refused the stored one (or
 * none is stored), and whether to trust an ssh host seen for the first time. The app answers with dialogs; FX thread.
 */
public interface RemotePrompts {

    /**
     * @param target  the remote's host and transport (token for http(s), key file for ssh)
     * @param problem git's explanation of the refusal, shown above the fields
     * @return the credential to store and retry with; empty when the user cancelled
     */
    Optional<Credential> askCredential(RemoteTarget target, String problem);

    /**
     * Shows an unknown ssh host's key fingerprint.
     *
     * @return true when the user compared it and trusts the host (it is then added to known_hosts)
     */
    boolean trustHost(HostKeyRejectedException rejected);
}
