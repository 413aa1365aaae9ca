package dev.junction.workflow.edit;

import dev.junction.workflow.source.YamlNode;
import dev.junction.workflow.source.YamlValues;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The values an edit accepts, and comparing them with what the text reads back as. */
final class Values {

    private Values() {}

    /**
     * A checked copy: Strings, Booleans, null, Integer/Long/Short/Byte/BigInteger/Float/Double/BigDecimal,
     * Lists (any Collection, in iteration order) and Maps with String keys (in iteration order).
     *
     * @throws IllegalArgumentException for anything else, naming the offending type
     */
    static Object canonical(Object value) {
        return switch (value) {
            case null -> null;
            case String s -> s;
            case Boolean b -> b;
            case Integer n -> n;
            case Long n -> n;
            case Short n -> n;
            case Byte n -> n;
            case BigInteger n -> n;
            case Float n -> n;
            case Double n -> n;
            case BigDecimal n -> n;
            case Map<?, ?> map -> {
                Map<String, Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> {
                    if (!(k instanceof String key)) {
                        throw new IllegalArgumentException("map keys must be strings, not " + k);
                    }
                    copy.put(key, canonical(v));
                });
                yield copy;
            }
            case Collection<?> list -> {
                List<Object> copy = new ArrayList<>();
                list.forEach(v -> copy.add(canonical(v)));
                yield copy;
            }
            default -> throw new IllegalArgumentException("cannot write a " + value.getClass().getName()
                    + " to YAML; use a String, Number, Boolean, null, List or Map");
        };
    }

    /** Does the node read back as {@code value}? Numbers compare by value, maps by entries in order. */
    static boolean same(YamlNode node, Object value) {
        return same(YamlValues.toJava(node), value);
    }

    static boolean same(Object a, Object b) {
        return switch (a) {
            case null -> b == null;
            case Number n when b instanceof Number m -> sameNumber(n, m);
            case Map<?, ?> x when b instanceof Map<?, ?> y -> sameMap(x, y);
            case List<?> x when b instanceof List<?> y -> sameList(x, y);
            default -> a.equals(b);
        };
    }

    private static boolean sameNumber(Number a, Number b) {
        BigDecimal x = decimal(a);
        BigDecimal y = decimal(b);
        if (x == null || y == null) {
            return Double.compare(a.doubleValue(), b.doubleValue()) == 0;
        }
        return x.compareTo(y) == 0;
    }

    private static BigDecimal decimal(Number n) {
        return switch (n) {
            case BigDecimal d -> d;
            case BigInteger i -> new BigDecimal(i);
            case Double d -> Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
            case Float f -> Float.isFinite(f) ? BigDecimal.valueOf(f.doubleValue()) : null;
            default -> BigDecimal.valueOf(n.longValue());
        };
    }

    private static boolean sameList(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!same(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameMap(Map<?, ?> a, Map<?, ?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        Iterator<? extends Map.Entry<?, ?>> x = a.entrySet().iterator();
        Iterator<? extends Map.Entry<?, ?>> y = b.entrySet().iterator();
        while (x.hasNext()) {
            Map.Entry<?, ?> ex = x.next();
            Map.Entry<?, ?> ey = y.next();
            if (!ex.getKey().equals(ey.getKey()) || !same(ex.getValue(), ey.getValue())) {
                return false;
            }
        }
        return true;
    }
}
