package dev.junction.designer.git;

import dev.junction.git.workspace.CommitInfo;
import dev.junction.git.workspace.Identity;
import dev.junction.git.workspace.MissingIdentityException;
import dev.junction.git.workspace.WorkspaceStatus;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The commit dialog without pixels: the changed files with checkboxes (those chosen in the Changes view ticked),
 * the message, amend, and the author from git config. When git does not know the author, {@link #identityProblem()}
 * says so and {@link #saveIdentity} writes name and e-mail into the repository's config. FX thread only.
 */
public final class CommitViewModel {

    private final GitWorkspace git;
    private final ObservableList<ChangeItem> files =
            FXCollections.observableArrayList(item -> new javafx.beans.Observable[] {item.includedProperty()});
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty amend = new SimpleBooleanProperty(this, "amend");
    private final ReadOnlyObjectWrapper<Identity> identity = new ReadOnlyObjectWrapper<>(this, "identity");
    private final ReadOnlyStringWrapper identityProblem = new ReadOnlyStringWrapper(this, "identityProblem", "");
    private final ReadOnlyStringWrapper lastMessage = new ReadOnlyStringWrapper(this, "lastMessage", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanBinding canCommit;
    private final java.util.Set<String> chosen;
    private boolean merging;

    /**
     * @param chosen the paths to tick (the Changes view's checkboxes); other changed files are listed unticked
     */
    public CommitViewModel(GitWorkspace git, Collection<String> chosen) {
        this.git = git;
        this.chosen = new java.util.HashSet<>(chosen);
        showFiles(git.statusProperty().get());
        canCommit = Bindings.createBooleanBinding(() -> identity.get() != null && !busy.get()
                        && (amend.get() || !message.get().isBlank())
                        && (amend.get() || merging || files.stream().anyMatch(ChangeItem::isIncluded)),
                identity, busy, amend, message, files);
        amend.addListener((obs, was, now) -> {
            if (now && message.get().isBlank()) {
                message.set(lastMessage.get());
            }
        });
    }

    /** Lists the changed files of {@code status}, keeping ticks already given. */
    private void showFiles(WorkspaceStatus status) {
        if (status == null) {
            return;
        }
        merging = status.merging();
        files.forEach(item -> {
            if (item.isIncluded()) {
                chosen.add(item.path());
            } else {
                chosen.remove(item.path());
            }
        });
        files.setAll(status.files().stream()
                .map(file -> new ChangeItem(file.path(), file.kind(), chosen.contains(file.path()))).toList());
    }

    /** Reads the current status (the file list), the author and the last commit's message (for amend). */
    public CompletableFuture<Void> load() {
        return git.refresh().thenAccept(this::showFiles).thenCompose(v -> git.read(repo -> {
            Identity who;
            String problem = "";
            try {
                who = repo.identity();
            } catch (MissingIdentityException e) {
                who = null;
                problem = e.getMessage();
            }
            List<CommitInfo> last = repo.status().headCommit().isPresent() ? repo.history(1) : List.of();
            return new Loaded(who, problem, last.isEmpty() ? "" : last.getFirst().message().strip());
        })).thenAccept(loaded -> {
            identity.set(loaded.identity());
            identityProblem.set(loaded.problem());
            lastMessage.set(loaded.lastMessage());
        });
    }

    private record Loaded(Identity identity, String problem, String lastMessage) {}

    public ObservableList<ChangeItem> files() {
        return files;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Replace the last commit instead of adding one. */
    public BooleanProperty amendProperty() {
        return amend;
    }

    /** True when there is a commit to amend. */
    public boolean canAmend() {
        return !lastMessage.get().isEmpty();
    }

    /** A merge is in progress: the commit concludes it (with everything staged). */
    public boolean isMerging() {
        return merging;
    }

    /** The author of the commit; null while unknown. */
    public ReadOnlyObjectProperty<Identity> identityProperty() {
        return identity.getReadOnlyProperty();
    }

    /** Why there is no author (user.name / user.email not set), or "". */
    public ReadOnlyStringProperty identityProblem() {
        return identityProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastMessageProperty() {
        return lastMessage.getReadOnlyProperty();
    }

    public BooleanBinding canCommit() {
        return canCommit;
    }

    /**
     * Saves user.name and user.email into this repository's config (.git/config); other repositories are not
     * affected.
     */
    public CompletableFuture<Void> saveIdentity(String name, String email) {
        if (name == null || name.isBlank() || email == null || !email.contains("@")) {
            return CompletableFuture.failedFuture(new GitRefusal("Enter your name and an e-mail address (name@host)."));
        }
        return git.change(repo -> {
            repo.setIdentity(name.strip(), email.strip());
            return repo.identity();
        }).thenAccept(saved -> {
            identity.set(saved);
            identityProblem.set("");
        });
    }

    /** Commits (or amends) the ticked files with the message; the future fails with git's explanation. */
    public CompletableFuture<CommitInfo> commit() {
        List<String> paths = files.stream().filter(ChangeItem::isIncluded).map(ChangeItem::path).toList();
        String text = message.get();
        boolean replacing = amend.get();
        busy.set(true);
        CompletableFuture<CommitInfo> done = git.change(repo -> replacing ? repo.amend(paths, text) : repo.commit(paths, text));
        done.whenComplete((c, e) -> busy.set(false));
        return done;
    }
}
