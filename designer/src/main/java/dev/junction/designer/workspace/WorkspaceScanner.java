package dev.junction.designer.workspace;

import dev.junction.workflow.source.Problems;
import dev.junction.workflow.source.YamlNode;
import dev.junction.workflow.source.YamlSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a workspace folder into a {@link WorkspaceNode} tree of what the designer can use: workflow files
 * ({@code .yaml}/{@code .yml} with a top-level {@code steps:}) and actions (folders holding an
 * {@code action.yaml}). Folders without either anywhere below are left out, as are hidden folders and
 * build output. Bounded, so opening a huge folder by mistake (a home folder) stays quick.
 *
 * <p>Blocking file I/O: call it off the FX thread. Thread-safe (no state).
 */
public final class WorkspaceScanner {

    /** Folders that never hold workflows worth showing. */
    static final Set<String> IGNORED_FOLDERS = Set.of("target", "node_modules", "__pycache__");
    static final String ACTION_FILE = "action.yaml";
    private static final Pattern STEPS_KEY = Pattern.compile("(?m)^steps[ \\t]*:");
    private static final long MAX_WORKFLOW_BYTES = 4L << 20;
    private static final int MAX_DEPTH = 12;

    private final int maxEntries;
    private int visited;

    private WorkspaceScanner(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /**
     * Scans {@code root}.
     *
     * @throws IOException when {@code root} is not a readable folder (unreadable sub-folders are skipped)
     */
    public static WorkspaceNode scan(Path root) throws IOException {
        return scan(root, 50_000);
    }

    static WorkspaceNode scan(Path root, int maxEntries) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("not a folder: " + root);
        }
        Path absolute = root.toAbsolutePath().normalize();
        WorkspaceNode node = new WorkspaceScanner(maxEntries).folder(absolute, 0, true);
        return node != null ? node : new WorkspaceNode(absolute, WorkspaceNode.Kind.FOLDER, name(absolute), "", List.of());
    }

    /** Whether a path is one the explorer shows or hides by name (used by the watcher too). */
    static boolean isIgnored(Path path) {
        String name = name(path);
        return name.startsWith(".") || IGNORED_FOLDERS.contains(name);
    }

    private WorkspaceNode folder(Path dir, int depth, boolean root) throws IOException {
        if (Files.isRegularFile(dir.resolve(ACTION_FILE)) && !root) {
            return new WorkspaceNode(dir, WorkspaceNode.Kind.ACTION, name(dir), actionDescription(dir.resolve(ACTION_FILE)), List.of());
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path entry : stream) {
                if (++visited > maxEntries) {
                    break; // a huge tree: show what was found so far
                }
                if (!isIgnored(entry)) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            if (root) {
                throw e;
            }
            return null; // unreadable sub-folder
        }
        List<WorkspaceNode> folders = new ArrayList<>();
        List<WorkspaceNode> files = new ArrayList<>();
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                WorkspaceNode child = depth < MAX_DEPTH ? folder(entry, depth + 1, false) : null;
                if (child != null && (child.kind() != WorkspaceNode.Kind.FOLDER || !child.children().isEmpty())) {
                    folders.add(child);
                }
            } else if (isWorkflowFile(entry)) {
                files.add(new WorkspaceNode(entry, WorkspaceNode.Kind.WORKFLOW, name(entry), "", List.of()));
            }
        }
        Comparator<WorkspaceNode> byName = Comparator.comparing(n -> n.name().toLowerCase(Locale.ROOT));
        folders.sort(byName);
        files.sort(byName);
        List<WorkspaceNode> children = new ArrayList<>(folders);
        children.addAll(files);
        return new WorkspaceNode(dir, WorkspaceNode.Kind.FOLDER, name(dir), "", children);
    }

    /** A YAML file (not an action definition) whose text has a top-level {@code steps:} key. */
    static boolean isWorkflowFile(Path file) {
        String name = name(file).toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".yaml") || name.endsWith(".yml")) || name.equals(ACTION_FILE)) {
            return false;
        }
        try {
            return Files.isRegularFile(file) && Files.size(file) <= MAX_WORKFLOW_BYTES
                    && STEPS_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8)).find();
        } catch (IOException | java.io.UncheckedIOException e) {
            return false; // unreadable or not UTF-8: not something the editor can open anyway
        }
    }

    private static String actionDescription(Path actionFile) {
        try {
            var root = YamlSource.parse(actionFile, Files.readString(actionFile, StandardCharsets.UTF_8), new Problems());
            if (root.isPresent() && root.get() instanceof YamlNode.Mapping m) {
                for (String key : List.of("description", "name")) {
                    if (m.get(key).orElse(null) instanceof YamlNode.Scalar s && !s.isNull()) {
                        return s.value();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // a broken action still shows; the loader reports its problems where it is used
        }
        return "";
    }

    private static String name(Path path) {
        Path fileName = path.getFileName();
        return fileName == null ? path.toString() : fileName.toString();
    }
}
