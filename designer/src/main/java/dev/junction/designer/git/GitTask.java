package dev.junction.designer.git;

import dev.junction.git.workspace.Progress;
import dev.junction.git.workspace.ProgressListener;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A long git operation (clone, fetch, pull, push) as the UI shows it: a title, git's latest progress line, a
 * fraction done, and a cancel request. Git reports progress on the operation's thread; the latest report reaches the
 * FX properties once per pulse at most, so a fast transfer cannot flood the FX thread. Properties: FX thread;
 * {@link #cancel()} and {@link #isCancelled()}: any thread.
 */
public final class GitTask implements ProgressListener {

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "Starting…");
    /** -1 while the amount of work is unknown (ProgressBar's indeterminate value). */
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyBooleanWrapper cancelRequested = new ReadOnlyBooleanWrapper(this, "cancelRequested");
    private final AtomicReference<Progress> latest = new AtomicReference<>();
    private volatile boolean cancelled;

    public GitTask(String title) {
        this.title.set(title);
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Git's own words for the current phase, e.g. "Receiving objects 120/480". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** 0..1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancelRequestedProperty() {
        return cancelRequested.getReadOnlyProperty();
    }

    /** Asks git to stop at its next check; the operation then fails with "… was cancelled". */
    public void cancel() {
        cancelled = true;
        if (Platform.isFxApplicationThread()) {
            cancelRequested.set(true);
            message.set("Cancelling…");
        } else {
            Platform.runLater(this::cancel);
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public void onProgress(Progress report) {
        if (latest.getAndSet(report) == null) {
            Platform.runLater(this::show);
        }
    }

    private void show() {
        Progress report = latest.getAndSet(null);
        if (report == null || cancelled) {
            return;
        }
        message.set(report.total() > 0 ? report.task() + " " + report.done() + "/" + report.total() : report.task());
        progress.set(report.percent().isPresent() ? report.percent().getAsInt() / 100.0 : -1);
    }
}
