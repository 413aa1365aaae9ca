/**
 * Credentials for git remotes, kept out of every workspace: a JSON file in the user's config folder
 * ({@link dev.junction.platform.ConfigDirectory}) readable by its owner only, keyed by host, and a JGit
 * {@link org.eclipse.jgit.transport.CredentialsProvider} that answers from it.
 */
package dev.junction.git.credentials;
