package dev.junction.workflow.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds template references to one name of a context, e.g. to a step, {@code steps.build.outputs.x} and
 * {@code steps['build']} (or with double quotes), or to an input, {@code inputs.env}, so that renaming the step
 * or input renames them too. {@code steps.builder} and {@code mysteps.build} are not references to {@code build}.
 */
final class ContextReferences {

    private final Pattern pattern;

    /**
     * @param context       the template variable holding the names: {@code steps} or {@code inputs}
     * @param escapedQuotes match {@code steps[\"id\"]} too: the text of a double-quoted scalar
     */
    ContextReferences(String context, String name, boolean escapedQuotes) {
        String id = Pattern.quote(name);
        String quote = escapedQuotes ? "(\\\\?['\"])" : "(['\"])";
        this.pattern = Pattern.compile("(?<![A-Za-z0-9_.])" + Pattern.quote(context) + "(?:\\.(" + id + ")(?![A-Za-z0-9_-])"
                + "|\\[\\s*" + quote + "(" + id + ")\\2\\s*])");
    }

    /** Start offsets (in {@code s}) of the id in each reference. */
    List<Integer> idOffsets(String s) {
        List<Integer> offsets = new ArrayList<>();
        Matcher m = pattern.matcher(s);
        while (m.find()) {
            offsets.add(m.group(1) != null ? m.start(1) : m.start(3));
        }
        return offsets;
    }

    String rename(String s, String oldId, String newId) {
        List<Integer> offsets = idOffsets(s);
        StringBuilder out = new StringBuilder(s);
        for (int i = offsets.size() - 1; i >= 0; i--) {
            out.replace(offsets.get(i), offsets.get(i) + oldId.length(), newId);
        }
        return out.toString();
    }
}
