package dev.junction.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the outputs a process wrote to {@code $JUNCTION_OUTPUT}, in GitHub Actions' format:
 * <pre>
 * version=1.2.3
 * notes&lt;&lt;EOF
 * first line
 * second line
 * EOF
 * </pre>
 * {@code key=value} lines (the value is everything after the first {@code =}, possibly empty) and heredocs
 * ({@code key<<DELIMITER} … a line that is exactly {@code DELIMITER}) for values of several lines. Blank lines
 * are ignored, a later value replaces an earlier one, {@code \r\n} endings are accepted. Stateless.
 */
public final class OutputFile {

    /** The output file does not follow the format; the message names the line. */
    public static final class MalformedException extends Exception {
        public MalformedException(String message) {
            super(message);
        }
    }

    private OutputFile() {}

    /**
     * @return the outputs in the order first written; empty when the file does not exist
     * @throws MalformedException when a line is neither {@code key=value} nor {@code key<<DELIMITER}, a key is
     *                            empty, or a heredoc is never closed
     */
    public static Map<String, String> read(Path file) throws IOException, MalformedException {
        if (!Files.exists(file)) { // most steps write no outputs; this check costs no exception
            return Map.of();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Map.of();
        }
        return parse(text);
    }

    /** Parses the text of an output file; see {@link #read(Path)}. */
    public static Map<String, String> parse(String text) throws MalformedException {
        List<String> lines = text.lines().toList();
        Map<String, String> outputs = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int lineNumber = i + 1;
            int equals = line.indexOf('=');
            int heredoc = line.indexOf("<<");
            if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
                outputs.put(key(line.substring(0, equals), lineNumber), line.substring(equals + 1));
            } else if (heredoc >= 0) {
                String key = key(line.substring(0, heredoc), lineNumber);
                String delimiter = line.substring(heredoc + 2);
                if (delimiter.isBlank()) {
                    throw new MalformedException("$JUNCTION_OUTPUT line " + lineNumber + ": '" + line
                            + "' has no delimiter after '<<'; write " + key + "<<EOF, the lines, then EOF");
                }
                StringBuilder value = new StringBuilder();
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).equals(delimiter)) {
                    if (end > i + 1) {
                        value.append('\n');
                    }
                    value.append(lines.get(end));
                    end++;
                }
                if (end == lines.size()) {
                    throw new MalformedException("$JUNCTION_OUTPUT line " + lineNumber + ": the value of '" + key
                            + "' is never closed by a line '" + delimiter + "'");
                }
                outputs.put(key, value.toString());
                i = end;
            } else {
                throw new MalformedException("$JUNCTION_OUTPUT line " + lineNumber + ": expected key=value or"
                        + " key<<DELIMITER, got '" + abbreviate(line) + "'");
            }
        }
        return Collections.unmodifiableMap(outputs);
    }

    private static String key(String key, int lineNumber) throws MalformedException {
        if (key.isBlank()) {
            throw new MalformedException("$JUNCTION_OUTPUT line " + lineNumber + ": the output has no name before '='"
                    + " or '<<'");
        }
        return key;
    }

    private static String abbreviate(String line) {
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }
}
