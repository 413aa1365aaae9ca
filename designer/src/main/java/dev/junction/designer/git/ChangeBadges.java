package dev.junction.designer.git;

import dev.junction.designer.workspace.FileBadge;
import dev.junction.git.workspace.ChangeKind;
import java.nio.file.Path;
import java.util.Locale;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;

/**
 * Git's change kinds as the explorer's and the Changes view's badges: a letter (A new, M modified, D deleted,
 * C conflicting), a style class ({@code badge-new} …) and a sentence.
 */
public final class ChangeBadges {

    private ChangeBadges() {}

    public static FileBadge of(ChangeKind kind) {
        return new FileBadge(letter(kind), styleClass(kind), description(kind));
    }

    public static String letter(ChangeKind kind) {
        return switch (kind) {
            case NEW -> "A";
            case MODIFIED -> "M";
            case DELETED -> "D";
            case CONFLICTING -> "C";
        };
    }

    public static String styleClass(ChangeKind kind) {
        return "badge-" + kind.name().toLowerCase(Locale.ROOT);
    }

    public static String description(ChangeKind kind) {
        return switch (kind) {
            case NEW -> "New: not in the last commit";
            case MODIFIED -> "Modified since the last commit";
            case DELETED -> "Deleted since the last commit";
            case CONFLICTING -> "Conflict: both sides of a merge changed it; resolve the markers and commit";
        };
    }

    /** Keeps {@code badges} (the explorer's) equal to the workspace's changes, from now on. FX thread. */
    public static void follow(ObservableMap<Path, ChangeKind> changes, ObservableMap<Path, FileBadge> badges) {
        badges.clear();
        changes.forEach((path, kind) -> badges.put(path, of(kind)));
        changes.addListener((MapChangeListener<Path, ChangeKind>) change -> {
            if (change.wasAdded()) {
                badges.put(change.getKey(), of(change.getValueAdded()));
            } else {
                badges.remove(change.getKey());
            }
        });
    }
}
