package dev.junction.designer.palette;

import dev.junction.git.ActionCache;
import dev.junction.git.ActionLock;
import dev.junction.git.GitActionRef;
import dev.junction.workflow.source.Problems;
import dev.junction.workflow.source.YamlNode;
import dev.junction.workflow.source.YamlSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The git repositories whose actions the palette offers besides the workspace's own, listed in
 * {@code <workspace>/.junction/action-libraries.yaml} as {@code <git-url>@<ref>} lines (a YAML list), e.g.
 * {@code - https://github.com/acme/actions.git@v2}. Each library is fetched once into the action cache and
 * pinned in the workspace's lock, like any git action; a new step from it says
 * {@code uses: <git-url>//<folder>@<ref>}.
 *
 * <p>File and network I/O: call off the FX thread.
 */
public final class ActionLibraries {

    static final String FILE = ".junction/action-libraries.yaml";

    private final ActionCache cache;
    private final ActionScanner scanner = new ActionScanner();

    public ActionLibraries(ActionCache cache) {
        this.cache = cache;
    }

    /** What scanning the libraries found: their actions, and one message per library that failed. */
    public record Found(List<PaletteItem.Action> actions, List<String> problems) {
        public Found {
            actions = List.copyOf(actions);
            problems = List.copyOf(problems);
        }
    }

    public Found scan(Path workspace) throws IOException {
        List<PaletteItem.Action> actions = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String library : read(workspace, problems)) {
            Optional<GitActionRef> ref = parse(library);
            if (ref.isEmpty()) {
                problems.add("action library '" + library + "' is not <git-url>@<ref>");
                continue;
            }
            GitActionRef root = ref.get();
            ActionLock lock = ActionLock.forDirectory(workspace);
            try {
                ActionCache.Checkout checkout = cache.checkout(root.url(), root.ref(), lock.pinned(root).orElse(null));
                lock.pin(root, checkout.commit());
                for (PaletteItem.Action action : scanner.scan(checkout.folder())) {
                    String path = checkout.folder().relativize(action.folder()).toString().replace('\\', '/');
                    String uses = root.url() + "//" + path + "@" + root.ref();
                    actions.add(action.fromLibrary(uses));
                }
            } catch (ActionCache.ResolveException e) {
                problems.add(e.getMessage());
            }
        }
        return new Found(actions, problems);
    }

    /** {@code url@ref} as the git reference of the repository's root. */
    static Optional<GitActionRef> parse(String library) {
        int at = library.lastIndexOf('@');
        int scheme = library.indexOf("://");
        if (at <= 0 || at < scheme) {
            return Optional.empty();
        }
        return GitActionRef.parse(library.substring(0, at) + "//@" + library.substring(at + 1));
    }

    private static List<String> read(Path workspace, List<String> problems) throws IOException {
        Path file = workspace.resolve(FILE);
        List<String> libraries = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return libraries;
        }
        Problems parse = new Problems();
        Optional<YamlNode> root = YamlSource.parse(file, Files.readString(file), parse);
        if (parse.hasErrors()) {
            problems.add(parse.sorted().getFirst().format());
        } else if (root.orElse(null) instanceof YamlNode.Sequence list) {
            for (YamlNode item : list.items()) {
                if (item instanceof YamlNode.Scalar s && !s.isNull()) {
                    libraries.add(s.value().strip());
                }
            }
        } else if (root.isPresent()) {
            problems.add(file + " must be a list of <git-url>@<ref> lines");
        }
        return libraries;
    }
}
