package dev.junction.designer.git;

import dev.junction.git.credentials.Credential;
import dev.junction.git.credentials.CredentialStoreException;
import dev.junction.git.workspace.AuthenticationFailedException;
import dev.junction.git.workspace.BranchInfo;
import dev.junction.git.workspace.FetchOutcome;
import dev.junction.git.workspace.GitOperationException;
import dev.junction.git.workspace.HostKeyRejectedException;
import dev.junction.git.workspace.MergeOutcome;
import dev.junction.git.workspace.PullOutcome;
import dev.junction.git.workspace.PushOutcome;
import dev.junction.git.workspace.RemoteAccess;
import dev.junction.git.workspace.RemoteInfo;
import dev.junction.git.workspace.WorkspaceRepository;
import dev.junction.git.workspace.GitWorkspaceException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Fetch, pull and push of the current branch, with progress and cancel ({@link GitWorkspace#taskProperty()}). When
 * the host refuses the credential (or none is stored) the user is asked for one, it is stored in the credential
 * store (the user's config folder, never the workspace) and the operation runs again; an unknown ssh host is shown
 * with its fingerprint and, once trusted, added to known_hosts. Other failures end the future with git's
 * explanation (non-fast-forward: pull first; no network). FX thread only.
 */
public final class SyncViewModel {

    /** How often one operation may ask again after a refused credential or an unknown host. */
    private static final int ANSWERS = 3;

    private final GitWorkspace git;
    private final RemotePrompts prompts;

    public SyncViewModel(GitWorkspace git, RemotePrompts prompts) {
        this.git = git;
        this.prompts = prompts;
    }

    public CompletableFuture<SyncReport> fetch() {
        return withRemote(remote -> attempt("Fetch from " + remote.name(), remote, task -> repo -> {
            FetchOutcome outcome = repo.fetch(remote.name(), task);
            return new SyncReport(outcome.updatedBranches().isEmpty() ? "Fetched from " + remote.name()
                    + ": nothing new." : "Fetched " + String.join(", ", outcome.updatedBranches()) + ".", List.of());
        }, ANSWERS));
    }

    /** Fetches the upstream and merges it; refused while an editor has unsaved changes. */
    public CompletableFuture<SyncReport> pull() {
        List<Path> unsaved = git.buffers().unsaved();
        if (!unsaved.isEmpty()) {
            return CompletableFuture.failedFuture(new GitRefusal("Cannot pull: " + names(unsaved)
                    + (unsaved.size() == 1 ? " has" : " have") + " unsaved changes in the editor. Save and commit"
                    + " (or undo) them first."));
        }
        return withRemote(remote -> attempt("Pull from " + remote.name(), remote, task -> repo -> {
            PullOutcome outcome = repo.pull(task);
            MergeOutcome merge = outcome.merge();
            String upstream = remote.name() + "/" + repo.status().branch().orElse("");
            return new SyncReport(switch (merge.status()) {
                case UP_TO_DATE -> "Already up to date with " + upstream + ".";
                case FAST_FORWARD -> "Pulled " + upstream + ": fast-forward to "
                        + merge.commitId().map(id -> id.substring(0, 7)).orElse("") + ".";
                case MERGED -> "Pulled " + upstream + " and merged it ("
                        + merge.commitId().map(id -> id.substring(0, 7)).orElse("") + ").";
                case CONFLICTING -> BranchesViewModel.describe(merge, upstream);
            }, merge.conflicts());
        }, ANSWERS));
    }

    public CompletableFuture<SyncReport> push() {
        return withRemote(remote -> attempt("Push to " + remote.name(), remote, task -> repo -> {
            PushOutcome outcome = repo.push(remote.name(), task);
            String where = outcome.remote() + "/" + outcome.branch();
            return new SyncReport(switch (outcome.status()) {
                case CREATED -> "Pushed " + outcome.branch() + " to " + outcome.remote() + " (new branch " + where + ").";
                case UPDATED -> "Pushed " + outcome.branch() + " to " + where + ".";
                case UP_TO_DATE -> where + " is already up to date.";
            }, List.of());
        }, ANSWERS));
    }

    /** The remote the current branch syncs with: its upstream's, else origin, else the only one. */
    static RemoteInfo remoteFor(WorkspaceRepository repo) throws GitWorkspaceException {
        List<RemoteInfo> remotes = repo.remotes();
        if (remotes.isEmpty()) {
            throw new GitRefusal("This repository has no remote yet. Add one (Git › Remotes…) with the URL of the"
                    + " repository on your git host, then try again.");
        }
        Optional<String> upstreamRemote = repo.branches().stream().filter(BranchInfo::current)
                .flatMap(b -> b.upstream().stream()).map(u -> u.substring(0, Math.max(0, u.indexOf('/')))).findFirst();
        return remotes.stream().filter(r -> upstreamRemote.map(r.name()::equals).orElse(false)).findFirst()
                .or(() -> remotes.stream().filter(r -> r.name().equals("origin")).findFirst())
                .orElse(remotes.getFirst());
    }

    private CompletableFuture<SyncReport> withRemote(Function<RemoteInfo, CompletableFuture<SyncReport>> then) {
        return git.read(SyncViewModel::remoteFor).thenCompose(then);
    }

    private <T> CompletableFuture<T> attempt(String title, RemoteInfo remote, Function<GitTask, GitCall<T>> call,
                                             int answersLeft) {
        RemoteTarget target = RemoteTarget.of(title.startsWith("Push") ? remote.pushUrl() : remote.fetchUrl());
        return withAnswers(() -> git.longChange(title, call), git.access(), prompts, target, answersLeft);
    }

    /**
     * Runs {@code operation}; when the remote refuses it for something the user can answer (a credential, an
     * unknown host key), asks, records the answer and runs it again, at most {@code answersLeft} more times.
     * Shared with cloning. The operation's futures complete on the FX thread (the questions are dialogs).
     */
    static <T> CompletableFuture<T> withAnswers(Supplier<CompletableFuture<T>> operation, RemoteAccess access,
                                                RemotePrompts prompts, RemoteTarget target, int answersLeft) {
        CompletableFuture<T> result = new CompletableFuture<>();
        operation.get().whenComplete((value, error) -> {
            if (error == null) {
                result.complete(value);
                return;
            }
            Throwable cause = GitFailures.cause(error);
            boolean again;
            try {
                again = answersLeft > 0 && answer(access, prompts, cause, target);
            } catch (GitOperationException | CredentialStoreException e) {
                result.completeExceptionally(e);
                return;
            }
            if (!again) {
                result.completeExceptionally(cause);
                return;
            }
            withAnswers(operation, access, prompts, target, answersLeft - 1).whenComplete((v, e) -> {
                if (e != null) {
                    result.completeExceptionally(GitFailures.cause(e));
                } else {
                    result.complete(v);
                }
            });
        });
        return result;
    }

    /**
     * Asks the user what a refusal needs (a credential, trusting a host) and records the answer in the stores.
     * FX thread.
     *
     * @return true when there is something new to try with
     */
    static boolean answer(RemoteAccess access, RemotePrompts prompts, Throwable cause, RemoteTarget target)
            throws GitOperationException {
        if (cause instanceof AuthenticationFailedException && !target.isLocal()) {
            Optional<Credential> credential = prompts.askCredential(target, cause.getMessage());
            credential.ifPresent(c -> access.credentials().put(target.hostKey(), c));
            return credential.isPresent();
        }
        if (cause instanceof HostKeyRejectedException rejected && !rejected.changed()) {
            if (prompts.trustHost(rejected)) {
                access.trust(rejected);
                return true;
            }
        }
        return false;
    }

    private static String names(List<Path> files) {
        return String.join(", ", files.stream().map(p -> p.getFileName().toString()).toList());
    }
}
