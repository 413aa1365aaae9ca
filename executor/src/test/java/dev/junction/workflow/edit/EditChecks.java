package dev.junction.workflow.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.workflow.source.YamlValues;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** Fixtures and the checks every edit must pass, shared by the edit tests. */
final class EditChecks {

    /** A fixture as stored, and the same text with other line endings. */
    enum Variant {
        LF, CRLF, NO_FINAL_NEWLINE, CRLF_NO_FINAL_NEWLINE;

        String of(String lf) {
            String text = this == CRLF || this == CRLF_NO_FINAL_NEWLINE ? lf.replace("\n", "\r\n") : lf;
            if (this == NO_FINAL_NEWLINE || this == CRLF_NO_FINAL_NEWLINE) {
                while (text.endsWith("\n") || text.endsWith("\r")) {
                    text = text.substring(0, text.length() - 1);
                }
            }
            return text;
        }
    }

    private EditChecks() {}

    static String fixture(String name) {
        try (InputStream in = EditChecks.class.getResourceAsStream("/edit/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The checks every edit passes: the edits produce the new text, the new text parses on its own, the undo
     * edits restore the old text exactly, and the line break style is unchanged.
     */
    static WorkflowText checked(WorkflowEdit edit) {
        String before = edit.before().text();
        String after = edit.after().text();
        assertThat(TextEdit.apply(before, edit.edits())).isEqualTo(after);
        assertThat(WorkflowText.parse(after).text()).isEqualTo(after);
        assertThat(TextEdit.apply(after, edit.undoEdits())).isEqualTo(before);
        if (before.contains("\r\n")) {
            assertThat(after.replace("\r\n", "")).as("no bare \\n in a CRLF file").doesNotContain("\n");
        }
        if (!before.isEmpty() && !before.endsWith("\n") && after.endsWith("\n")) {
            // allowed only where the file now ends with a block scalar that needs its line break
            String unterminated = after.substring(0, after.length() - (after.endsWith("\r\n") ? 2 : 1));
            assertThat(tree(unterminated)).as("a file without final newline keeps it that way:\n%s", after)
                    .isNotEqualTo(tree(after));
        }
        if (before.endsWith("\n")) {
            assertThat(after).endsWith("\n");
        }
        return edit.after();
    }

    private static Object tree(String text) {
        return WorkflowText.parse(text).root().map(YamlValues::toJava).orElse(null);
    }

    /** Lines split at any line break, the breaks kept: so CR and LF differences show. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /** 0-based line index of the first line that starts with {@code start}. */
    static int lineOf(String text, String start) {
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no line '" + start + "' in\n" + text);
    }

    /**
     * The lines of a step: from its key to its last line indented deeper than the key (content or comment),
     * before the next non-blank line indented no deeper. Computed here independently of the editor.
     */
    static int[] stepLines(String text, String id) {
        List<String> lines = lines(text);
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).stripTrailing().matches(" +" + java.util.regex.Pattern.quote(id) + ":.*")) {
                first = i;
                break;
            }
        }
        assertThat(first).as("step %s in\n%s", id, text).isGreaterThanOrEqualTo(0);
        int indent = indent(lines.get(first));
        int last = first;
        for (int i = first + 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            if (indent(lines.get(i)) <= indent) {
                break;
            }
            last = i;
        }
        return new int[] {first, last};
    }

    /** Lines before {@code first} and after {@code last} of {@code before} are the first and last lines of {@code after}. */
    static void assertOnlyLinesChanged(String before, String after, int first, int last) {
        List<String> old = lines(before);
        List<String> now = lines(after);
        assertThat(now.subList(0, first)).as("lines before %d in\n%s", first, after).isEqualTo(old.subList(0, first));
        int suffix = old.size() - last - 1;
        assertThat(now.size()).isGreaterThanOrEqualTo(first + suffix);
        assertThat(now.subList(now.size() - suffix, now.size())).as("lines after %d in\n%s", last, after)
                .isEqualTo(old.subList(last + 1, old.size()));
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /**
     * Every line of {@code before} not excluded appears in {@code after}, byte for byte and in the same order,
     * and {@code after} has at most {@code added} lines more than those.
     */
    static void assertKeptLines(String before, String after, IntPredicate excluded, int added) {
        List<String> old = lines(before);
        List<String> now = lines(after);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < old.size(); i++) {
            if (!excluded.test(i)) {
                kept.add(old.get(i));
            }
        }
        int at = 0;
        for (String line : kept) {
            int found = indexOf(now, line, at);
            assertThat(found).as("line %s kept in order in\n%s", line, after).isGreaterThanOrEqualTo(0);
            at = found + 1;
        }
        long nonBlankNow = now.stream().filter(l -> !l.isBlank()).count();
        long nonBlankKept = kept.stream().filter(l -> !l.isBlank()).count();
        assertThat(nonBlankNow - nonBlankKept).as("non-blank lines added in\n%s", after).isBetween(0L, (long) added);
    }

    private static String unbroken(String line) {
        return line.replaceAll("\r?\n$", "");
    }

    private static int indexOf(List<String> lines, String line, int from) {
        for (int i = from; i < lines.size(); i++) {
            // the last line of a file without final newline gains a line break when a line is appended after it,
            // and the line before a removed last line loses its own
            boolean unterminated = !line.endsWith("\n") || !lines.get(i).endsWith("\n");
            if (lines.get(i).equals(line) || (unterminated && unbroken(lines.get(i)).equals(unbroken(line)))) {
                return i;
            }
        }
        return -1;
    }
}
