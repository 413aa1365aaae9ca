package dev.junction.designer.palette;

import dev.junction.workflow.edit.WorkflowText;
import dev.junction.workflow.source.InvalidDefinitionException;
import dev.junction.workflow.source.YamlNode;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds the actions of a workspace: folders holding an {@code action.yaml}. Skips hidden folders and the usual
 * build and dependency folders, and does not descend more than a few levels, so a big repository stays quick.
 * An action file that cannot be read is still listed (its folder name, the reason as description): the
 * loader reports it properly when a workflow uses it.
 *
 * <p>File I/O: call it off the FX thread.
 */
public final class ActionScanner {

    private static final String ACTION_FILE = "action.yaml";
    private static final int MAX_DEPTH = 6;
    private static final Set<String> SKIPPED = Set.of("node_modules", "target", "build", "dist", "out", "venv",
            "__pycache__");

    /** Actions in the folder and below, sorted by name. */
    public List<PaletteItem.Action> scan(Path workspace) throws IOException {
        List<PaletteItem.Action> found = new ArrayList<>();
        if (!Files.isDirectory(workspace)) {
            return found;
        }
        Files.walkFileTree(workspace, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                if (!dir.equals(workspace) && (name.startsWith(".") || SKIPPED.contains(name))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (Files.isRegularFile(dir.resolve(ACTION_FILE))) {
                    found.add(read(dir));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // an unreadable folder is not an action
            }
        });
        found.sort(Comparator.comparing(PaletteItem.Action::name, String.CASE_INSENSITIVE_ORDER));
        return found;
    }

    static PaletteItem.Action read(Path folder) {
        String folderName = folder.getFileName() == null ? "action" : folder.getFileName().toString();
        Path file = folder.resolve(ACTION_FILE);
        try {
            WorkflowText text = WorkflowText.parse(file, Files.readString(file));
            String name = string(text, "name").orElse(folderName);
            String description = string(text, "description").orElse("");
            List<String> required = new ArrayList<>();
            if (text.node(List.of("inputs")).orElse(null) instanceof YamlNode.Mapping inputs) {
                for (YamlNode.Entry e : inputs.entries()) {
                    boolean hasDefault = e.value() instanceof YamlNode.Mapping spec && spec.get("default").isPresent();
                    if (!hasDefault) {
                        required.add(e.key().value());
                    }
                }
            }
            return new PaletteItem.Action(name, description, folder, required);
        } catch (IOException | InvalidDefinitionException e) {
            return new PaletteItem.Action(folderName, "action.yaml cannot be read: " + e.getMessage(), folder, List.of());
        }
    }

    private static java.util.Optional<String> string(WorkflowText text, String key) {
        return text.node(List.of(key)).filter(n -> n instanceof YamlNode.Scalar s && !s.isNull())
                .map(n -> ((YamlNode.Scalar) n).value());
    }
}
