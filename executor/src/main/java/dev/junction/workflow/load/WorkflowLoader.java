package dev.junction.workflow.load;

import dev.junction.expr.Templates;
import dev.junction.git.ActionCache;
import dev.junction.steps.ParseContext;
import dev.junction.steps.StepKinds;
import dev.junction.workflow.Workflow;
import dev.junction.workflow.source.Location;
import dev.junction.workflow.source.Problems;
import dev.junction.workflow.source.YamlNode;
import dev.junction.workflow.source.YamlSource;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads workflow files strictly: YAML syntax, duplicate and unknown keys, wrong types, unknown
 * {@code needs}, dependency cycles, templates naming unknown steps/outputs/inputs, bad cron expressions and
 * invalid input schemas are all reported at once, each with file, line, column and a hint.
 *
 * <p>Thread-safe and reusable.
 */
public final class WorkflowLoader {

    private final StepKinds kinds;
    private final ParseContext.ActionResolver actions;
    private final Templates templates = new Templates();

    public WorkflowLoader(StepKinds kinds, ParseContext.ActionResolver actions) {
        this.kinds = kinds;
        this.actions = actions;
    }

    /** A loader with the built-in step kinds, workspace actions and git actions cached in the default place. */
    public static WorkflowLoader standard() {
        return withActionCache(ActionCache.atDefaultLocation());
    }

    /** A loader with the built-in step kinds, caching git actions in {@code cache}. */
    public static WorkflowLoader withActionCache(ActionCache cache) {
        StepKinds kinds = StepKinds.builtin();
        return new WorkflowLoader(kinds, new WorkspaceActions(kinds, cache));
    }

    public StepKinds kinds() {
        return kinds;
    }

    public LoadResult load(Path file) {
        Problems problems = new Problems();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            problems.error(Location.start(file), "the file is not UTF-8 text", "save it with UTF-8 encoding");
            return new LoadResult(Optional.empty(), problems.sorted(), Optional.empty());
        } catch (IOException e) {
            problems.error(Location.start(file), "cannot read the file: " + e.getMessage(), "check the path and permissions");
            return new LoadResult(Optional.empty(), problems.sorted(), Optional.empty());
        }
        return parse(file, text);
    }

    /**
     * Reads a workflow from text (the designer's unsaved buffer, a test).
     *
     * @param file where the text belongs: named in problems and the base for relative paths; may be null
     */
    public LoadResult parse(Path file, String text) {
        Problems problems = new Problems();
        Optional<YamlNode> tree = YamlSource.parse(file, text, problems);
        if (tree.isEmpty()) {
            if (!problems.hasErrors()) {
                problems.error(Location.start(file), "the file is empty", "a workflow needs at least 'steps:'");
            }
            return new LoadResult(Optional.empty(), problems.sorted(), tree);
        }
        Optional<Workflow> workflow = new WorkflowReader(kinds, actions, problems).read(file, tree.get());
        if (workflow.isPresent() && tree.get() instanceof YamlNode.Mapping root) {
            new WorkflowChecks(workflow.get(), root, text, kinds, templates, problems).run();
        }
        return new LoadResult(problems.hasErrors() ? Optional.empty() : workflow, problems.sorted(), tree);
    }
}
