package dev.junction.workflow.load;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import dev.junction.steps.ParseContext;
import dev.junction.steps.StepKinds;
import dev.junction.workflow.InputSpec;
import dev.junction.workflow.RetryPolicy;
import dev.junction.workflow.Step;
import dev.junction.workflow.StepDefaults;
import dev.junction.workflow.Trigger;
import dev.junction.workflow.Workflow;
import dev.junction.workflow.source.MappingReader;
import dev.junction.workflow.source.Problems;
import dev.junction.workflow.source.YamlNode;
import dev.junction.workflow.source.YamlValues;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the top level of a workflow file into a {@link Workflow}; steps go through {@link StepReader}. */
final class WorkflowReader {

    static final Set<String> TOP_KEYS = MappingReader.keys("name", "description", "inputs", "env", "triggers",
            "defaults", "max-parallel", "steps", "on-failure");
    private static final Set<String> DEFAULT_KEYS = MappingReader.keys("timeout", "retry", "shell", "working-directory");
    private static final Set<String> CRON_KEYS = MappingReader.keys("cron", "timezone", "overlap", "catchup", "jitter", "inputs");
    private static final Set<String> WEBHOOK_KEYS = MappingReader.keys("path", "secret");
    private static final Set<String> FILES_KEYS = MappingReader.keys("paths", "debounce");
    private static final Set<String> GIT_KEYS = MappingReader.keys("repo", "branches");
    private static final Set<String> TRIGGER_KINDS = MappingReader.keys("cron", "webhook", "files", "git");
    private static final CronParser CRON = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private final StepKinds kinds;
    private final ParseContext.ActionResolver actions;
    private final Problems problems;

    WorkflowReader(StepKinds kinds, ParseContext.ActionResolver actions, Problems problems) {
        this.kinds = kinds;
        this.actions = actions;
        this.problems = problems;
    }

    Optional<Workflow> read(Path file, YamlNode root) {
        Optional<MappingReader> maybe = MappingReader.of(root, "the workflow", TOP_KEYS, problems);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        MappingReader r = maybe.get();
        String name = r.string("name");
        if (name == null) {
            name = defaultName(file);
        } else if (!StepReader.ID.matcher(name).matches()) {
            problems.error(r.node("name").orElseThrow(), "workflow name '" + name + "' is not valid",
                    "use letters, digits, '_' and '-' (the file is usually <name>.yaml)");
        }
        String description = r.string("description");
        Map<String, InputSpec> inputs = InputsReader.read(r.node("inputs").orElse(null), problems);
        Map<String, String> env = r.stringMap("env");
        List<Trigger> triggers = r.node("triggers").map(this::readTriggers).orElse(List.of());
        StepDefaults defaults = r.node("defaults").map(this::readDefaults).orElse(StepDefaults.NONE);
        Integer maxParallel = r.integer("max-parallel", 1, 10_000);
        ParseContext context = new ParseContext(baseDirectory(file), actions);
        StepReader steps = new StepReader(kinds, context, problems);
        Map<String, Step> mainSteps = readSteps(r, "steps", steps, true);
        Map<String, Step> onFailure = readSteps(r, "on-failure", steps, false);
        for (String id : onFailure.keySet()) {
            if (mainSteps.containsKey(id)) {
                problems.error(r.node("on-failure").orElseThrow(), "on-failure step '" + id + "' has the same id as a step",
                        "ids are shared by 'steps' and 'on-failure'; rename one");
            }
        }
        r.finish();
        return Optional.of(new Workflow(name, description, inputs, env, triggers, defaults, maxParallel, mainSteps,
                onFailure, file));
    }

    static String defaultName(Path file) {
        if (file == null) {
            return "workflow";
        }
        String base = file.getFileName().toString();
        for (String suffix : List.of(".junction.yaml", ".junction.yml", ".yaml", ".yml")) {
            if (base.endsWith(suffix)) {
                return base.substring(0, base.length() - suffix.length());
            }
        }
        return base;
    }

    static Path baseDirectory(Path file) {
        Path parent = file == null ? null : file.toAbsolutePath().getParent();
        return parent != null ? parent : Path.of("").toAbsolutePath();
    }

    private Map<String, Step> readSteps(MappingReader r, String key, StepReader reader, boolean required) {
        Map<String, Step> steps = new LinkedHashMap<>();
        Optional<YamlNode> node = r.node(key);
        if (node.isEmpty() || MappingReader.isNull(node.get())) {
            if (required) {
                problems.error(r.mapping(), "the workflow has no steps", "add a 'steps:' map with at least one step");
            }
            return steps;
        }
        if (!(node.get() instanceof YamlNode.Mapping mapping)) {
            problems.error(node.get(), "'" + key + "' must be a map of step ids to steps, not " + node.get().describe(),
                    "write each step as '<id>:' with its settings indented below");
            return steps;
        }
        if (mapping.entries().isEmpty() && required) {
            problems.error(mapping, "the workflow has no steps", "add at least one step under 'steps:'");
        }
        for (YamlNode.Entry e : mapping.entries()) {
            reader.read(e.key(), e.value()).ifPresent(step -> steps.put(step.id(), step));
        }
        return steps;
    }

