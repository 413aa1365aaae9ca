package dev.junction.expr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the variables a template reads, without running it: each {@code {{ … }}} and {@code {% … %}}
 * region is tokenized and every root variable is returned with the chain of attributes read from it
 * ({@code steps.build.outputs.version} → [steps, build, outputs, version]; {@code steps['a-b']} works too).
 * Filters, functions, tests, keywords, string literals and loop/set variables are not references.
 *
 * <p>Static and conservative: it exists so that loading can report an unknown step, output or input with
 * its place in the file; strict rendering still catches anything dynamic at run time.
 */
public final class TemplateReferences {

    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "is", "in", "true", "false", "null",
            "none", "if", "else", "elseif", "endif", "for", "endfor", "set", "as", "with", "endwith", "contains",
            "equals", "verbatim", "endverbatim", "filter", "endfilter", "autoescape", "endautoescape", "macro",
            "endmacro", "block", "endblock", "only", "import", "from", "include", "extends", "parallel", "endparallel",
            "cache", "endcache", "embed", "endembed", "flush", "TRUE", "FALSE", "True", "False", "NULL", "None");

    private TemplateReferences() {}

    /** A variable read: {@code path.get(0)} is the root; {@code offset} is where it starts in the template. */
    public record Reference(List<String> path, int offset, boolean dashFollows) {
        public Reference {
            path = List.copyOf(path);
        }

        public String root() {
            return path.getFirst();
        }

        public String text() {
            return String.join(".", path);
        }
    }

    public static List<Reference> find(String template) {
        List<Reference> refs = new ArrayList<>();
        Set<String> locals = new HashSet<>();
        int i = 0;
        while (true) {
            int print = template.indexOf("{{", i);
            int tag = template.indexOf("{%", i);
            if (print < 0 && tag < 0) {
                break;
            }
            boolean isTag = print < 0 || (tag >= 0 && tag < print);
            int start = (isTag ? tag : print) + 2;
            int end = template.indexOf(isTag ? "%}" : "}}", start);
            if (end < 0) {
                end = template.length();
            }
            scan(template, start, end, isTag, locals, refs);
            i = Math.min(template.length(), end + 2);
            if (end >= template.length()) {
                break;
            }
        }
        return refs;
    }

    private record Token(String text, int offset, Kind kind) {
        enum Kind { IDENT, STRING, NUMBER, PUNCT }
    }

    private static void scan(String s, int from, int to, boolean isTag, Set<String> locals, List<Reference> refs) {
        List<Token> tokens = tokenize(s, from, to);
        if (isTag && !tokens.isEmpty()) {
            String first = tokens.getFirst().text();
            if (first.equals("for")) {
                // {% for a, b in expr %}: the names before 'in' are locals
                for (int k = 1; k < tokens.size() && !tokens.get(k).text().equals("in"); k++) {
                    if (tokens.get(k).kind() == Token.Kind.IDENT) {
                        locals.add(tokens.get(k).text());
                    }
                }
                locals.add("loop");
            } else if (first.equals("set") && tokens.size() > 1) {
                locals.add(tokens.get(1).text());
                tokens = tokens.subList(2, tokens.size());
            } else if (first.equals("macro")) {
                return;
            }
        }
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.kind() != Token.Kind.IDENT || KEYWORDS.contains(t.text()) || locals.contains(t.text())) {
                continue;
            }
            String prev = k > 0 ? tokens.get(k - 1).text() : "";
            String prev2 = k > 1 ? tokens.get(k - 2).text() : "";
            String next = k + 1 < tokens.size() ? tokens.get(k + 1).text() : "";
            if (prev.equals(".") || prev.equals("|") || next.equals("(") || prev.equals("is")
                    || (prev.equals("not") && prev2.equals("is"))) {
                continue;
            }
            if (isTag && k == 0) {
                continue; // the tag name itself (if, for, set …) is a keyword or a custom tag
            }
            List<String> path = new ArrayList<>();
            path.add(t.text());
            int j = k + 1;
            while (j < tokens.size()) {
                Token a = tokens.get(j);
                if (a.text().equals(".") && j + 1 < tokens.size() && tokens.get(j + 1).kind() != Token.Kind.PUNCT) {
                    path.add(tokens.get(j + 1).text());
                    j += 2;
                } else if (a.text().equals("[") && j + 2 < tokens.size() && tokens.get(j + 2).text().equals("]")
                        && (tokens.get(j + 1).kind() == Token.Kind.STRING || tokens.get(j + 1).kind() == Token.Kind.NUMBER)) {
                    path.add(tokens.get(j + 1).text());
                    j += 3;
                } else {
                    break;
                }
            }
            boolean dash = j < tokens.size() && tokens.get(j).text().equals("-");
            refs.add(new Reference(path, t.offset(), dash));
            k = j - 1;
        }
    }

    private static List<Token> tokenize(String s, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"') {
                int j = i + 1;
                StringBuilder value = new StringBuilder();
                while (j < to && s.charAt(j) != c) {
                    if (s.charAt(j) == '\\' && j + 1 < to) {
                        j++;
                    }
                    value.append(s.charAt(j));
                    j++;
                }
                tokens.add(new Token(value.toString(), i, Token.Kind.STRING));
                i = j + 1;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < to && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.' && j + 1 < to
                        && Character.isDigit(s.charAt(j + 1)))) {
                    j++;
                }
                tokens.add(new Token(s.substring(i, j), i, Token.Kind.NUMBER));
                i = j;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < to && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                    j++;
                }
                tokens.add(new Token(s.substring(i, j), i, Token.Kind.IDENT));
                i = j;
            } else {
                tokens.add(new Token(String.valueOf(c), i, Token.Kind.PUNCT));
                i++;
            }
        }
        return tokens;
    }
}
