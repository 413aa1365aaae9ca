package dev.junction.steps;

import dev.junction.expr.Templates;
import dev.junction.workflow.source.MappingReader;
import dev.junction.workflow.source.Problem;
import dev.junction.workflow.source.Problems;
import dev.junction.workflow.source.Suggestions;
import dev.junction.workflow.source.YamlNode;
import dev.junction.workflow.source.YamlValues;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code http: {method, url, headers, query, body | json | form, expect: {status}, timeout, follow-redirects}}
 * sends one HTTP request with {@link java.net.http.HttpClient}. Every text value is a template; in {@code json}
 * each text leaf is. Succeeds when the status is expected (any 2xx by default). Outputs: {@code status},
 * {@code headers} (lower-case name to first value), {@code body} (text, at most 10 MB) and {@code json} (the
 * parsed body when it is JSON, else null); {@code outputs:} templates see them as {@code response}.
 * {@code http: <url>} is a GET.
 */
public final class HttpKind implements StepKind<HttpKind.Config> {

    public static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private static final Set<String> KEYS = MappingReader.keys("method", "url", "headers", "query", "body", "json",
            "form", "expect", "timeout", "follow-redirects");
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");

    /**
     * @param method          upper case, one of {@link #METHODS}
     * @param url             a template
     * @param headers         name to value template
     * @param query           parameters added to the URL, name to value template
     * @param body            a text body (template), or null
     * @param json            a value sent as JSON (maps, lists, scalars; text leaves are templates), or null
     * @param form            fields sent as {@code application/x-www-form-urlencoded}; empty for none
     * @param expect          the statuses that count as success
     * @param followRedirects whether 3xx responses are followed (never from https to http)
     */
    public record Config(String method, String url, Map<String, String> headers, Map<String, String> query,
                         String body, Object json, Map<String, String> form, StatusExpectation expect,
                         Duration timeout, boolean followRedirects) {
        public Config {
            Objects.requireNonNull(method);
            Objects.requireNonNull(url);
            headers = frozen(headers);
            query = frozen(query);
            json = deepFrozen(json);
            form = frozen(form);
            Objects.requireNonNull(expect);
            Objects.requireNonNull(timeout);
            if ((body == null ? 0 : 1) + (json == null ? 0 : 1) + (form.isEmpty() ? 0 : 1) > 1) {
                throw new IllegalArgumentException("only one of body, json and form may be given");
            }
        }

        /** A GET of {@code url} with the defaults. */
        public static Config get(String url) {
            return new Config("GET", url, Map.of(), Map.of(), null, null, Map.of(), StatusExpectation.SUCCESS,
                    DEFAULT_TIMEOUT, true);
        }
    }

    @Override
    public String key() {
        return "http";
    }

    @Override
    public Set<String> builtinOutputs() {
        return Set.of("status", "headers", "body", "json");
    }

