package dev.junction.engine;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces every secret value with {@code ***} in text that leaves the engine (log lines, outputs, errors,
 * inputs). Longer secrets are replaced first so one secret containing another is fully hidden. Values
 * shorter than 3 characters are not masked: they would turn ordinary text into noise. Immutable.
 */
public final class SecretMasker {

    public static final String MASK = "***";
    private static final int MIN_LENGTH = 3;

    private final List<String> secrets;

    public SecretMasker(Collection<String> values) {
        this.secrets = values.stream()
                .filter(v -> v != null && v.length() >= MIN_LENGTH)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    public static SecretMasker none() {
        return new SecretMasker(List.of());
    }

    public SecretMasker with(Collection<String> more) {
        List<String> all = new java.util.ArrayList<>(secrets);
        all.addAll(more);
        return new SecretMasker(all);
    }

    public String mask(String text) {
        if (text == null || secrets.isEmpty()) {
            return text;
        }
        String result = text;
        for (String secret : secrets) {
            if (result.contains(secret)) {
                result = result.replace(secret, MASK);
            }
        }
        return result;
    }

    /** Masks strings inside maps and lists (outputs, inputs), keeping structure and order. */
    public Object maskValue(Object value) {
        if (secrets.isEmpty()) {
            return value;
        }
        return switch (value) {
            case String s -> mask(s);
            case Map<?, ?> m -> {
                Map<String, Object> out = new LinkedHashMap<>();
                m.forEach((k, v) -> out.put(String.valueOf(k), maskValue(v)));
                yield out;
            }
            case List<?> l -> l.stream().map(this::maskValue).toList();
            case null, default -> value;
        };
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> maskMap(Map<String, Object> map) {
        return (Map<String, Object>) maskValue(map);
    }
}
