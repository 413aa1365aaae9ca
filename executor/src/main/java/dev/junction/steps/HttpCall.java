package dev.junction.steps;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/** One attempt of an {@code http} step: renders the request, sends it, checks the status, builds outputs. */
final class HttpCall {

    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
    private static final int BODY_LINES_SHOWN_ON_FAILURE = 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);

    /** Created on first use: an HttpClient owns a selector thread. Shared by all steps, as the JDK intends. */
    private static final class Clients {
        static final HttpClient FOLLOWING = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        static final HttpClient NOT_FOLLOWING = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private final HttpKind.Config config;
    private final StepContext context;

    HttpCall(HttpKind.Config config, StepContext context) {
        this.config = config;
        this.context = context;
    }

    StepResult send() throws InterruptedException {
        Cancellation cancellation = context.cancellation();
        if (cancellation.isCancelled()) {
            return StepResult.failed("cancelled: " + cancellation.reason());
        }
        String url = context.render(config.url()).strip();
        Optional<String> urlProblem = HttpKind.urlProblem(url);
        if (urlProblem.isPresent()) {
            return StepResult.failed("'" + url + "' is not a usable URL: " + urlProblem.get());
        }
        URI uri;
        HttpRequest request;
        try {
            uri = new URI(withQuery(url));
            request = request(uri);
        } catch (URISyntaxException e) {
            return StepResult.failed("the URL with its query is not valid: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return StepResult.failed("the request cannot be sent: " + e.getMessage());
        }
        HttpClient client = config.followRedirects() ? Clients.FOLLOWING : Clients.NOT_FOLLOWING;
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request,
                HttpResponse.BodyHandlers.limiting(HttpResponse.BodyHandlers.ofByteArray(), MAX_BODY_BYTES));
        cancellation.onCancel(() -> future.cancel(true));
        String target = config.method() + " " + uri;
        HttpResponse<byte[]> response;
        try {
            // the request timeout covers the wait for headers; this one also covers reading the body
            response = future.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return failed(target, "no complete response within " + describe(config.timeout()));
        } catch (CancellationException e) {
            return failed(target, "cancelled: " + cancellation.reason());
        } catch (ExecutionException e) {
            // an aborted exchange fails with an IOException rather than a CancellationException
            return failed(target, cancellation.isCancelled() ? "cancelled: " + cancellation.reason()
                    : explain(e.getCause(), uri));
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        context.log().system(target + " → " + response.statusCode() + " (" + millis + " ms)");
        return result(response);
    }

    private String withQuery(String url) {
        if (config.query().isEmpty()) {
            return url;
        }
        List<String> pairs = new ArrayList<>();
        config.query().forEach((name, value) -> pairs.add(encode(name) + "=" + encode(context.render(value))));
        String joined = String.join("&", pairs);
        int fragment = url.indexOf('#');
        String base = fragment < 0 ? url : url.substring(0, fragment);
        String tail = fragment < 0 ? "" : url.substring(fragment);
        String separator = !base.contains("?") ? "?" : base.endsWith("?") || base.endsWith("&") ? "" : "&";
        return base + separator + joined + tail;
    }

    private HttpRequest request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(config.timeout());
        boolean contentTypeGiven = false;
        for (Map.Entry<String, String> header : config.headers().entrySet()) {
            builder.header(header.getKey(), context.render(header.getValue()));
            contentTypeGiven |= header.getKey().equalsIgnoreCase("Content-Type");
        }
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        String contentType = null;
        if (config.body() != null) {
            body = HttpRequest.BodyPublishers.ofString(context.render(config.body()), StandardCharsets.UTF_8);
        } else if (config.json() != null) {
            body = HttpRequest.BodyPublishers.ofString(jsonText(), StandardCharsets.UTF_8);
            contentType = "application/json";
        } else if (!config.form().isEmpty()) {
            List<String> fields = new ArrayList<>();
            config.form().forEach((name, value) -> fields.add(encode(name) + "=" + encode(context.render(value))));
            body = HttpRequest.BodyPublishers.ofString(String.join("&", fields), StandardCharsets.UTF_8);
            contentType = "application/x-www-form-urlencoded";
        }
        if (contentType != null && !contentTypeGiven) {
            builder.header("Content-Type", contentType);
        }
        return builder.method(config.method(), body).build();
    }

    private String jsonText() {
        try {
            return JSON.writeValueAsString(rendered(config.json()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the json body cannot be written: " + e.getOriginalMessage(), e);
        }
    }

    /** The json value with each text leaf rendered as a template; keys and other scalars stay as written. */
    private Object rendered(Object value) {
        return switch (value) {
            case String text -> context.render(text);
            case Map<?, ?> map -> {
                Map<Object, Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(k, rendered(v)));
                yield copy;
            }
            case List<?> list -> {
                List<Object> copy = new ArrayList<>();
                list.forEach(v -> copy.add(rendered(v)));
                yield copy;
            }
            case null -> null;
            default -> value;
        };
    }

    private StepResult result(HttpResponse<byte[]> response) {
        Map<String, String> headers = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.putIfAbsent(name.toLowerCase(Locale.ROOT), values.getFirst());
            }
        });
        String contentType = headers.getOrDefault("content-type", "");
        String body = new String(response.body(), charset(contentType));
        Map<String, Object> outputs = new LinkedHashMap<>();
        outputs.put("status", response.statusCode());
        outputs.put("headers", headers);
        outputs.put("body", body);
        outputs.put("json", parsedJson(body, contentType));
        Map<String, Object> outputContext = Map.of("response", outputs);
        if (config.expect().accepts(response.statusCode())) {
            return new StepResult(true, null, outputs, outputContext, "");
        }
        body.lines().limit(BODY_LINES_SHOWN_ON_FAILURE).forEach(context.log()::out);
        return new StepResult(false, null, outputs, outputContext,
                "expected status " + config.expect().describe() + ", got " + response.statusCode());
    }

    /** The body as maps, lists and scalars when it is JSON (by content type or by its first character), else null. */
    private static Object parsedJson(String body, String contentType) {
        String trimmed = body.strip();
        boolean looksLikeJson = contentType.toLowerCase(Locale.ROOT).contains("json")
                || trimmed.startsWith("{") || trimmed.startsWith("[");
        if (!looksLikeJson || trimmed.isEmpty()) {
            return null;
        }
        try {
            return JSON.readValue(trimmed, Object.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static Charset charset(String contentType) {
        Matcher matcher = CHARSET.matcher(contentType);
        if (matcher.find()) {
            try {
                return Charset.forName(matcher.group(1).strip());
            } catch (RuntimeException e) {
                // an unknown charset name: fall back to UTF-8
            }
        }
        return StandardCharsets.UTF_8;
    }

    private StepResult failed(String target, String why) {
        context.log().system(target + " → " + why);
        return StepResult.failed(why);
    }

    /** A sentence for a failed exchange; the JDK's exceptions often have no message at all. */
    private String explain(Throwable failure, URI uri) {
        String hostPort = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        for (Throwable t = failure; t != null; t = t.getCause()) {
            switch (t) {
                case HttpConnectTimeoutException e -> {
                    return "could not connect to " + hostPort + " within " + describe(config.timeout());
                }
                case HttpTimeoutException e -> {
                    return "no response within " + describe(config.timeout());
                }
                case ConnectException e -> {
                    String reason = e.getMessage() == null || e.getMessage().isBlank() ? "connection refused"
                            : e.getMessage().toLowerCase(Locale.ROOT);
                    return "could not connect to " + hostPort + ": " + reason;
                }
                case UnresolvedAddressException e -> {
                    return "unknown host '" + uri.getHost() + "'";
                }
                case UnknownHostException e -> {
                    return "unknown host '" + uri.getHost() + "'";
                }
                case SSLException e -> {
                    return "TLS error with " + hostPort + ": " + e.getMessage();
                }
                default -> {
                    if (t instanceof IOException && t.getMessage() != null && t.getMessage().contains("exceeds")) {
                        return "the response body is larger than " + MAX_BODY_BYTES / (1024 * 1024) + " MB";
                    }
                }
            }
        }
        return "the request failed: " + (failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String describe(Duration duration) {
        return dev.junction.workflow.source.Durations.format(duration);
    }
}
