package dev.junction.designer.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits YAML text into coloured tokens, line by line, carrying a small state across lines (inside a block
 * scalar, a multi-line quoted string, a flow collection). It is a highlighter, not a parser: it never fails,
 * so half-typed text keeps its colours; the document's real parser (SnakeYAML) decides what is valid.
 *
 * <p>Lines are split at {@code \n}; a {@code \r} before it belongs to no token. Thread-safe (stateless).
 */
public final class YamlLexer {

    /** A token within one line: columns {@code [start, end)}. */
    public record Token(int start, int end, YamlToken type) {}

    /**
     * One line: its length (without the line break), its tokens in column order, and the state the next line
     * starts in. Two equal lines at the same place mean everything after them lexes the same too.
     */
    public record Line(int length, List<Token> tokens, State next) {
        public Line {
            tokens = List.copyOf(tokens);
        }
    }

    /** The state at a line's start. {@code blockParent < 0}: not in a block scalar. */
    public record State(int blockParent, int blockIndent, char quote, int flowDepth) {
        static final State START = new State(-1, -1, (char) 0, 0);

        boolean inBlock() {
            return blockParent >= 0;
        }
    }

    private static final Pattern NUMBER = Pattern.compile(
            "[-+]?(0|[1-9][0-9_]*)(\\.[0-9_]*)?([eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+([eE][-+]?[0-9]+)?"
                    + "|0x[0-9a-fA-F_]+|0o?[0-7_]+|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
    private static final Pattern CONSTANT = Pattern.compile(
            "true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|null|Null|NULL|~");

    private YamlLexer() {}

    /** Every line of {@code text} with its tokens, in order. */
    public static List<Line> lex(String text) {
        return lex(text, Integer.MAX_VALUE);
    }

    /** The first {@code maxLines} lines (lexing only looks back, so they are as in the whole text's result). */
    public static List<Line> lex(String text, int maxLines) {
        List<Line> lines = new ArrayList<>();
        State state = State.START;
        int start = 0;
        while (true) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (end > start && text.charAt(end - 1) == '\r') {
                end--;
            }
            LineLexer line = new LineLexer(text, start, end, state);
            List<Token> tokens = line.run();
            state = line.state;
            lines.add(new Line(end - start, tokens, state));
            if (nl < 0 || lines.size() >= maxLines) {
                return lines;
            }
            start = nl + 1;
        }
    }

    /** Lexes one line; {@link #state} is the state at the next line's start afterwards. */
    private static final class LineLexer {
        private final String text;
        private final int from;
        private final int to;
        private final List<Token> tokens = new ArrayList<>();
        State state;
        private int keyColumn = -1;
        private YamlToken previous;

        LineLexer(String text, int from, int to, State state) {
            this.text = text;
            this.from = from;
            this.to = to;
            this.state = state;
        }

        private char at(int column) {
            return text.charAt(from + column);
        }

        private int length() {
            return to - from;
        }

        private boolean white(int column) {
            return column >= length() || at(column) == ' ' || at(column) == '\t';
        }

        List<Token> run() {
            int indent = 0;
            while (indent < length() && at(indent) == ' ') {
                indent++;
            }
            if (state.inBlock()) {
                boolean blank = indent == length();
                int contentIndent = state.blockIndent();
                if (!blank && contentIndent < 0 && indent > state.blockParent()) {
                    contentIndent = indent;
                    state = new State(state.blockParent(), indent, (char) 0, 0);
                }
                if (blank || contentIndent >= 0 && indent >= contentIndent) {
                    if (!blank) {
                        addWithTemplates(indent, length(), YamlToken.BLOCK);
                    }
                    return tokens;
                }
                state = State.START;
            }
            int i = 0;
            if (state.quote() != 0) {
                i = quoted(0, state.quote());
                if (state.quote() != 0) {
                    return tokens;
                }
            }
            scan(i, indent);
            return tokens;
        }

