package dev.junction.workflow.load;

import dev.junction.expr.TemplateException;
import dev.junction.expr.TemplateReferences;
import dev.junction.expr.Templates;
import dev.junction.steps.StepKind;
import dev.junction.steps.StepKinds;
import dev.junction.workflow.Step;
import dev.junction.workflow.Workflow;
import dev.junction.workflow.source.Location;
import dev.junction.workflow.source.Problems;
import dev.junction.workflow.source.Suggestions;
import dev.junction.workflow.source.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * Checks that span steps: {@code needs} targets exist, the dependency graph has no cycle (reported with
 * its path), and every template names only variables, steps, outputs and inputs that exist where it is.
 */
final class WorkflowChecks {

    private static final Set<String> STEP_FIELDS = Set.of("outputs", "status", "exit_code", "results");
    private static final Set<String> RUN_FIELDS = Set.of("id", "name", "started_at", "trigger", "dry_run", "failed_steps");
    private static final Set<String> WORKFLOW_FIELDS = Set.of("name", "description", "file");
    private static final Set<String> OUTPUT_ROOTS = Set.of("stdout", "stderr", "exit_code", "files", "response");

    private final Workflow workflow;
    private final YamlNode.Mapping root;
    private final String source;
    private final StepKinds kinds;
    private final Problems problems;
    private final Templates templates;
    /** Step nodes by section and id: YAML mappings look keys up linearly, too slow for 10,000 steps. */
    private final Map<String, Map<String, YamlNode>> stepNodes = new java.util.HashMap<>();

    WorkflowChecks(Workflow workflow, YamlNode.Mapping root, String source, StepKinds kinds, Templates templates,
                   Problems problems) {
        this.workflow = workflow;
        this.root = root;
        this.source = source;
        this.kinds = kinds;
        this.templates = templates;
        this.problems = problems;
    }

    void run() {
        Graph<String, DefaultEdge> main = checkNeeds("steps", workflow.steps());
        Graph<String, DefaultEdge> onFailure = checkNeeds("on-failure", workflow.onFailure());
        Map<String, Set<String>> upstream = ancestors(main);
        Map<String, Set<String>> failureUpstream = ancestors(onFailure);
        for (Step step : workflow.steps().values()) {
            checkStepTemplates("steps", step, upstream.getOrDefault(step.id(), Set.of()), false);
        }
        for (Step step : workflow.onFailure().values()) {
            checkStepTemplates("on-failure", step, failureUpstream.getOrDefault(step.id(), Set.of()), true);
        }
        node("env").ifPresent(env -> checkTemplates(env, Set.of("inputs", "secrets", "run", "workflow", "env"), null, Set.of(), false));
    }

    // ---- needs and cycles ------------------------------------------------------------------------

    private Graph<String, DefaultEdge> checkNeeds(String section, Map<String, Step> steps) {
        Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        steps.keySet().forEach(graph::addVertex);
        for (Step step : steps.values()) {
            for (String need : step.needs()) {
                if (need.equals(step.id())) {
                    problems.error(needNode(section, step.id(), need), "step '" + step.id() + "' needs itself", "remove '" + need + "' from its needs");
                } else if (!steps.containsKey(need)) {
                    String hint = section.equals("on-failure") && workflow.steps().containsKey(need)
                            ? "on-failure steps run after all steps; they can read steps." + need + " without needing it"
                            : Suggestions.hint(need, steps.keySet());
                    problems.error(needNode(section, step.id(), need), "step '" + step.id() + "' needs '" + need
                            + "', which does not exist", hint);
                } else {
                    graph.addEdge(need, step.id());
                }
            }
        }
        var sccs = new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets();
        for (Set<String> scc : sccs) {
            if (scc.size() < 2) {
                continue;
            }
            String first = steps.keySet().stream().filter(scc::contains).findFirst().orElseThrow();
            List<String> cycle = cycleThrough(graph, scc, first);
            String path = String.join(" → ", cycle);
            String lastNeed = cycle.get(cycle.size() - 2);
            problems.error(needNode(section, first, lastNeed), "dependency cycle: " + path,
                    "a step cannot (indirectly) need itself; remove one of these needs");
            scc.forEach(graph::removeVertex); // keep later analysis (ancestors) well-defined
        }
        return graph;
    }

