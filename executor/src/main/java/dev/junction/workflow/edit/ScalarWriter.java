package dev.junction.workflow.edit;

import dev.junction.workflow.source.Problems;
import dev.junction.workflow.source.YamlNode;
import dev.junction.workflow.source.YamlSource;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes one scalar value as YAML text that reads back as the same value. A string is written plain only when
 * SnakeYAML reads the plain text back as that very string (so {@code yes}, {@code 1.0}, {@code {{ x }}},
 * {@code a: b} and {@code 2024-01-01} get quotes); otherwise quoted, or as a literal block when it has several
 * lines. Stateless and thread-safe.
 */
final class ScalarWriter {

    private static final Resolver RESOLVER = new Resolver();

    /**
     * A value in block context (after {@code key: } or {@code - }).
     *
     * @param preferred     the style the replaced scalar had, kept when it can represent the value
     * @param contentIndent the column of the lines of a literal block, should one be written
     * @param atEndOfText   the scalar ends the text without a final line break (a literal would lose its last
     *                      line break there)
     */
    String block(Object value, ScalarStyle preferred, int contentIndent, String lineBreak, boolean atEndOfText) {
        if (!(value instanceof String s)) {
            return nonString(value);
        }
        boolean multiLine = s.indexOf('\n') >= 0;
        boolean wantsBlock = multiLine || preferred == ScalarStyle.LITERAL || preferred == ScalarStyle.FOLDED;
        if (wantsBlock && preferred != ScalarStyle.DOUBLE_QUOTED && literalFits(s, atEndOfText)) {
            char indicator = preferred == ScalarStyle.FOLDED && !multiLine ? '>' : '|';
            return literal(s, indicator, contentIndent, lineBreak);
        }
        return switch (preferred) {
            case SINGLE_QUOTED -> singleQuotable(s) ? singleQuoted(s) : quoted(s);
            case DOUBLE_QUOTED -> doubleQuoted(s);
            default -> isPlain(s, false) ? s : quoted(s);
        };
    }

    /** A value inside {@code [..]} or {@code {..}}: never a block scalar. */
    String flow(Object value, ScalarStyle preferred) {
        if (!(value instanceof String s)) {
            return nonString(value);
        }
        return switch (preferred) {
            case SINGLE_QUOTED -> singleQuotable(s) ? singleQuoted(s) : quoted(s);
            case DOUBLE_QUOTED -> doubleQuoted(s);
            default -> isPlain(s, true) ? s : quoted(s);
        };
    }

    /** A mapping key: plain when it reads back as the same string, else quoted. */
    String key(String key, ScalarStyle preferred, boolean flow) {
        if (preferred == ScalarStyle.SINGLE_QUOTED && singleQuotable(key)) {
            return singleQuoted(key);
        }
        if (preferred == ScalarStyle.DOUBLE_QUOTED) {
            return doubleQuoted(key);
        }
        return isPlainKey(key, flow) ? key : quoted(key);
    }

    private static String nonString(Object value) {
        return switch (value) {
            case null -> "null";
            case Boolean b -> b.toString();
            case Integer i -> i.toString();
            case Long l -> l.toString();
            case Short sh -> sh.toString();
            case Byte b -> b.toString();
            case BigInteger i -> i.toString();
            case Double d -> floating(d);
            case Float f -> floating(f.doubleValue());
            case BigDecimal d -> resolves(d.toString(), Tag.FLOAT) || resolves(d.toString(), Tag.INT)
                    ? d.toString() : decimal(d);
            default -> throw new IllegalArgumentException("cannot write a " + value.getClass().getName()
                    + " to YAML; use a String, Number, Boolean, null, List or Map");
        };
    }

    private static String floating(double d) {
        if (Double.isNaN(d)) {
            return ".nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? ".inf" : "-.inf";
        }
        String text = Double.toString(d); // "1.5", "1.0E20": both resolve as float in SnakeYAML
        return resolves(text, Tag.FLOAT) ? text : decimal(BigDecimal.valueOf(d));
    }

