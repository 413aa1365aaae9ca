package dev.junction.steps;

import dev.junction.workflow.source.MappingReader;
import dev.junction.workflow.source.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP statuses an {@code http} step accepts: exact codes ({@code 200}) and classes ({@code 2xx}).
 *
 * @param codes   accepted exact codes
 * @param classes accepted hundreds, e.g. 2 for {@code 2xx}
 */
public record StatusExpectation(List<Integer> codes, List<Integer> classes) {

    /** What a step expects when it says nothing: any 2xx. */
    public static final StatusExpectation SUCCESS = new StatusExpectation(List.of(), List.of(2));

    private static final Pattern CLASS = Pattern.compile("([1-5])[xX][xX]");

    public StatusExpectation {
        codes = List.copyOf(codes);
        classes = List.copyOf(classes);
    }

    public boolean accepts(int status) {
        return codes.contains(status) || classes.contains(status / 100);
    }

    /** {@code 200}, {@code 200 or 201}, {@code 2xx or 404}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        classes.forEach(c -> parts.add(c + "xx"));
        codes.forEach(c -> parts.add(String.valueOf(c)));
        return String.join(" or ", parts);
    }

    /**
     * Reads {@code status: 200}, {@code status: [200, 201]} or {@code status: "2xx"}; reports problems.
     *
     * @return the expectation, or null when it has errors
     */
    static StatusExpectation read(YamlNode node, MappingReader reader) {
        List<YamlNode> items = node instanceof YamlNode.Sequence seq ? seq.items() : List.of(node);
        List<Integer> codes = new ArrayList<>();
        List<Integer> classes = new ArrayList<>();
        boolean valid = !items.isEmpty();
        for (YamlNode item : items) {
            String text = item instanceof YamlNode.Scalar s && !s.isNull() ? s.value().strip() : "";
            Matcher matcher = CLASS.matcher(text);
            if (matcher.matches()) {
                classes.add(Integer.parseInt(matcher.group(1)));
            } else if (text.matches("[1-5]\\d\\d")) {
                codes.add(Integer.parseInt(text));
            } else {
                reader.problems().error(item, "'status' in " + reader.where() + " must be a status code from 100 to 599"
                        + " or a class like 2xx, not " + (text.isEmpty() ? item.describe() : "'" + text + "'"),
                        "for example: status: 200   or   status: [200, 201]   or   status: 2xx");
                valid = false;
            }
        }
        if (items.isEmpty()) {
            reader.problems().error(node, "'status' in " + reader.where() + " is an empty list",
                    "for example: status: [200, 201]");
        }
        return valid ? new StatusExpectation(codes, classes) : null;
    }
}
