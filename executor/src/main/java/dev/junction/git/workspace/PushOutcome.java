package dev.junction.git.workspace;

/**
 * @param branch the local branch pushed (to the same name on the remote)
 * @param commitId the commit the remote branch now points at
 * @param upstreamSet this push made {@code remote/branch} the branch's upstream (it had none)
 */
public record PushOutcome(String remote, String branch, Status status, String commitId, boolean upstreamSet) {

    public enum Status { CREATED, UPDATED, UP_TO_DATE }
}
