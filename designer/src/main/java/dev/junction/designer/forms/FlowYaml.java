package dev.junction.designer.forms;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Writes a plain value as one line of YAML flow syntax: {@code [a, b]}, {@code {attempts: 3, delay: 10s}}. */
final class FlowYaml {

    /** Plain scalars YAML would read back as the same string (no indicators, not a number/bool/null word). */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_./$][A-Za-z0-9_./$ -]*");
    private static final Pattern RESERVED = Pattern.compile(
            "(?i)true|false|yes|no|on|off|y|n|null|~|[-+]?(\\.inf|\\.nan)|[-+]?[0-9][0-9_]*(\\.[0-9]*)?([eE][-+]?[0-9]+)?");

    private FlowYaml() {}

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        switch (value) {
            case null -> out.append("null");
            case String s -> out.append(scalar(s));
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "" : ", ");
                    write(list.get(i), out);
                }
                out.append(']');
            }
            case Map<?, ?> map -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    out.append(first ? "" : ", ").append(scalar(String.valueOf(e.getKey()))).append(": ");
                    write(e.getValue(), out);
                    first = false;
                }
                out.append('}');
            }
            default -> out.append(value);
        }
    }

    private static String scalar(String s) {
        if (PLAIN.matcher(s).matches() && !RESERVED.matcher(s).matches() && !s.endsWith(" ")) {
            return s;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
