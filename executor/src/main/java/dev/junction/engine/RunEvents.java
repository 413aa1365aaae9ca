package dev.junction.engine;

import dev.junction.run.LogLine;
import dev.junction.run.RunEvent;
import dev.junction.run.RunListener;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one run's events to its listeners in a single total order (steps run on many threads; the
 * lock makes "step started" always precede its logs and "finished"). Masks log text on the way.
 */
final class RunEvents {

    private static final Logger LOG = LoggerFactory.getLogger(RunEvents.class);

    private final String runId;
    private final SecretMasker masker;
    private final List<RunListener> listeners = new CopyOnWriteArrayList<>();
    private long nextSeq;

    RunEvents(String runId, SecretMasker masker, List<RunListener> initial) {
        this.runId = runId;
        this.masker = masker;
        this.listeners.addAll(initial);
    }

    AutoCloseable subscribe(RunListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    synchronized void emit(RunEvent event) {
        for (RunListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("a run listener failed on {}", event.getClass().getSimpleName(), e);
            }
        }
    }

    synchronized void log(String stepKey, LogLine.Stream stream, String text) {
        Instant now = Instant.now();
        emit(new RunEvent.StepLog(runId, now, new LogLine(runId, stepKey, nextSeq++, now, stream, masker.mask(text))));
    }
}