    private StepDefaults readDefaults(YamlNode node) {
        return MappingReader.of(node, "'defaults'", DEFAULT_KEYS, problems).map(r -> {
            Duration timeout = r.duration("timeout");
            RetryPolicy retry = r.node("retry")
                    .map(n -> new StepReader(kinds, null, problems).readRetry(n, "'defaults'")).orElse(null);
            String shell = r.string("shell");
            String dir = r.string("working-directory");
            r.finish();
            return new StepDefaults(timeout, retry, shell, dir);
        }).orElse(StepDefaults.NONE);
    }

    private List<Trigger> readTriggers(YamlNode node) {
        List<Trigger> triggers = new ArrayList<>();
        if (MappingReader.isNull(node)) {
            return triggers;
        }
        if (!(node instanceof YamlNode.Sequence seq)) {
            problems.error(node, "'triggers' must be a list, not " + node.describe(), "write each trigger as '- cron: \"0 2 * * *\"'");
            return triggers;
        }
        for (YamlNode item : seq.items()) {
            readTrigger(item).ifPresent(triggers::add);
        }
        return triggers;
    }

    private Optional<Trigger> readTrigger(YamlNode node) {
        if (!(node instanceof YamlNode.Mapping m) || m.entries().isEmpty()) {
            problems.error(node, "a trigger must be a map such as { cron: \"0 2 * * *\" }, not " + node.describe(), "");
            return Optional.empty();
        }
        String kind = m.entries().getFirst().key().value();
        if (!TRIGGER_KINDS.contains(kind)) {
            problems.error(m.entries().getFirst().key(), "unknown trigger '" + kind + "'",
                    dev.junction.workflow.source.Suggestions.hint(kind, TRIGGER_KINDS));
            return Optional.empty();
        }
        return switch (kind) {
            case "cron" -> readCron(m);
            case "webhook" -> nested(m, "webhook", WEBHOOK_KEYS).map(r -> {
                String path = r.requiredString("path", "for example: path: /hooks/release");
                String secret = r.string("secret");
                r.finish();
                if (path != null && !path.startsWith("/")) {
                    problems.error(r.node("path").orElseThrow(), "webhook path must start with '/'", "for example: /hooks/release");
                }
                return (Trigger) new Trigger.Webhook(path, secret);
            });
            case "files" -> nested(m, "files", FILES_KEYS).map(r -> {
                List<String> paths = r.stringList("paths");
                Duration debounce = r.duration("debounce");
                r.finish();
                if (paths.isEmpty()) {
                    problems.error(r.mapping(), "a files trigger needs 'paths'", "for example: paths: [\"src/**/*.java\"]");
                }
                return (Trigger) new Trigger.Files(paths, debounce);
            });
            default -> nested(m, "git", GIT_KEYS).map(r -> {
                String repo = r.string("repo");
                List<String> branches = r.stringList("branches");
                r.finish();
                return (Trigger) new Trigger.Git(repo == null ? "." : repo, branches);
            });
        };
    }

    private Optional<MappingReader> nested(YamlNode.Mapping m, String kind, Set<String> keys) {
        if (m.entries().size() > 1) {
            problems.error(m.entries().get(1).key(), "a " + kind + " trigger takes its settings inside '" + kind + ":'",
                    "write - " + kind + ": { … }");
        }
        return MappingReader.of(m.get(kind).orElseThrow(), "the " + kind + " trigger", keys, problems);
    }

    private Optional<Trigger> readCron(YamlNode.Mapping m) {
        MappingReader r = MappingReader.of(m, "the cron trigger", CRON_KEYS, problems).orElseThrow();
        String expression = r.requiredString("cron", "for example: cron: \"0 2 * * 1-5\"");
        if (expression != null) {
            try {
                CRON.parse(expression).validate();
            } catch (IllegalArgumentException e) {
                problems.error(r.node("cron").orElseThrow(), "bad cron expression '" + expression + "': " + e.getMessage(),
                        "five fields: minute hour day-of-month month day-of-week, e.g. \"0 2 * * 1-5\" (or @daily, @hourly)");
                expression = null;
            }
        }
        String zone = r.string("timezone");
        if (zone != null) {
            try {
                ZoneId.of(zone);
            } catch (DateTimeException e) {
                problems.error(r.node("timezone").orElseThrow(), "unknown time zone '" + zone + "'",
                        "use an IANA zone id such as Europe/Paris or UTC");
            }
        }
        Trigger.Overlap overlap = null;
        String overlapText = r.string("overlap");
        if (overlapText != null) {
            try {
                overlap = Trigger.Overlap.valueOf(overlapText.toUpperCase().replace('-', '_'));
            } catch (IllegalArgumentException e) {
                problems.error(r.node("overlap").orElseThrow(), "unknown overlap policy '" + overlapText + "'",
                        "use skip, buffer-one, buffer-all, cancel-other or allow-all");
            }
        }
        Duration catchup = r.duration("catchup");
        Duration jitter = r.duration("jitter");
        Map<String, Object> inputs = new LinkedHashMap<>();
        r.node("inputs").ifPresent(n -> {
            if (YamlValues.toJava(n) instanceof Map<?, ?> map) {
                map.forEach((k, v) -> inputs.put(String.valueOf(k), v));
            } else {
                problems.error(n, "'inputs' of a cron trigger must be a map of input values", "");
            }
        });
        r.finish();
        return expression == null ? Optional.empty()
                : Optional.of(new Trigger.Cron(expression, zone, overlap, catchup, jitter, inputs));
    }
}
