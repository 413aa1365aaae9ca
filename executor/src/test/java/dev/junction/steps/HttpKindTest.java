package dev.junction.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard, not a timing assertion
class HttpKindTest {

    /** What the server received. */
    record Received(String method, String uri, Map<String, List<String>> headers, String body) {}

    @TempDir
    Path dir;

    private final HttpKind kind = new HttpKind();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer server;
    private String base;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                Map.copyOf(exchange.getRequestHeaders()), body));
        String path = exchange.getRequestURI().getPath();
        switch (path) {
            case "/items" -> respond(exchange, 200, "application/json; charset=utf-8", "{\"items\":[1,2],\"name\":\"x\"}");
            case "/created" -> respond(exchange, 201, "text/plain", "made");
            case "/missing" -> respond(exchange, 404, "text/plain", "no such thing\nreally");
            case "/redirect" -> {
                exchange.getResponseHeaders().add("Location", "/created");
                respond(exchange, 302, "text/plain", "");
            }
            case "/slow" -> {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                respond(exchange, 200, "text/plain", "late");
            }
            default -> respond(exchange, 200, "text/plain", "echo:" + body);
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.getResponseHeaders().add("X-Trace", "abc");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> headers(StepResult result) {
        return (Map<String, String>) result.outputs().get("headers");
    }

    private HttpKind.Config parse(String yaml) {
        var parsed = KindParsing.parse(kind, yaml.replace("BASE", base), dir);
        assertThat(parsed.problems()).isEmpty();
        return parsed.config();
    }

    @Test
    void aGetWithQueryAndHeadersGivesStatusHeadersBodyAndJson() throws Exception {
        RecordingStepContext context = new RecordingStepContext(dir).withVariables(Map.of("inputs", Map.of("q", "a b&c")));

        StepResult result = kind.execute(parse("""
                id: get
                http:
                  url: BASE/items
                  query: { search: "{{ inputs.q }}", page: 2 }
                  headers: { Accept: application/json, X-Token: "t-{{ inputs.q | length }}" }
                """), context);

        assertThat(result.success()).isTrue();
        assertThat(received).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("GET");
            assertThat(r.uri()).isEqualTo("/items?search=a+b%26c&page=2");
            assertThat(r.headers().get("X-token")).containsExactly("t-5");
        });
        assertThat(result.outputs()).containsEntry("status", 200)
                .containsEntry("body", "{\"items\":[1,2],\"name\":\"x\"}")
                .containsEntry("json", Map.of("items", List.of(1, 2), "name", "x"));
        assertThat(headers(result)).containsEntry("content-type", "application/json; charset=utf-8")
                .containsEntry("x-trace", "abc");
        assertThat(RecordingStepContext.renderOutput("{{ response.json.items[1] }} {{ response.status }}", result))
                .isEqualTo("2 200");
        assertThat(context.system).singleElement().asString()
                .matches("GET " + base + "/items\\?search=a\\+b%26c&page=2 → 200 \\(\\d+ ms\\)");
    }

    @Test
    void aPostOfJsonRendersItsTextLeavesAndSetsTheContentType() throws Exception {
        RecordingStepContext context = new RecordingStepContext(dir).withVariables(Map.of("inputs", Map.of("v", "1.2")));

        StepResult result = kind.execute(parse("""
                id: post
                http:
                  method: post
                  url: BASE/echo
                  json:
                    version: "{{ inputs.v }}"
                    count: 3
                    tags: [a, "{{ inputs.v }}"]
                    draft: false
                    note: null
                """), context);

        assertThat(result.success()).isTrue();
        assertThat(received).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.headers().get("Content-type")).containsExactly("application/json");
            assertThat(r.body()).isEqualTo("{\"version\":\"1.2\",\"count\":3,\"tags\":[\"a\",\"1.2\"],\"draft\":false,\"note\":null}");
        });
        assertThat(result.outputs()).containsEntry("json", null);
    }

    @Test
    void formFieldsAreUrlEncodedAndATextBodyIsSentAsIs() throws Exception {
        kind.execute(parse("""
                id: form
                http: { method: PUT, url: BASE/echo, form: { name: "Ada L", lang: "c++" } }
                """), new RecordingStepContext(dir));
        kind.execute(parse("""
                id: text
                http: { method: PATCH, url: BASE/echo, body: "plain text", headers: { Content-Type: text/csv } }
                """), new RecordingStepContext(dir));

        assertThat(received).hasSize(2);
        assertThat(received.get(0).headers().get("Content-type")).containsExactly("application/x-www-form-urlencoded");
        assertThat(received.get(0).body()).isEqualTo("name=Ada+L&lang=c%2B%2B");
        assertThat(received.get(1).method()).isEqualTo("PATCH");
        assertThat(received.get(1).headers().get("Content-type")).containsExactly("text/csv");
        assertThat(received.get(1).body()).isEqualTo("plain text");
    }

    @Test
    void anUnexpectedStatusFailsWithBothStatusesAndKeepsTheResponse() throws Exception {
        RecordingStepContext context = new RecordingStepContext(dir);

        StepResult result = kind.execute(parse("id: g\nhttp: BASE/missing\n"), context);

        assertThat(result.success()).isFalse();
        assertThat(result.error()).isEqualTo("expected status 2xx, got 404");
        assertThat(result.outputs()).containsEntry("status", 404).containsEntry("body", "no such thing\nreally");
        assertThat(context.out).containsExactly("no such thing", "really");
    }

    @Test
    void anExpectedStatusListAcceptsOnlyItsCodes() throws Exception {
        StepResult accepted = kind.execute(parse("""
                id: g
                http: { url: BASE/missing, expect: { status: [200, 404] } }
                """), new RecordingStepContext(dir));
        StepResult rejected = kind.execute(parse("""
                id: g
                http: { method: POST, url: BASE/created, expect: { status: 200 } }
                """), new RecordingStepContext(dir));

        assertThat(accepted.success()).isTrue();
        assertThat(rejected.error()).isEqualTo("expected status 200, got 201");
    }

    @Test
    void redirectsAreFollowedUnlessSwitchedOff() throws Exception {
        StepResult followed = kind.execute(parse("id: g\nhttp: BASE/redirect\n"), new RecordingStepContext(dir));
        StepResult notFollowed = kind.execute(parse("""
                id: g
                http: { url: BASE/redirect, follow-redirects: false, expect: { status: 3xx } }
                """), new RecordingStepContext(dir));

        assertThat(followed.outputs()).containsEntry("status", 201).containsEntry("body", "made");
        assertThat(notFollowed.success()).isTrue();
        assertThat(notFollowed.outputs()).containsEntry("status", 302);
        assertThat(headers(notFollowed)).containsEntry("location", "/created");
    }

    @Test
    void aRefusedConnectionIsExplained() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        RecordingStepContext context = new RecordingStepContext(dir);

        StepResult result = kind.execute(HttpKind.Config.get("http://127.0.0.1:" + closedPort + "/x"), context);

        assertThat(result.success()).isFalse();
        assertThat(result.error()).isEqualTo("could not connect to 127.0.0.1:" + closedPort + ": connection refused");
        assertThat(context.system).singleElement().asString().startsWith("GET http://127.0.0.1:" + closedPort + "/x → could not");
    }

    @Test
    void aResponseSlowerThanTheTimeoutFails() throws Exception {
        StepResult result = kind.execute(parse("id: g\nhttp: { url: BASE/slow, timeout: 300ms }\n"),
                new RecordingStepContext(dir));

        assertThat(result.success()).isFalse();
        assertThat(result.error()).isIn("no response within 300ms", "no complete response within 300ms");
    }

    @Test
    void cancellingAbortsTheRequest() throws Exception {
        RecordingStepContext context = new RecordingStepContext(dir);
        CompletableFuture<StepResult> result = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                result.complete(kind.execute(HttpKind.Config.get(base + "/slow"), context));
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        org.awaitility.Awaitility.await().until(() -> !received.isEmpty());

        context.cancellation().cancel("run cancelled");

        assertThat(result.get(20, TimeUnit.SECONDS).error()).isEqualTo("cancelled: run cancelled");
    }

    @Test
    void aTemplatedUrlThatRendersBadlyFailsClearly() throws Exception {
        RecordingStepContext context = new RecordingStepContext(dir).withVariables(Map.of("host", "not a host"));

        StepResult result = kind.execute(HttpKind.Config.get("{{ host }}"), context);

        assertThat(result.error()).startsWith("'not a host' is not a usable URL");
    }

    @Test
    void parseErrorsAreReportedAtTheirPlace() {
        var parsed = KindParsing.parse(kind, """
                id: h
                http:
                  method: FETCH
                  body: text
                  json: { a: 1 }
                  expect: { status: [200, abc] }
                  timeout: soon
                  retries: 3
                """, dir);

        assertThat(parsed.config()).isNull();
        assertThat(parsed.located()).containsExactly(
                "3:3 'http' of step 'test' is missing 'url'",
                "3:11 unknown HTTP method 'FETCH' in 'http' of step 'test'",
                "5:3 'json' cannot be combined with 'body' in 'http' of step 'test'",
                "6:27 'status' in 'expect' of 'http' of step 'test' must be a status code from 100 to 599 or a class like 2xx, not 'abc'",
                "7:12 'timeout' in 'http' of step 'test' is not a duration: 'soon'",
                "8:3 unknown key 'retries' in 'http' of step 'test'");
        assertThat(parsed.problems().get(1).hint()).contains("GET").contains("POST");
    }

    @Test
    void aUrlWithoutSchemeOrHostIsReported() {
        assertThat(KindParsing.parse(kind, "id: h\nhttp: example.com/x\n", dir).located())
                .containsExactly("2:7 'example.com/x' in 'http' of step 'test' is not a usable URL: it must start with"
                        + " http:// or https://");
        assertThat(KindParsing.parse(kind, "id: h\nhttp: { url: \"https:///x\" }\n", dir).errors()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("has no host name"));
    }

    @Test
    void aMapBodyAndABadHeaderNameAreReported() {
        assertThat(KindParsing.parse(kind, """
                id: h
                http:
                  url: https://example.com
                  body: { a: 1 }
                  headers: { "Bad Header": x }
                """, dir).located()).containsExactly(
                "4:9 'body' in 'http' of step 'test' must be text, not a map",
                "5:14 'Bad Header' in 'http' of step 'test' is not a valid header name");
    }

    @Test
    void theSummaryIsMethodAndUrl() {
        assertThat(kind.summary(parse("id: h\nhttp: { method: delete, url: https://example.com/x/1 }\n")))
                .isEqualTo("DELETE https://example.com/x/1");
    }
}
