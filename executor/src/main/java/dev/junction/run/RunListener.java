package dev.junction.run;

/**
 * Receives a run's events. Called on engine threads, one event at a time per run, in order; must return
 * quickly (hand work to another thread) and must not throw.
 */
@FunctionalInterface
public interface RunListener {
    void onEvent(RunEvent event);

    RunListener NONE = event -> {};
}
