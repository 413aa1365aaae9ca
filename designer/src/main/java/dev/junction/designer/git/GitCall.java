package dev.junction.designer.git;

import dev.junction.git.workspace.GitWorkspaceException;
import dev.junction.git.workspace.WorkspaceRepository;

/** One blocking call on the workspace's repository, run off the FX thread by {@link GitWorkspace}. */
@FunctionalInterface
public interface GitCall<T> {

    T call(WorkspaceRepository repository) throws GitWorkspaceException;
}
