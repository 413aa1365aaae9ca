/**
 * The workspace as a git working copy, for the desktop app's git views; the UI uses this package and never JGit.
 *
 * <p>{@link dev.junction.git.workspace.WorkspaceRepository} is the entry point: init, clone, open; status for
 * explorer badges; text diffs with hunks and the workflow graph diff; commit, amend, history, old versions and
 * restore; branches and merge; remotes, fetch, pull and push. {@link dev.junction.git.workspace.RemoteAccess} holds
 * what reaching a remote needs (credentials from {@link dev.junction.git.credentials.CredentialStore}, the ssh
 * folder with known_hosts, a timeout) and trusts a new ssh host once the user has compared its fingerprint.
 *
 * <p>Results are immutable records. Failures are checked {@link dev.junction.git.workspace.GitWorkspaceException}s
 * with a message for the user; the subclass says which case it is, for a UI that reacts (e.g. offers "trust host"
 * for a {@link dev.junction.git.workspace.HostKeyRejectedException}, or "pull" after a
 * {@link dev.junction.git.workspace.NonFastForwardException}).
 */
package dev.junction.git.workspace;