        private void scan(int start, int indent) {
            int i = start;
            int flow = state.flowDepth();
            int pendingBlockParent = -1;
            int pendingBlockIndent = -1;
            while (i < length()) {
                char c = at(i);
                if (c == ' ' || c == '\t') {
                    i++;
                } else if (c == '#' && (i == 0 || white(i - 1))) {
                    add(i, length(), YamlToken.COMMENT);
                    i = length();
                } else if (i == 0 && flow == 0 && length() >= 3 && (text.startsWith("---", from) || text.startsWith("...", from))
                        && white(3)) {
                    add(0, 3, YamlToken.DOCUMENT);
                    i = 3;
                } else if ((c == '-' || c == '?') && flow == 0 && white(i + 1)) {
                    add(i, i + 1, YamlToken.PUNCTUATION);
                    i++;
                } else if (c == '[' || c == '{') {
                    flow++;
                    add(i, i + 1, YamlToken.PUNCTUATION);
                    i++;
                } else if (c == ']' || c == '}') {
                    flow = Math.max(0, flow - 1);
                    add(i, i + 1, YamlToken.PUNCTUATION);
                    i++;
                } else if (c == ',' && flow > 0) {
                    add(i, i + 1, YamlToken.PUNCTUATION);
                    i++;
                } else if (c == ':' && (white(i + 1) || flow > 0 && ",[]{}".indexOf(at(i + 1)) >= 0)) {
                    add(i, i + 1, YamlToken.PUNCTUATION);
                    i++;
                } else if (c == '&' || c == '*' || c == '!') {
                    int end = i + 1;
                    while (end < length() && !white(end) && ",[]{}".indexOf(at(end)) < 0) {
                        end++;
                    }
                    add(i, end, YamlToken.ANCHOR);
                    i = end;
                } else if ((c == '|' || c == '>') && flow == 0 && valuePosition()) {
                    int end = i + 1;
                    int explicit = -1;
                    while (end < length() && "+-0123456789".indexOf(at(end)) >= 0) {
                        if (Character.isDigit(at(end))) {
                            explicit = at(end) - '0';
                        }
                        end++;
                    }
                    add(i, end, YamlToken.PUNCTUATION);
                    pendingBlockParent = keyColumn >= 0 ? keyColumn : indent;
                    pendingBlockIndent = explicit > 0 ? indent + explicit : -1;
                    i = end;
                } else if (c == '"' || c == '\'') {
                    state = new State(-1, -1, (char) 0, flow);
                    int tokenIndex = tokens.size();
                    i = quoted(i, c);
                    if (state.quote() != 0) {
                        return; // continues on the next line
                    }
                    int after = skipSpaces(i);
                    if (after < length() && at(after) == ':' && (white(after + 1) || flow > 0)) {
                        retypeAsKey(tokenIndex);
                    }
                } else {
                    i = plain(i, flow);
                }
            }
            state = pendingBlockParent >= 0
                    ? new State(pendingBlockParent, pendingBlockIndent, (char) 0, 0)
                    : new State(-1, -1, (char) 0, flow);
        }

        /** After "key:", "- " or at the start of a line: where a block scalar header may stand. */
        private boolean valuePosition() {
            return previous == null || previous == YamlToken.PUNCTUATION || previous == YamlToken.ANCHOR;
        }

        /** A quoted scalar from {@code start} (the quote, or 0 when continuing); returns the column after it. */
        private int quoted(int start, char quote) {
            int i = state.quote() != 0 ? start : start + 1;
            while (i < length()) {
                char c = at(i);
                if (quote == '"' && c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == quote) {
                    if (quote == '\'' && i + 1 < length() && at(i + 1) == '\'') {
                        i += 2; // '' is an escaped quote
                        continue;
                    }
                    addWithTemplates(start, i + 1, YamlToken.STRING);
                    state = new State(-1, -1, (char) 0, state.flowDepth());
                    return i + 1;
                }
                i++;
            }
            addWithTemplates(start, length(), YamlToken.STRING);
            state = new State(-1, -1, quote, state.flowDepth());
            return length();
        }

        /** A plain scalar: a key when a ": " follows, else a string, number or constant. */
        private int plain(int start, int flow) {
            int i = start;
            while (i < length()) {
                char c = at(i);
                if (c == ':' && (white(i + 1) || flow > 0 && ",[]{}".indexOf(at(i + 1)) >= 0)) {
                    break;
                }
                if (c == '#' && white(i - 1)) {
                    break;
                }
                if (flow > 0 && ",[]{}".indexOf(c) >= 0) {
                    break;
                }
                i++;
            }
            int end = i;
            while (end > start && white(end - 1)) {
                end--;
            }
            if (i < length() && at(i) == ':') {
                if (keyColumn < 0) {
                    keyColumn = start;
                }
                addWithTemplates(start, end, YamlToken.KEY);
            } else {
                String word = text.substring(from + start, from + end);
                if (NUMBER.matcher(word).matches()) {
                    add(start, end, YamlToken.NUMBER);
                } else if (CONSTANT.matcher(word).matches()) {
                    add(start, end, YamlToken.CONSTANT);
                } else {
                    addWithTemplates(start, end, YamlToken.STRING);
                }
            }
            return i == start ? i + 1 : i;
        }

        private int skipSpaces(int i) {
            while (i < length() && (at(i) == ' ' || at(i) == '\t')) {
                i++;
            }
            return i;
        }

        private void retypeAsKey(int fromIndex) {
            for (int k = fromIndex; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if (t.type() == YamlToken.STRING) {
                    tokens.set(k, new Token(t.start(), t.end(), YamlToken.KEY));
                }
            }
            if (keyColumn < 0 && fromIndex < tokens.size()) {
                keyColumn = tokens.get(fromIndex).start();
            }
            previous = YamlToken.KEY;
        }

        /** Adds a token, cut where {@code {{ … }}} or {@code {% … %}} templates sit inside it. */
        private void addWithTemplates(int start, int end, YamlToken type) {
            int i = start;
            while (i < end) {
                int open = indexOfTemplate(i, end);
                if (open < 0) {
                    add(i, end, type);
                    return;
                }
                String close = at(open + 1) == '{' ? "}}" : "%}";
                int closeAt = text.indexOf(close, from + open + 2);
                int stop = closeAt < 0 || closeAt - from + 2 > end ? end : closeAt - from + 2;
                add(i, open, type);
                add(open, stop, YamlToken.TEMPLATE);
                previous = type;
                i = stop;
            }
        }

        private int indexOfTemplate(int start, int end) {
            for (int i = start; i + 1 < end; i++) {
                if (at(i) == '{' && (at(i + 1) == '{' || at(i + 1) == '%')) {
                    return i;
                }
            }
            return -1;
        }

        private void add(int start, int end, YamlToken type) {
            if (end > start) {
                tokens.add(new Token(start, end, type));
                previous = type;
            }
        }
    }
}
