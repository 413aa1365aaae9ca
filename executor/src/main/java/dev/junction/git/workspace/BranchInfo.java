package dev.junction.git.workspace;

import java.util.Optional;

/**
 * A branch: local ({@code main}) or remote-tracking ({@code origin/main}).
 *
 * @param name the short name, {@code remote/branch} for remote-tracking branches
 * @param current HEAD is on this branch (never true for a remote-tracking branch)
 * @param commitId the commit it points at
 * @param upstream for a local branch: the remote-tracking branch it pulls from and pushes to, e.g. {@code origin/main}
 * @param ahead local commits not on the upstream (0 without one)
 * @param behind upstream commits not on the local branch (0 without one); as of the last fetch
 */
public record BranchInfo(String name, boolean remote, boolean current, String commitId, Optional<String> upstream,
                         int ahead, int behind) {}
