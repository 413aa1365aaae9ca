package dev.junction.designer.palette;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** Something the palette offers to drop on a canvas: a step kind, or an action found in the workspace. */
public sealed interface PaletteItem {

    String label();

    String description();

    Ikon icon();

    /** The base of a new step's id ({@code step} for kinds, the action's folder name for actions). */
    String idBase();

    /**
     * The fields of a new step made from this item.
     *
     * @param workflowFile the workflow the step goes into: {@code uses:} paths are relative to its folder
     */
    Map<String, Object> stepFields(Path workflowFile);

    /** A built-in step kind. */
    record Kind(StepKindInfo kind) implements PaletteItem {
        public Kind {
            Objects.requireNonNull(kind);
        }

        @Override
        public String label() {
            return kind.label();
        }

        @Override
        public String description() {
            return kind.description();
        }

        @Override
        public Ikon icon() {
            return kind.icon();
        }

        @Override
        public String idBase() {
            return "step";
        }

        @Override
        public Map<String, Object> stepFields(Path workflowFile) {
            return kind.defaults();
        }
    }

    /**
     * An action: a folder with an {@code action.yaml}, in the workspace or in a configured action library.
     *
     * @param requiredInputs inputs without a default; a new step lists them under {@code with:} to fill in
     * @param gitUses        for an action of a git library, its {@code <git-url>//<path>@<ref>}; else null
     */
    record Action(String name, String description, Path folder, List<String> requiredInputs, String gitUses)
            implements PaletteItem {
        public Action {
            Objects.requireNonNull(name);
            description = description == null ? "" : description;
            folder = folder.toAbsolutePath().normalize();
            requiredInputs = List.copyOf(requiredInputs);
        }

        /** An action in a folder of the workspace. */
        public Action(String name, String description, Path folder, List<String> requiredInputs) {
            this(name, description, folder, requiredInputs, null);
        }

        /** The same action, offered from a git library under {@code uses}. */
        public Action fromLibrary(String uses) {
            return new Action(name, description, folder, requiredInputs, uses);
        }

        @Override
        public String label() {
            return name;
        }

        @Override
        public Ikon icon() {
            return Feather.PACKAGE;
        }

        @Override
        public String idBase() {
            String base = folder.getFileName() == null ? "action" : folder.getFileName().toString();
            return base.matches("[A-Za-z0-9_][A-Za-z0-9_-]*") ? base : "action";
        }

        @Override
        public Map<String, Object> stepFields(Path workflowFile) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("uses", reference(workflowFile));
            if (!requiredInputs.isEmpty()) {
                Map<String, Object> with = new LinkedHashMap<>();
                requiredInputs.forEach(i -> with.put(i, ""));
                fields.put("with", with);
            }
            return fields;
        }

        /**
         * {@code ./actions/greet}: the folder relative to the workflow's folder, with forward slashes; or the git
         * reference of a library action.
         */
        public String reference(Path workflowFile) {
            if (gitUses != null) {
                return gitUses;
            }
            Path base = workflowFile.toAbsolutePath().normalize().getParent();
            if (base == null || !Objects.equals(base.getRoot(), folder.getRoot())) {
                return folder.toString().replace('\\', '/');
            }
            String relative = base.relativize(folder).toString().replace('\\', '/');
            return relative.startsWith("../") || relative.equals("..") ? relative : "./" + relative;
        }
    }
}
