package dev.junction.engine;

import dev.junction.run.StepStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How one instance ended, as reported to the coordinator. Outputs are unmasked (templates of later
 * steps need real values); events carry masked copies.
 *
 * @param emitted whether its StepFinished event was already emitted by the step thread
 */
record InstanceResult(StepInstance instance, StepStatus status, Map<String, Object> outputs, Integer exitCode,
                      String error, boolean emitted) {

    /** Not a result: wakes the coordinator (cancellation). */
    static final InstanceResult WAKE_UP = new InstanceResult(null, StepStatus.CANCELLED, Map.of(), null, "", true);

    static InstanceResult cancelled(StepInstance instance) {
        return new InstanceResult(instance, StepStatus.CANCELLED, Map.of(), null, "run cancelled", false);
    }

    /** What {@code steps.<id>.results[i]} shows for a foreach/matrix instance. */
    Map<String, Object> asView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("key", instance.key());
        if (instance.matrix() != null) {
            view.put("matrix", instance.matrix());
        }
        if (instance.item() != null) {
            view.put("item", instance.item());
        }
        view.put("status", status.label());
        view.put("outputs", outputs);
        view.put("exit_code", exitCode);
        return java.util.Collections.unmodifiableMap(view);
    }
}
