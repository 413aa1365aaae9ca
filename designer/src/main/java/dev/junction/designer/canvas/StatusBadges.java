package dev.junction.designer.canvas;

import dev.junction.designer.run.StepStatusView;
import dev.junction.run.StepStatus;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ObservableMap;
import javafx.util.Duration;

/**
 * Run statuses on the cards: applies changed statuses once per pulse, and ticks the elapsed time of running steps
 * once a second (one timer for the canvas, running only while some step runs). FX thread only.
 */
final class StatusBadges {

    private final ObservableMap<String, StepStatusView> statuses;
    private final Map<String, StepSkin> skins;
    private final Set<String> dirty = new HashSet<>();
    private final Set<String> running = new HashSet<>();
    private final Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));

    /** @param skins the canvas's cards by step id (only the ones that exist) */
    StatusBadges(ObservableMap<String, StepStatusView> statuses, Map<String, StepSkin> skins) {
        this.statuses = statuses;
        this.skins = skins;
        ticker.setCycleCount(Animation.INDEFINITE);
        dirty.addAll(statuses.keySet());
    }

    /** A step's status changed, or its card was just made. */
    void changed(String id) {
        dirty.add(id);
    }

    boolean pending() {
        return !dirty.isEmpty();
    }

    void forget(String id) {
        running.remove(id);
    }

    void apply() {
        if (dirty.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        for (String id : dirty) {
            StepSkin skin = skins.get(id);
            if (skin != null) {
                StepStatusView s = statuses.get(id);
                skin.setStatus(s, now);
                if (s != null && s.status() == StepStatus.RUNNING) {
                    running.add(id);
                } else {
                    running.remove(id);
                }
            }
        }
        dirty.clear();
        if (running.isEmpty()) {
            ticker.stop();
        } else if (ticker.getStatus() != Animation.Status.RUNNING) {
            ticker.play();
        }
    }

    private void tick() {
        Instant now = Instant.now();
        for (String id : running) {
            StepSkin skin = skins.get(id);
            if (skin != null) {
                skin.tick(now);
            }
        }
    }

    void stop() {
        ticker.stop();
    }
}