    /** The shortest cycle through {@code start}: start → … → start, in execution order. */
    private static List<String> cycleThrough(Graph<String, DefaultEdge> graph, Set<String> scc, String start) {
        Graph<String, DefaultEdge> sub = new AsSubgraph<>(graph, scc);
        List<String> best = null;
        for (DefaultEdge e : sub.outgoingEdgesOf(start)) {
            String next = sub.getEdgeTarget(e);
            var path = BFSShortestPath.findPathBetween(sub, next, start);
            if (path != null && (best == null || path.getLength() + 1 < best.size())) {
                best = new ArrayList<>();
                best.add(start);
                best.addAll(path.getVertexList());
            }
        }
        return best == null ? List.of(start, start) : best;
    }

    private static Map<String, Set<String>> ancestors(Graph<String, DefaultEdge> graph) {
        Map<String, Set<String>> result = new java.util.HashMap<>();
        var order = new TopologicalOrderIterator<>(graph);
        while (order.hasNext()) {
            String v = order.next();
            Set<String> set = new HashSet<>();
            for (DefaultEdge e : graph.incomingEdgesOf(v)) {
                String parent = graph.getEdgeSource(e);
                set.add(parent);
                set.addAll(result.getOrDefault(parent, Set.of()));
            }
            result.put(v, set);
        }
        return result;
    }

    private Optional<YamlNode> stepNode(String section, String stepId) {
        Map<String, YamlNode> index = stepNodes.computeIfAbsent(section, s -> {
            Map<String, YamlNode> map = new java.util.HashMap<>();
            node(s).ifPresent(n -> {
                if (n instanceof YamlNode.Mapping m) {
                    m.entries().forEach(e -> map.putIfAbsent(e.key().value(), e.value()));
                }
            });
            return map;
        });
        return Optional.ofNullable(index.get(stepId));
    }

