package dev.junction.workflow;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A workflow definition as written: immutable, validated, independent of any run.
 *
 * @param steps       steps in file order (keyed by id)
 * @param onFailure   steps that run after the main steps when the run failed
 * @param maxParallel how many steps may run at once; {@code null} means the number of cores
 * @param source      the file it was read from, or {@code null} for in-memory definitions
 */
public record Workflow(
        String name,
        String description,
        Map<String, InputSpec> inputs,
        Map<String, String> env,
        List<Trigger> triggers,
        StepDefaults defaults,
        Integer maxParallel,
        Map<String, Step> steps,
        Map<String, Step> onFailure,
        Path source) {

    public Workflow {
        Objects.requireNonNull(name);
        description = description == null ? "" : description;
        inputs = ordered(inputs);
        env = ordered(env);
        triggers = List.copyOf(triggers);
        defaults = defaults == null ? StepDefaults.NONE : defaults;
        steps = ordered(steps);
        onFailure = ordered(onFailure);
    }

    /** The folder relative paths in the definition are resolved against (the file's folder, or the current one). */
    public Path baseDirectory() {
        Path parent = source == null ? null : source.toAbsolutePath().getParent();
        return parent != null ? parent : Path.of("").toAbsolutePath();
    }

    static <V> Map<String, V> ordered(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
