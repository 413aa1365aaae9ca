package dev.junction.workflow.load;

import dev.junction.workflow.source.Location;
import dev.junction.workflow.source.YamlNode;

/** Maps an offset inside a scalar's value back to a line and column in the source text. */
final class ScalarPositions {

    private ScalarPositions() {}

    static Location locate(YamlNode.Scalar scalar, int offsetInValue, String source) {
        Location start = scalar.location();
        String value = scalar.value();
        if (source == null || start.offset() >= source.length()) {
            return start;
        }
        int s = start.offset();
        char first = source.charAt(s);
        if (value.indexOf('\n') < 0) {
            int shift = (first == '"' || first == '\'') ? 1 : 0;
            if (source.startsWith(value, s + shift)) {
                return new Location(start.file(), start.line(), start.column() + shift + offsetInValue,
                        s + shift + offsetInValue);
            }
            return start;
        }
        if (first == '|') {
            // literal block: content starts on the next line; find the value's line and its indentation
            int linesBefore = (int) value.substring(0, offsetInValue).chars().filter(c -> c == '\n').count();
            int lineStart = source.indexOf('\n', s) + 1;
            for (int k = 0; k < linesBefore && lineStart > 0; k++) {
                lineStart = source.indexOf('\n', lineStart) + 1;
            }
            if (lineStart <= 0) {
                return start;
            }
            int indent = 0;
            while (lineStart + indent < source.length() && source.charAt(lineStart + indent) == ' ') {
                indent++;
            }
            int column = offsetInValue - (value.lastIndexOf('\n', offsetInValue - 1) + 1);
            return new Location(start.file(), start.line() + 1 + linesBefore, indent + column + 1,
                    lineStart + indent + column);
        }
        return start;
    }
}
