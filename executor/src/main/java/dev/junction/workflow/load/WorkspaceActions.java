package dev.junction.workflow.load;

import dev.junction.git.ActionCache;
import dev.junction.git.ActionLock;
import dev.junction.git.GitActionRef;
import dev.junction.steps.ParseContext;
import dev.junction.steps.StepKind;
import dev.junction.steps.StepKinds;
import dev.junction.workflow.ActionDefinition;
import dev.junction.workflow.InputSpec;
import dev.junction.workflow.StepSpec;
import dev.junction.workflow.source.MappingReader;
import dev.junction.workflow.source.Problems;
import dev.junction.workflow.source.YamlNode;
import dev.junction.workflow.source.YamlSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds actions: in folders of the workspace, {@code uses: ./actions/greet} (relative to the workflow's folder)
 * or {@code uses: actions/greet} (looked up from the workflow's folder upwards, so a workspace-level
 * {@code actions/} folder serves workflows in sub-folders); and in other git repositories,
 * {@code uses: <git-url>//<path>@<ref>}, fetched once into the {@link ActionCache}, pinned in the workspace's
 * {@link ActionLock}, offline afterwards. Either way the folder holds an {@code action.yaml}.
 */
public final class WorkspaceActions implements ParseContext.ActionResolver {

    static final String FILE_NAME = "action.yaml";
    private static final Set<String> ACTION_KEYS = MappingReader.keys("name", "description", "inputs", "outputs", "runs");

    private final StepKinds kinds;
    private final ActionCache cache;

    public WorkspaceActions(StepKinds kinds, ActionCache cache) {
        this.kinds = kinds;
        this.cache = cache;
    }

    @Override
    public Optional<ActionDefinition> resolve(String reference, Path baseDirectory, YamlNode node, Problems problems) {
        if (GitActionRef.looksLikeGit(reference)) {
            return resolveGit(reference, baseDirectory, node, problems);
        }
        if (reference.contains("@")) {
            problems.error(node, "action '" + reference + "' is neither a folder nor a git reference",
                    "a folder: uses: ./actions/greet — a git repository: uses: https://host/repo.git//path@v1");
            return Optional.empty();
        }
        Optional<Path> folder = find(reference, baseDirectory);
        if (folder.isEmpty()) {
            problems.error(node, "action '" + reference + "' not found: no " + FILE_NAME + " in "
                    + baseDirectory.resolve(reference).normalize(), "the path is relative to the workflow's folder");
            return Optional.empty();
        }
        return read(reference, folder.get(), node, problems, "");
    }

    private Optional<ActionDefinition> resolveGit(String reference, Path baseDirectory, YamlNode node, Problems problems) {
        Optional<GitActionRef> parsed = GitActionRef.parse(reference);
        if (parsed.isEmpty()) {
            problems.error(node, "git action '" + reference + "' is not of the form <git-url>//<path>@<ref>",
                    "for example: uses: https://github.com/acme/actions.git//greet@v1");
            return Optional.empty();
        }
        GitActionRef ref = parsed.get();
        ActionLock lock = ActionLock.forDirectory(baseDirectory);
        ActionCache.Checkout checkout;
        try {
            checkout = cache.checkout(ref.url(), ref.ref(), lock.pinned(ref).orElse(null));
            lock.pin(ref, checkout.commit());
        } catch (ActionCache.ResolveException e) {
            problems.error(node, e.getMessage(), "check the repository URL and the tag, branch or commit after '@'");
            return Optional.empty();
        } catch (java.io.UncheckedIOException e) {
            problems.error(node, e.getMessage(), "");
            return Optional.empty();
        }
        Path folder = ref.path().isEmpty() ? checkout.folder() : checkout.folder().resolve(ref.path()).normalize();
        if (!Files.isRegularFile(folder.resolve(FILE_NAME))) {
            problems.error(node, "no " + FILE_NAME + " at '" + ref.path() + "' in " + ref.url() + " at " + ref.ref()
                    + " (" + checkout.commit().substring(0, 12) + ")", "the part between '//' and '@' is the action's folder in the repository");
            return Optional.empty();
        }
        return read(reference, folder, node, problems, checkout.commit());
    }

    private static Optional<Path> find(String reference, Path baseDirectory) {
        if (reference.startsWith("./") || reference.startsWith("../") || Path.of(reference).isAbsolute()) {
            Path dir = baseDirectory.resolve(reference).normalize();
            return Files.isRegularFile(dir.resolve(FILE_NAME)) ? Optional.of(dir) : Optional.empty();
        }
        for (Path dir = baseDirectory; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(reference).normalize();
            if (Files.isRegularFile(candidate.resolve(FILE_NAME))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads {@code folder/action.yaml}. Its problems are reported at their place in the action file, and
     * one more at {@code usedAt} so the workflow shows why it failed.
     */
    public Optional<ActionDefinition> read(String reference, Path folder, YamlNode usedAt, Problems problems,
                                           String revision) {
        Path file = folder.resolve(FILE_NAME);
        Problems own = new Problems();
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            problems.error(usedAt, "cannot read " + file + ": " + e.getMessage(), "");
            return Optional.empty();
        }
        Optional<ActionDefinition> action = YamlSource.parse(file, text, own)
                .flatMap(root -> MappingReader.of(root, "the action", ACTION_KEYS, own))
                .flatMap(r -> readAction(reference, folder, r, own, revision));
        if (own.hasErrors()) {
            problems.addAll(own.sorted());
            problems.error(usedAt, "action '" + reference + "' has errors (listed at " + file + ")", "fix the action file");
            return Optional.empty();
        }
        return action;
    }

    private Optional<ActionDefinition> readAction(String reference, Path folder, MappingReader r, Problems problems,
                                                  String revision) {
        String name = r.string("name");
        String description = r.string("description");
        Map<String, InputSpec> inputs = InputsReader.read(r.node("inputs").orElse(null), problems);
        Map<String, String> outputs = new LinkedHashMap<>();
        r.node("outputs").ifPresent(n -> {
            if (n instanceof YamlNode.Mapping m) {
                for (YamlNode.Entry e : m.entries()) {
                    String value = e.value() instanceof YamlNode.Scalar s && !s.isNull() ? s.value() : null;
                    if (e.value() instanceof YamlNode.Mapping outputSpec) {
                        // { description: …, value: "{{ … }}" } form
                        value = outputSpec.get("value").filter(v -> v instanceof YamlNode.Scalar)
                                .map(v -> ((YamlNode.Scalar) v).value()).orElse(null);
                    }
                    outputs.put(e.key().value(), value);
                }
            } else if (!MappingReader.isNull(n)) {
                problems.error(n, "'outputs' of the action must be a map of output names", "");
            }
        });
        Optional<YamlNode> runs = r.node("runs");
        r.finish();
        if (runs.isEmpty()) {
            problems.error(r.mapping(), "the action does not say what it runs", "add 'runs:' with run, script or http");
            return Optional.empty();
        }
        Set<String> allowed = new LinkedHashSet<>();
        kinds.all().forEach(k -> {
            if (!k.key().equals("uses")) {
                allowed.add(k.key());
                allowed.addAll(k.siblingKeys());
            }
        });
        Optional<MappingReader> runsReader = MappingReader.of(runs.get(), "'runs' of the action", allowed, problems);
        if (runsReader.isEmpty()) {
            return Optional.empty();
        }
        MappingReader rr = runsReader.get();
        List<StepKind<?>> present = kinds.all().stream().filter(k -> allowed.contains(k.key()) && rr.has(k.key())).toList();
        if (present.size() != 1) {
            problems.error(runs.get(), "'runs' of the action must have exactly one of: " + String.join(", ",
                    allowed.stream().filter(k -> kinds.get(k).isPresent()).toList()), "");
            return Optional.empty();
        }
        StepKind<?> kind = present.getFirst();
        Object config = kind.parse(rr.node(kind.key()).orElseThrow(), rr, new ParseContext(folder, this));
        rr.finish();
        if (config == null) {
            return Optional.empty();
        }
        return Optional.of(new ActionDefinition(reference, name == null ? folder.getFileName().toString() : name,
                description, folder, inputs, outputs, new StepSpec(kind.key(), config), revision));
    }
}
