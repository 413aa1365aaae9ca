package dev.junction.steps;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The step kinds a loader and an engine know, by YAML key. Immutable; {@link #builtin()} has every kind
 * Junction ships. Later kinds (docker, k8s, sql, workflow) are added here, never in the scheduler.
 */
public final class StepKinds {

    private final Map<String, StepKind<?>> byKey;

    public StepKinds(List<StepKind<?>> kinds) {
        Map<String, StepKind<?>> map = new LinkedHashMap<>();
        for (StepKind<?> kind : kinds) {
            if (map.put(kind.key(), kind) != null) {
                throw new IllegalArgumentException("two step kinds use the key " + kind.key());
            }
        }
        this.byKey = java.util.Collections.unmodifiableMap(map);
    }

    public static StepKinds builtin() {
        StepKinds[] self = new StepKinds[1]; // uses: runs an action's body through this same registry
        self[0] = new StepKinds(List.of(new NoopKind(), new LogKind(), new RunKind(), new ScriptKind(), new HttpKind(),
                new UsesKind(() -> self[0])));
        return self[0];
    }

    public Optional<StepKind<?>> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Collection<StepKind<?>> all() {
        return byKey.values();
    }

    public java.util.Set<String> keys() {
        return byKey.keySet();
    }
}
