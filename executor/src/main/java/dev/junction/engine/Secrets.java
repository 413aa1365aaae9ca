package dev.junction.engine;

import dev.junction.workflow.source.Location;
import dev.junction.workflow.source.Problems;
import dev.junction.workflow.source.YamlNode;
import dev.junction.workflow.source.YamlSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Secret values for templates ({@code {{ secrets.NAME }}}), from environment variables named
 * {@code JUNCTION_SECRET_<NAME>} and from YAML files of {@code NAME: value} lines (later sources win).
 * Never logged, never stored: the engine masks every secret value in everything it emits.
 */
public record Secrets(Map<String, String> values, List<String> warnings) {

    public static final String ENV_PREFIX = "JUNCTION_SECRET_";

    public Secrets {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        warnings = List.copyOf(warnings);
    }

    public static Secrets none() {
        return new Secrets(Map.of(), List.of());
    }

    /**
     * @param files secrets files; missing ones are skipped
     * @param env   the environment to read {@code JUNCTION_SECRET_*} from
     * @throws IllegalArgumentException when a file is not a map of names to text values (message has file:line)
     */
    public static Secrets load(List<Path> files, Map<String, String> env) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> warnings = new java.util.ArrayList<>();
        env.forEach((k, v) -> {
            if (k.startsWith(ENV_PREFIX) && k.length() > ENV_PREFIX.length()) {
                values.put(k.substring(ENV_PREFIX.length()), v);
            }
        });
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            readFile(file, values);
            openPermissions(file).ifPresent(warnings::add);
        }
        return new Secrets(values, warnings);
    }

    private static void readFile(Path file, Map<String, String> values) {
        Problems problems = new Problems();
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read secrets file " + file + ": " + e.getMessage(), e);
        }
        var root = YamlSource.parse(file, text, problems);
        if (root.isPresent() && root.get() instanceof YamlNode.Mapping m) {
            for (YamlNode.Entry e : m.entries()) {
                if (e.value() instanceof YamlNode.Scalar s && !s.isNull()) {
                    values.put(e.key().value(), s.value());
                } else {
                    problems.error(e.value(), "secret '" + e.key().value() + "' must be a single text value", "");
                }
            }
        } else if (root.isPresent()) {
            problems.error(Location.start(file), "a secrets file must be a map of NAME: value lines", "");
        }
        if (problems.hasErrors()) {
            throw new IllegalArgumentException(problems.sorted().getFirst().format());
        }
    }

    private static java.util.Optional<String> openPermissions(Path file) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ)) {
                return java.util.Optional.of("secrets file " + file + " is readable by other users; run: chmod 600 " + file);
            }
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system (Windows): ACLs are the user's business
        }
        return java.util.Optional.empty();
    }
}