    @Override
    public Config parse(YamlNode node, MappingReader step, ParseContext context) {
        String where = "'http' of " + step.where();
        Problems problems = step.problems();
        if (node instanceof YamlNode.Scalar s && !s.isNull()) {
            return checkUrl(s.value(), s, where, problems) ? Config.get(s.value()) : null;
        }
        Optional<MappingReader> maybe = MappingReader.of(node, where, KEYS, problems);
        if (maybe.isEmpty()) {
            return null;
        }
        MappingReader reader = maybe.get();
        long errorsBefore = errorCount(problems);

        String method = Optional.ofNullable(reader.string("method")).map(m -> m.strip().toUpperCase(Locale.ROOT))
                .orElse("GET");
        if (!METHODS.contains(method)) {
            problems.error(reader.node("method").orElseThrow(), "unknown HTTP method '" + reader.string("method")
                    + "' in " + where, Suggestions.closest(method, METHODS).map(m -> "did you mean '" + m + "'? ").orElse("")
                    + "the methods are " + String.join(", ", METHODS));
        }
        String url = reader.requiredString("url", "for example: url: https://example.com/api/items");
        if (url != null) {
            checkUrl(url, reader.node("url").orElseThrow(), where, problems);
        }
        Map<String, String> headers = reader.stringMap("headers");
        reader.node("headers").ifPresent(n -> checkHeaderNames(n, where, problems));
        Map<String, String> query = reader.stringMap("query");
        Map<String, String> form = reader.stringMap("form");
        String body = body(reader, where);
        Object json = reader.node("json").filter(n -> !MappingReader.isNull(n)).map(YamlValues::toJava).orElse(null);
        checkOneBody(reader, where);

        StatusExpectation expect = StatusExpectation.SUCCESS;
        Optional<YamlNode> expectNode = reader.node("expect");
        if (expectNode.isPresent() && !MappingReader.isNull(expectNode.get())) {
            expect = expectation(expectNode.get(), where, problems);
        }
        Duration timeout = reader.duration("timeout");
        if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
            problems.error(reader.node("timeout").orElseThrow(), "'timeout' in " + where + " must be more than 0",
                    "for example: timeout: 30s");
        }
        Boolean follow = reader.bool("follow-redirects");
        reader.finish();
        if (errorCount(problems) > errorsBefore || url == null || expect == null) {
            return null;
        }
        return new Config(method, url, headers, query, body, json, form, expect,
                timeout == null ? DEFAULT_TIMEOUT : timeout, follow == null || follow);
    }

    @Override
    public String summary(Config config) {
        return config.method() + " " + config.url();
    }

    @Override
    public StepResult execute(Config config, StepContext context) throws InterruptedException {
        return new HttpCall(config, context).send();
    }

    private static String body(MappingReader reader, String where) {
        Optional<YamlNode> node = reader.node("body");
        if (node.isPresent() && !(node.get() instanceof YamlNode.Scalar)) {
            reader.problems().error(node.get(), "'body' in " + where + " must be text, not " + node.get().describe(),
                    "use 'json:' to send a map or list as JSON, or 'form:' for form fields");
            return null;
        }
        return reader.string("body");
    }

    private static void checkOneBody(MappingReader reader, String where) {
        List<YamlNode.Entry> given = new ArrayList<>();
        for (String key : List.of("body", "json", "form")) {
            reader.entry(key).filter(e -> !MappingReader.isNull(e.value())).ifPresent(given::add);
        }
        given.sort((a, b) -> Integer.compare(a.key().location().offset(), b.key().location().offset()));
        for (int i = 1; i < given.size(); i++) {
            reader.problems().error(given.get(i).key(), "'" + given.get(i).key().value() + "' cannot be combined with '"
                    + given.getFirst().key().value() + "' in " + where, "give only one of body, json and form");
        }
    }

    private static StatusExpectation expectation(YamlNode node, String where, Problems problems) {
        Optional<MappingReader> maybe = MappingReader.of(node, "'expect' of " + where, MappingReader.keys("status"),
                problems);
        if (maybe.isEmpty()) {
            return null;
        }
        MappingReader reader = maybe.get();
        Optional<YamlNode> status = reader.node("status");
        StatusExpectation result = status.isEmpty() || MappingReader.isNull(status.get())
                ? StatusExpectation.SUCCESS : StatusExpectation.read(status.get(), reader);
        reader.finish();
        return result;
    }

    private static boolean checkUrl(String url, YamlNode node, String where, Problems problems) {
        if (Templates.isTemplate(url)) {
            return true; // checked when rendered
        }
        Optional<String> problem = urlProblem(url);
        problem.ifPresent(p -> problems.error(node, "'" + url + "' in " + where + " is not a usable URL: " + p,
                "write a full URL such as https://example.com/path"));
        return problem.isEmpty();
    }

    /** Why {@code url} cannot be requested, or empty when it can. */
    static Optional<String> urlProblem(String url) {
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("http")
                    || uri.getScheme().equalsIgnoreCase("https"))) {
                return Optional.of("it must start with http:// or https://");
            }
            if (uri.getHost() == null) {
                return Optional.of("it has no host name");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of(e.getReason() + " at index " + e.getIndex());
        }
    }

    private static void checkHeaderNames(YamlNode headers, String where, Problems problems) {
        if (headers instanceof YamlNode.Mapping mapping) {
            for (YamlNode.Entry e : mapping.entries()) {
                if (!HEADER_NAME.matcher(e.key().value()).matches()) {
                    problems.error(e.key(), "'" + e.key().value() + "' in " + where + " is not a valid header name",
                            "header names are single words of letters, digits and - (e.g. X-Request-Id)");
                }
            }
        }
    }

    private static long errorCount(Problems problems) {
        return problems.sorted().stream().filter(Problem::isError).count();
    }

    private static Map<String, String> frozen(Map<String, String> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private static Object deepFrozen(Object value) {
        return switch (value) {
            case Map<?, ?> map -> {
                Map<Object, Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(k, deepFrozen(v)));
                yield Collections.unmodifiableMap(copy);
            }
            case List<?> list -> list.stream().map(HttpKind::deepFrozen).toList();
            case null -> null;
            default -> value;
        };
    }
}
