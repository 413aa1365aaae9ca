package dev.junction.workflow.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds template references to a step, {@code steps.build.outputs.x} and {@code steps['build']} (or with double
 * quotes), so that renaming a step renames them too. {@code steps.builder} and {@code mysteps.build} are not
 * references to {@code build}.
 */
final class StepReferences {

    private final Pattern pattern;

    /** @param escapedQuotes match {@code steps[\"id\"]} too: the text of a double-quoted scalar */
    StepReferences(String stepId, boolean escapedQuotes) {
        String id = Pattern.quote(stepId);
        String quote = escapedQuotes ? "(\\\\?['\"])" : "(['\"])";
        this.pattern = Pattern.compile("(?<![A-Za-z0-9_.])steps(?:\\.(" + id + ")(?![A-Za-z0-9_-])"
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
