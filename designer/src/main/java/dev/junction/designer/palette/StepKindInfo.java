package dev.junction.designer.palette;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * How the designer presents each built-in step kind: label, icon, a short description, and the fields a new step
 * of the kind starts with (valid as they are, so a dropped step runs before it is edited).
 */
public enum StepKindInfo {
    RUN("run", "Run", Feather.TERMINAL, "Run a shell command", Map.of("run", "echo hello")),
    SCRIPT("script", "Script", Feather.CODE, "Run a Python, Node, Bash … script",
            ordered("script", ordered("language", "python", "code", "print(\"hello\")\n"))),
    HTTP("http", "HTTP request", Feather.GLOBE, "Call a URL and check the answer",
            ordered("http", ordered("method", "GET", "url", "https://example.com"))),
    USES("uses", "Action", Feather.PACKAGE, "Use a reusable action (a folder with action.yaml)",
            Map.of("uses", "./actions/my-action")),
    LOG("log", "Log", Feather.MESSAGE_SQUARE, "Write a message to the run's log", Map.of("log", "hello")),
    NOOP("noop", "No-op", Feather.GIT_MERGE, "Do nothing: a join point for dependencies", Map.of("noop", Map.of()));

    private final String key;
    private final String label;
    private final Ikon icon;
    private final String description;
    private final Map<String, Object> defaults;

    StepKindInfo(String key, String label, Ikon icon, String description, Map<String, Object> defaults) {
        this.key = key;
        this.label = label;
        this.icon = icon;
        this.description = description;
        this.defaults = defaults;
    }

    /** The YAML key of the kind. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Ikon icon() {
        return icon;
    }

    public String description() {
        return description;
    }

    /** The fields of a new step of this kind, in the order they are written. */
    public Map<String, Object> defaults() {
        return defaults;
    }

    public static Optional<StepKindInfo> of(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    /** The icon for a kind key; a neutral one for kinds the designer does not know yet. */
    public static Ikon iconOf(String key) {
        return of(key).map(StepKindInfo::icon).orElse(Feather.HELP_CIRCLE);
    }

    public static List<StepKindInfo> all() {
        return List.of(values());
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