    private YamlNode needNode(String section, String stepId, String need) {
        Optional<YamlNode> needs = stepNode(section, stepId)
                .flatMap(n -> n instanceof YamlNode.Mapping m ? m.get("needs") : Optional.empty());
        if (needs.isPresent() && needs.get() instanceof YamlNode.Sequence seq) {
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Scalar s && s.value().equals(need)) {
                    return item;
                }
            }
        }
        return needs.or(() -> stepNode(section, stepId)).orElse(root);
    }

    // ---- templates -------------------------------------------------------------------------------

    private void checkStepTemplates(String section, Step step, Set<String> upstream, boolean failureHandler) {
        Optional<YamlNode> stepNode = stepNode(section, step.id());
        if (stepNode.isEmpty() || !(stepNode.get() instanceof YamlNode.Mapping mapping)) {
            return;
        }
        Set<String> roots = new LinkedHashSet<>(List.of("inputs", "env", "secrets", "steps", "run", "workflow"));
        if (step.matrix() != null) {
            roots.add("matrix");
        }
        if (step.foreach() != null) {
            roots.add("item");
        }
        Set<String> readable = new HashSet<>(upstream);
        if (failureHandler) {
            readable.addAll(workflow.steps().keySet());
        }
        for (YamlNode.Entry e : mapping.entries()) {
            String key = e.key().value();
            Set<String> here = roots;
            if (key.equals("outputs")) {
                here = new LinkedHashSet<>(roots);
                here.addAll(OUTPUT_ROOTS);
            }
            boolean expression = key.equals("if");
            checkTemplates(e.value(), here, step, readable, expression);
        }
    }

    private void checkTemplates(YamlNode node, Set<String> roots, Step step, Set<String> readable, boolean expression) {
        switch (node) {
            case YamlNode.Mapping m -> m.entries().forEach(e -> checkTemplates(e.value(), roots, step, readable, false));
            case YamlNode.Sequence s -> s.items().forEach(i -> checkTemplates(i, roots, step, readable, false));
            case YamlNode.Scalar s -> {
                if (s.isNull()) {
                    return;
                }
                boolean isTemplate = Templates.isTemplate(s.value());
                if (!isTemplate && !expression) {
                    return;
                }
                String text = isTemplate ? s.value() : "{{ " + s.value() + " }}";
                int shift = isTemplate ? 0 : -3;
                try {
                    templates.compile(text);
                } catch (TemplateException ex) {
                    problems.error(s, "template does not parse: " + ex.getMessage(),
                            "templates look like {{ inputs.name }} or {% if … %}…{% endif %}");
                    return;
                }
                for (TemplateReferences.Reference ref : TemplateReferences.find(text)) {
                    Location at = ScalarPositions.locate(s, Math.max(0, ref.offset() + shift), source);
                    checkReference(ref, at, roots, step, readable);
                }
            }
        }
    }

    private void checkReference(TemplateReferences.Reference ref, Location at, Set<String> roots, Step step,
                                Set<String> readable) {
        String rootName = ref.root();
        List<String> path = ref.path();
        if (!roots.contains(rootName)) {
            String hint = rootName.equals("matrix") || rootName.equals("item")
                    ? "'" + rootName + "' exists only in a step with " + (rootName.equals("item") ? "foreach" : "matrix")
                    : Suggestions.hint(rootName, roots);
            problems.error(at, "unknown variable '" + rootName + "' in template", hint);
            return;
        }
        switch (rootName) {
            case "steps" -> checkStepReference(ref, at, step, readable);
            case "inputs" -> {
                if (path.size() > 1 && !workflow.inputs().containsKey(path.get(1))) {
                    String hint = workflow.inputs().isEmpty() ? "the workflow declares no inputs; add it under 'inputs:'"
                            : Suggestions.hint(path.get(1), workflow.inputs().keySet());
                    problems.error(at, "unknown input '" + path.get(1) + "'", hint);
                }
            }
            case "matrix" -> {
                Set<String> axes = new LinkedHashSet<>(step.matrix().axes().keySet());
                step.matrix().include().forEach(m -> axes.addAll(m.keySet()));
                if (path.size() > 1 && !axes.contains(path.get(1))) {
                    problems.error(at, "unknown matrix axis '" + path.get(1) + "'", Suggestions.hint(path.get(1), axes));
                }
            }
            case "run" -> checkField(path, at, RUN_FIELDS, "run");
            case "workflow" -> checkField(path, at, WORKFLOW_FIELDS, "workflow");
            default -> { }
        }
    }

    private void checkField(List<String> path, Location at, Set<String> fields, String root) {
        if (path.size() > 1 && !fields.contains(path.get(1))) {
            problems.error(at, "unknown field '" + root + "." + path.get(1) + "'", Suggestions.hint(path.get(1), fields));
        }
    }

    private void checkStepReference(TemplateReferences.Reference ref, Location at, Step step, Set<String> readable) {
        List<String> path = ref.path();
        if (path.size() < 2) {
            return;
        }
        String target = path.get(1);
        Map<String, Step> all = new java.util.LinkedHashMap<>(workflow.steps());
        all.putAll(workflow.onFailure());
        if (!all.containsKey(target)) {
            Optional<String> dashed = ref.dashFollows()
                    ? all.keySet().stream().filter(id -> id.startsWith(target + "-")).findFirst() : Optional.empty();
            String hint = dashed.map(id -> "ids with '-' are read with brackets: steps['" + id + "']")
                    .orElseGet(() -> Suggestions.hint(target, all.keySet()));
            problems.error(at, "unknown step '" + target + "' in template", hint);
            return;
        }
        if (step != null && !readable.contains(target)) {
            String why = target.equals(step.id()) ? "a step cannot read its own results; use them in 'outputs:' via stdout/files"
                    : "add '" + target + "' to the needs of '" + step.id() + "' so it has finished when this runs";
            problems.error(at, "step '" + (step == null ? "?" : step.id()) + "' reads steps." + target
                    + " but does not depend on it", why);
            return;
        }
        if (path.size() < 3) {
            return;
        }
        if (!STEP_FIELDS.contains(path.get(2))) {
            problems.error(at, "unknown field '" + path.get(2) + "' of steps." + target, Suggestions.hint(path.get(2), STEP_FIELDS));
            return;
        }
        if (path.get(2).equals("outputs") && path.size() > 3 && !all.get(target).kind().equals(StepReader.INVALID_KIND)) {
            Step producer = all.get(target);
            Set<String> outputs = outputsOf(producer);
            if (!outputs.contains(path.get(3))) {
                String hint = outputs.isEmpty()
                        ? "declare it on step '" + target + "': outputs: { " + path.get(3) + ": ~ } and write "
                        + path.get(3) + "=… to $JUNCTION_OUTPUT"
                        : Suggestions.hint(path.get(3), outputs) + " (declared outputs of '" + target + "': "
                        + String.join(", ", outputs) + ")";
                problems.error(at, "step '" + target + "' has no output '" + path.get(3) + "'", hint);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Set<String> outputsOf(Step step) {
        Set<String> outputs = new LinkedHashSet<>(step.outputs().keySet());
        kinds.get(step.kind()).ifPresent(kind -> outputs.addAll(((StepKind<Object>) kind).outputsOf(step.spec().config())));
        return outputs;
    }

    // ---- navigation ------------------------------------------------------------------------------

    private Optional<YamlNode> node(String... path) {
        YamlNode current = root;
        for (String key : path) {
            if (!(current instanceof YamlNode.Mapping m)) {
                return Optional.empty();
            }
            Optional<YamlNode> next = m.get(key);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.of(current);
    }
}
