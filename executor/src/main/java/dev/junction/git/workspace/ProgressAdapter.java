package dev.junction.git.workspace;

import org.eclipse.jgit.lib.ProgressMonitor;

/** JGit's progress calls turned into {@link Progress} values, thinned to one per percent (or per 100 units). */
final class ProgressAdapter implements ProgressMonitor {

    private final ProgressListener listener;
    private String task = "";
    private int total = UNKNOWN;
    private int done;
    private long lastReported = -1;

    ProgressAdapter(ProgressListener listener) {
        this.listener = listener == null ? ProgressListener.NONE : listener;
    }

    @Override
    public void start(int totalTasks) {
        // the number of tasks is not useful to show
    }

    @Override
    public void beginTask(String title, int totalWork) {
        task = title;
        total = totalWork == UNKNOWN ? -1 : totalWork;
        done = 0;
        lastReported = -1;
        report(true);
    }

    @Override
    public void update(int completed) {
        done += completed;
        report(false);
    }

    @Override
    public void endTask() {
        if (total > 0) {
            done = total;
        }
        report(true);
    }

    @Override
    public boolean isCancelled() {
        return listener.isCancelled();
    }

    @Override
    public void showDuration(boolean enabled) {
        // durations are the UI's business
    }

    private void report(boolean always) {
        long step = total > 0 ? done * 100L / total : done / 100;
        if (always || step != lastReported) {
            lastReported = step;
            listener.onProgress(new Progress(task, done, total));
        }
    }
}
