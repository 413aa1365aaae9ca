package dev.junction.engine;

import dev.junction.run.RunRequest.RunOptions;
import dev.junction.workflow.Workflow;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every step of one run shares: identity, definition, validated inputs, secrets, the rendered
 * workflow environment, and where temporary files go. Immutable except the failed-step list that
 * on-failure steps read, which is set once before they start.
 */
final class RunContext {

    private final String id;
    private final Workflow workflow;
    private final Map<String, Object> inputs;
    private final RunOptions options;
    private final Map<String, String> secrets;
    private final SecretMasker masker;
    private final Instant startedAt;
    private final Path tempDirectory;
    private final int maxParallel;
    private Map<String, String> workflowEnv = Map.of();
    private Map<String, Object> envView = Map.copyOf(System.getenv());
    private volatile Map<String, Object> runView;
    private volatile Map<String, Object> workflowView;
    private volatile List<String> failedSteps = List.of();

    RunContext(String id, Workflow workflow, Map<String, Object> inputs, RunOptions options, Map<String, String> secrets,
               SecretMasker masker, Instant startedAt, Path tempDirectory, int maxParallel) {
        this.id = id;
        this.workflow = workflow;
        this.inputs = inputs;
        this.options = options;
        this.secrets = secrets;
        this.masker = masker;
        this.startedAt = startedAt;
        this.tempDirectory = tempDirectory;
        this.maxParallel = maxParallel;
    }

    String id() { return id; }
    Workflow workflow() { return workflow; }
    Map<String, Object> inputs() { return inputs; }
    RunOptions options() { return options; }
    Map<String, String> secrets() { return secrets; }
    SecretMasker masker() { return masker; }
    Path tempDirectory() { return tempDirectory; }
    int maxParallel() { return maxParallel; }
    Map<String, String> workflowEnv() { return workflowEnv; }

    /** {@code env.*} in templates: the process environment overlaid with the workflow's env. */
    Map<String, Object> envView() {
        return envView;
    }

    void setWorkflowEnv(Map<String, String> env) {
        this.workflowEnv = Map.copyOf(env);
        Map<String, Object> view = new java.util.HashMap<>(System.getenv());
        view.putAll(env);
        this.envView = java.util.Collections.unmodifiableMap(view);
    }

    void setFailedSteps(List<String> steps) {
        this.failedSteps = List.copyOf(steps);
        this.runView = null;
    }

    /** {@code run.*} in templates; built once (and again after on-failure steps get the failed list). */
    Map<String, Object> runView() {
        if (runView == null) {
            runView = buildRunView();
        }
        return runView;
    }

    private Map<String, Object> buildRunView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("name", workflow.name());
        view.put("started_at", startedAt.toString());
        view.put("trigger", options.trigger());
        view.put("dry_run", options.dryRun());
        view.put("failed_steps", failedSteps);
        return java.util.Collections.unmodifiableMap(view);
    }

    /** {@code workflow.*} in templates. */
    Map<String, Object> workflowView() {
        if (workflowView == null) {
            workflowView = buildWorkflowView();
        }
        return workflowView;
    }

    private Map<String, Object> buildWorkflowView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", workflow.name());
        view.put("description", workflow.description());
        view.put("file", workflow.source() == null ? "" : workflow.source().toString());
        return java.util.Collections.unmodifiableMap(view);
    }
}
