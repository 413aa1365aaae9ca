package dev.junction.workflow.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns positioned YAML nodes into plain values: Java objects for templates, Jackson trees for schemas. */
public final class YamlValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private YamlValues() {}

    /** Strings, Longs/BigIntegers, Doubles, Booleans, null, {@code List} and {@code LinkedHashMap}. */
    public static Object toJava(YamlNode node) {
        return switch (node) {
            case YamlNode.Scalar s -> scalarValue(s);
            case YamlNode.Sequence s -> {
                List<Object> list = new ArrayList<>();
                s.items().forEach(i -> list.add(toJava(i)));
                yield list;
            }
            case YamlNode.Mapping m -> {
                Map<String, Object> map = new LinkedHashMap<>();
                m.entries().forEach(e -> map.put(e.key().value(), toJava(e.value())));
                yield map;
            }
        };
    }

    public static JsonNode toJson(YamlNode node) {
        return switch (node) {
            case YamlNode.Scalar s -> switch (scalarValue(s)) {
                case null -> JSON.nullNode();
                case Boolean b -> JSON.booleanNode(b);
                case Long l -> JSON.numberNode(l);
                case BigInteger i -> JSON.numberNode(i);
                case Double d -> JSON.numberNode(d);
                case BigDecimal d -> JSON.numberNode(d);
                case Object o -> JSON.textNode(o.toString());
            };
            case YamlNode.Sequence s -> {
                ArrayNode array = JSON.arrayNode();
                s.items().forEach(i -> array.add(toJson(i)));
                yield array;
            }
            case YamlNode.Mapping m -> {
                ObjectNode object = JSON.objectNode();
                m.entries().forEach(e -> object.set(e.key().value(), toJson(e.value())));
                yield object;
            }
        };
    }

    /** The typed value of a scalar under YAML 1.1 core resolution (as SnakeYAML resolved its tag). */
    public static Object scalarValue(YamlNode.Scalar s) {
        String v = s.value();
        return switch (s.type()) {
            case NULL -> null;
            case BOOLEAN -> switch (v.toLowerCase()) {
                case "true", "yes", "on", "y" -> true;
                default -> false;
            };
            case INTEGER -> parseInteger(v);
            case FLOAT -> parseFloat(v);
            case STRING -> v;
        };
    }

    private static Object parseInteger(String v) {
        String clean = v.replace("_", "");
        try {
            BigInteger big;
            if (clean.startsWith("0x") || clean.startsWith("-0x")) {
                big = new BigInteger(clean.replaceFirst("0x", ""), 16);
            } else if (clean.startsWith("0o")) {
                big = new BigInteger(clean.substring(2), 8);
            } else {
                big = new BigInteger(clean);
            }
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        } catch (NumberFormatException e) {
            return v;
        }
    }

    private static Object parseFloat(String v) {
        String clean = v.replace("_", "").toLowerCase();
        return switch (clean) {
            case ".nan" -> Double.NaN;
            case ".inf", "+.inf" -> Double.POSITIVE_INFINITY;
            case "-.inf" -> Double.NEGATIVE_INFINITY;
            default -> {
                try {
                    yield Double.parseDouble(clean);
                } catch (NumberFormatException e) {
                    yield v;
                }
            }
        };
    }
}
