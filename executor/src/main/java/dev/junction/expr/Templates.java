package dev.junction.expr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.AttributeNotFoundException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders {@code {{ … }}} templates with Pebble, strictly: an undefined variable or attribute is an error,
 * and no method of a Java object can be called (values are maps, lists, strings, numbers and booleans).
 *
 * <p>Thread-safe; compiled templates are cached by their text.
 */
public final class Templates {

    /** Variable holding the statuses of a step's needs, read by {@code success()}, {@code failure()}, … */
    public static final String NEEDS_STATUS = "__needs_status";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ROOT_MISSING = Pattern.compile("Root attribute \\[([^\\]]+)\\]");
    private static final Pattern ATTR_MISSING = Pattern.compile("Attribute \\[([^\\]]+)\\]");

    private final PebbleEngine engine = new PebbleEngine.Builder()
            .strictVariables(true)
            .autoEscaping(false)
            .newLineTrimming(false)
            // no Java method on data; only Pebble's own loop object ({{ loop.index }}, loop.last) answers getters
            .methodAccessValidator((object, method) -> object != null
                    && object.getClass().getName().equals("io.pebbletemplates.pebble.node.ForNode$LoopVariables"))
            .extension(new JunctionExtension())
            .build();

    /** True when the text contains template syntax and must be rendered. */
    public static boolean isTemplate(String text) {
        return text != null && (text.contains("{{") || text.contains("{%"));
    }

    /** Parses a template without rendering it. @throws TemplateException with a readable message */
    public void compile(String template) {
        try {
            engine.getLiteralTemplate(template);
        } catch (PebbleException e) {
            throw new TemplateException(describe(e), e);
        }
    }

    /** Renders {@code template} against {@code context}; plain text comes back unchanged. */
    public String render(String template, Map<String, Object> context) {
        if (!isTemplate(template)) {
            return template;
        }
        try {
            PebbleTemplate compiled = engine.getLiteralTemplate(template);
            StringWriter out = new StringWriter();
            compiled.evaluate(out, context);
            return out.toString();
        } catch (PebbleException e) {
            throw new TemplateException(describe(e, template), e);
        } catch (IOException e) {
            throw new TemplateException(e.getMessage(), e);
        }
    }

    /**
     * Evaluates a condition: {@code "{{ expr }}"} or a bare expression. True unless it renders to
     * {@code false}, {@code 0}, an empty string or {@code null}.
     */
    public boolean test(String condition, Map<String, Object> context) {
        String expression = isTemplate(condition) ? condition : "{{ " + condition + " }}";
        String value = render(expression, context).trim();
        return !(value.isEmpty() || value.equals("false") || value.equals("0") || value.equals("null"));
    }

    /**
     * Evaluates a template to a list of items: a JSON array rendering gives its elements, anything else one
     * item per non-blank line.
     */
    public List<Object> items(String template, Map<String, Object> context) {
        String value = render(template, context).trim();
        if (value.startsWith("[")) {
            try {
                return JSON.readValue(value, JSON.getTypeFactory().constructCollectionType(List.class, Object.class));
            } catch (JsonProcessingException e) {
                // not JSON after all: fall back to lines
            }
        }
        List<Object> lines = new ArrayList<>();
        value.lines().map(String::trim).filter(l -> !l.isEmpty()).forEach(lines::add);
        return lines;
    }

    static String describe(PebbleException e) {
        return describe(e, "");
    }

    /** @param template the template that failed: a missing secret is named with where secrets come from */
    static String describe(PebbleException e, String template) {
        String message = e.getPebbleMessage() == null ? String.valueOf(e.getMessage()) : e.getPebbleMessage();
        if (e instanceof AttributeNotFoundException) {
            Matcher root = ROOT_MISSING.matcher(message);
            if (root.find()) {
                return "'" + root.group(1) + "' is not defined";
            }
            Matcher attr = ATTR_MISSING.matcher(message);
            if (attr.find()) {
                String name = attr.group(1);
                if (template.contains("secrets." + name) || template.contains("secrets['" + name + "']")
                        || template.contains("secrets[\"" + name + "\"]")) {
                    return "no secret '" + name + "': set the environment variable JUNCTION_SECRET_" + name
                            + " or add '" + name + ": …' to secrets.yaml in the data folder (or --secrets-file)";
                }
                return "'" + name + "' is not defined here";
            }
        }
        if (message.contains("not allowed") || message.contains("method")) {
            return "calling methods is not allowed in templates; use filters such as | upper or | trim";
        }
        int paren = message.indexOf(" (?:?)");
        return paren > 0 ? message.substring(0, paren) : message;
    }

    /** Functions and filters Junction adds to Pebble's own. */
    private static final class JunctionExtension extends AbstractExtension {

        @Override
        public Map<String, Function> getFunctions() {
            return Map.of(
                    "success", new StatusFunction(StatusFunction.Kind.SUCCESS),
                    "failure", new StatusFunction(StatusFunction.Kind.FAILURE),
                    "always", new StatusFunction(StatusFunction.Kind.ALWAYS),
                    "cancelled", new StatusFunction(StatusFunction.Kind.CANCELLED));
        }

        @Override
        public Map<String, Filter> getFilters() {
            return Map.of(
                    "json", new SimpleFilter(input -> {
                        try {
                            return JSON.writeValueAsString(input);
                        } catch (JsonProcessingException e) {
                            throw new IllegalArgumentException(e.getMessage(), e);
                        }
                    }),
                    "from_json", new SimpleFilter(input -> {
                        try {
                            return input == null ? null : JSON.readValue(input.toString(), Object.class);
                        } catch (JsonProcessingException e) {
                            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
                        }
                    }),
                    "shell_quote", new SimpleFilter(input ->
                            input == null ? "''" : "'" + input.toString().replace("'", "'\"'\"'") + "'"));
        }
    }

    private record SimpleFilter(java.util.function.Function<Object, Object> body) implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                            int lineNumber) {
            return body.apply(input);
        }
    }

    /** {@code success()}: all needs succeeded; {@code failure()}: one failed; {@code always()}: true. */
    private record StatusFunction(Kind kind) implements Function {
        enum Kind { SUCCESS, FAILURE, ALWAYS, CANCELLED }

        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            Object statuses = context.getVariable(NEEDS_STATUS);
            List<?> list = statuses instanceof List<?> l ? l : List.of();
            return switch (kind) {
                case ALWAYS -> true;
                case SUCCESS -> list.stream().allMatch(s -> s.equals("success") || s.equals("skipped"));
                case FAILURE -> list.stream().anyMatch(s -> s.equals("failure"));
                case CANCELLED -> list.stream().anyMatch(s -> s.equals("cancelled"));
            };
        }
    }
}