    private static String decimal(BigDecimal d) {
        String plain = d.toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    /** Would {@code s} written plain read back as the string {@code s}? */
    static boolean isPlain(String s, boolean flow) {
        if (s.isEmpty() || !printableSingleLine(s) || s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' '
                || !resolves(s, Tag.STR)) {
            return false;
        }
        if (flow) { // followed by a blank, as in "[ a, b ]": "- " would start a list
            return readsBack("[" + s + "]", s, false) && readsBack("[ " + s + " ]", s, false)
                    && readsBack("{k: " + s + " }", s, false);
        }
        return readsBack("k: " + s, s, false) && readsBack("k: " + s + "  # c", s, false) && readsBack("- " + s, s, false);
    }

    static boolean isPlainKey(String s, boolean flow) {
        if (s.isEmpty() || !printableSingleLine(s) || s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' '
                || !resolves(s, Tag.STR)) {
            return false;
        }
        return flow ? readsBack("{" + s + ": v}", s, true) : readsBack(s + ": v", s, true);
    }

    private static boolean resolves(String s, Tag tag) {
        return tag.equals(RESOLVER.resolve(NodeId.scalar, s, true));
    }

    /** Parses a one-entry document and checks that its scalar (key or value) is the plain string {@code s}. */
    private static boolean readsBack(String document, String s, boolean asKey) {
        Optional<YamlNode> root = YamlSource.parse(null, document, new Problems());
        YamlNode scalar = switch (root.orElse(null)) {
            case YamlNode.Mapping m when m.entries().size() == 1 ->
                    asKey ? m.entries().getFirst().key() : m.entries().getFirst().value();
            case YamlNode.Sequence q when q.items().size() == 1 && !asKey -> q.items().getFirst();
            case null, default -> null;
        };
        return scalar instanceof YamlNode.Scalar sc && !sc.quoted()
                && sc.type() == YamlNode.ScalarType.STRING && sc.value().equals(s);
    }

    /** Double quotes, or single quotes when that spares escaping a {@code "} or {@code \}. */
    private static String quoted(String s) {
        boolean wouldEscape = s.indexOf('"') >= 0 || s.indexOf('\\') >= 0;
        return wouldEscape && singleQuotable(s) ? singleQuoted(s) : doubleQuoted(s);
    }

    private static boolean singleQuotable(String s) {
        return printableSingleLine(s);
    }

    private static String singleQuoted(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    static String doubleQuoted(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\0' -> out.append("\\0");
                case '\u0085' -> out.append("\\N");
                case '\u2028' -> out.append("\\L");
                case '\u2029' -> out.append("\\P");
                default -> {
                    if (Character.isSurrogate(c) && isPairedSurrogate(s, i)) {
                        out.append(c);
                    } else if (!isPrintable(c) || c == '\uFEFF' || Character.isSurrogate(c)) {
                        out.append(c <= 0xFF ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static boolean isPairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** A literal block keeps the text as is; it cannot hold a leading space or blank line (it would need an
     * indentation indicator), more than one trailing line break, or characters YAML does not print. */
    private static boolean literalFits(String s, boolean atEndOfText) {
        if (s.isEmpty() || s.charAt(0) == ' ' || s.charAt(0) == '\n' || s.endsWith("\n\n")
                || (atEndOfText && s.endsWith("\n"))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\n' && c != '\t' && (!isPrintable(c) || c == '\uFEFF' || c == '\u0085' || c == '\u2028'
                    || c == '\u2029' || (Character.isSurrogate(c) && !isPairedSurrogate(s, i)))) {
                return false;
            }
        }
        // a line of only spaces right before the end would be read as trailing blank, not content
        String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        return !body.substring(body.lastIndexOf('\n') + 1).isBlank();
    }

    private static String literal(String s, char indicator, int indent, String lineBreak) {
        String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        StringBuilder out = new StringBuilder().append(indicator).append(s.endsWith("\n") ? "" : "-");
        String pad = " ".repeat(indent);
        for (String line : body.split("\n", -1)) {
            out.append(lineBreak);
            if (!line.isEmpty()) {
                out.append(pad).append(line);
            }
        }
        return out.toString();
    }

    private static boolean printableSingleLine(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isPrintable(c) || c == '\t' || c == '\uFEFF' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                    || (Character.isSurrogate(c) && !isPairedSurrogate(s, i))) {
                return false;
            }
        }
        return true;
    }

    /** YAML's printable set, as SnakeYAML checks it (surrogates are judged by the caller). */
    private static boolean isPrintable(char c) {
        return c == '\t' || (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xFFFD);
    }
}
