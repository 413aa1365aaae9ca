package dev.junction.designer.git;

import dev.junction.git.credentials.Credential;
import dev.junction.git.workspace.RemoteAccess;
import dev.junction.git.workspace.WorkspaceRepository;
import dev.junction.git.credentials.CredentialStoreException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Cloning a repository into a new workspace folder: the URL, the parent folder and the new folder's name (taken
 * from the URL until the user types one), optional credentials stored for the URL's host before cloning, and the
 * running clone's progress. A refused credential or an unknown ssh host is asked about as for a pull. FX thread.
 */
public final class CloneViewModel {

    private final RemoteAccess access;
    private final RemotePrompts prompts;
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final ObjectProperty<Path> parent = new SimpleObjectProperty<>(this, "parent");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ReadOnlyObjectWrapper<GitTask> task = new ReadOnlyObjectWrapper<>(this, "task");
    private final StringBinding problem;
    private final BooleanBinding canClone;
    private boolean nameTyped;

    public CloneViewModel(RemoteAccess access, RemotePrompts prompts, Path parentFolder) {
        this.access = access;
        this.prompts = prompts;
        this.parent.set(parentFolder);
        url.addListener((obs, old, now) -> {
            if (!nameTyped) {
                name.set(folderName(now));
            }
        });
        problem = Bindings.createStringBinding(this::check, url, parent, name);
        canClone = Bindings.createBooleanBinding(() -> problem.get().isEmpty() && task.get() == null, problem, task);
    }

    public StringProperty urlProperty() {
        return url;
    }

    /** The folder the new workspace folder is made in. */
    public ObjectProperty<Path> parentProperty() {
        return parent;
    }

    /** The new folder's name; follows the URL ("team-flows" for .../team-flows.git) until set by hand. */
    public StringProperty nameProperty() {
        return name;
    }

    /** Call when the user edits the name, so the URL no longer overwrites it. */
    public void nameEdited() {
        nameTyped = true;
    }

    /** What is wrong with the input, or "". */
    public StringBinding problem() {
        return problem;
    }

    public BooleanBinding canClone() {
        return canClone;
    }

    /** The clone in progress, or null. */
    public ReadOnlyObjectProperty<GitTask> taskProperty() {
        return task.getReadOnlyProperty();
    }

    public Path target() {
        return parent.get().resolve(name.get().strip());
    }

    public RemoteTarget remote() {
        return RemoteTarget.of(url.get());
    }

    /**
     * Clones into {@link #target()}.
     *
     * @param credential stored for the URL's host first (replacing what is stored), or null to use what is stored
     * @return completes with the new workspace folder; on failure nothing is left in it
     */
    public CompletableFuture<Path> cloneRepository(Credential credential) {
        if (!problem.get().isEmpty()) {
            return CompletableFuture.failedFuture(new GitRefusal(problem.get()));
        }
        RemoteTarget remote = remote();
        if (credential != null && !remote.isLocal()) {
            try {
                access.credentials().put(remote.hostKey(), credential);
            } catch (CredentialStoreException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        return attempt(url.get().strip(), target(), remote, 3);
    }

    private CompletableFuture<Path> attempt(String from, Path into, RemoteTarget remote, int answersLeft) {
        return SyncViewModel.withAnswers(() -> {
            GitTask running = new GitTask("Clone " + from);
            task.set(running);
            return GitWorkspace.background(() -> {
                try (WorkspaceRepository cloned = WorkspaceRepository.cloneInto(from, into, access, running)) {
                    return cloned.folder();
                }
            }).whenComplete((folder, error) -> {
                task.set(null);
                problem.invalidate(); // the folder exists now (or was removed again)
            });
        }, access, prompts, remote, answersLeft);
    }

    private String check() {
        if (url.get().isBlank()) {
            return "Enter the repository's URL (https://…, ssh://…, user@host:path, or a folder).";
        }
        if (parent.get() == null) {
            return "Choose the folder to clone into.";
        }
        String folder = name.get().strip();
        if (folder.isEmpty() || folder.contains("/") || folder.contains("\\") || folder.equals(".") || folder.equals("..")) {
            return "Enter a name for the new folder.";
        }
        try {
            Path into = parent.get().resolve(folder);
            if (Files.exists(into) && !isEmptyFolder(into)) {
                return into + " already exists and is not empty.";
            }
        } catch (InvalidPathException e) {
            return "'" + folder + "' is not a valid folder name.";
        }
        return "";
    }

    private static boolean isEmptyFolder(Path folder) {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The folder name git would pick: the URL's last part without ".git". */
    static String folderName(String url) {
        String text = url == null ? "" : url.strip();
        while (text.endsWith("/") || text.endsWith("\\")) {
            text = text.substring(0, text.length() - 1);
        }
        int cut = Math.max(Math.max(text.lastIndexOf('/'), text.lastIndexOf('\\')), text.lastIndexOf(':'));
        String last = text.substring(cut + 1);
        return last.endsWith(".git") ? last.substring(0, last.length() - 4) : last;
    }

    /** For views: an optional credential from what the user typed. */
    public static Optional<Credential> credential(boolean ssh, String userOrKey, String secret) {
        if (userOrKey == null || userOrKey.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(ssh ? new Credential.SshKey(Path.of(userOrKey.strip()), secret)
                : new Credential.Token(userOrKey.strip(), secret == null ? "" : secret));
    }
}
