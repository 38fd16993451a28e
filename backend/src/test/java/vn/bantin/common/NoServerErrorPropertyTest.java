package vn.bantin.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever query string, path segment or body a client sends to a public endpoint, the answer is never
 * a 5xx. Inputs come from jqwik generators (sampled inside the running app's test, since jqwik's own engine
 * cannot boot Quarkus); each failure names the request that caused it.
 */
@QuarkusTest
class NoServerErrorPropertyTest {
    private static final int TRIES = 250;

    @TestHTTPResource("/")
    java.net.URL root;

    private static int testPort;

    @org.junit.jupiter.api.BeforeEach
    void rememberPort() {
        testPort = root.getPort();
    }

    private static final List<String> ENDPOINTS = List.of(
            "/api/v1/articles",
            "/api/v1/articles/{s}",
            "/api/v1/articles/{s}/related",
            "/api/v1/categories",
            "/api/v1/categories/{s}",
            "/api/v1/authors",
            "/api/v1/authors/{s}",
            "/api/v1/tags",
            "/api/v1/tags/{s}");
    private static final List<String> PARAMETERS =
            List.of("page", "size", "sort", "category", "author", "tag", "from", "to", "limit", "q", "period");

    private static Arbitrary<String> nasty() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars("%_'\\\"<>;&=?#/.-+ ").ofMaxLength(12),
                Arbitraries.of(
                        "",
                        " ",
                        "0",
                        "-1",
                        "2147483648",
                        "99999999999999999999",
                        "1e3",
                        "NaN",
                        "null",
                        "2024-02-30",
                        "2024-07-10T14:49:00+07:00",
                        "'; drop table article; --",
                        "<script>",
                        "quy chế dân chủ",
                        "Đ",
                        "\u0000",
                        "%00",
                        "..",
                        "../../etc/passwd",
                        "\uD83D\uDE00"),
                Arbitraries.integers().map(String::valueOf));
    }

    private static Arbitrary<Map<String, String>> queries() {
        Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.of(PARAMETERS), nasty().filter(s -> !s.isEmpty()));
        return Arbitraries.maps(name, nasty()).ofMaxSize(4);
    }

    @Test
    void randomQueryStringsNeverCauseA5xx() {
        Arbitrary<String> endpoint = Arbitraries.of(ENDPOINTS);
        Combinators.combine(endpoint, queries(), nasty())
                .as(Request::new)
                .sampleStream()
                .limit(TRIES)
                .forEach(request ->
                        request.assertNo5xx("GET", given().noFilters().queryParams(request.query)));
    }

    @Test
    void randomPathSegmentsNeverCauseA5xx() {
        Arbitrary<String> endpoint =
                Arbitraries.of(ENDPOINTS.stream().filter(e -> e.contains("{s}")).toList());
        Combinators.combine(endpoint, Arbitraries.just(Map.<String, String>of()), nasty())
                .as(Request::new)
                .sampleStream()
                .limit(TRIES)
                .forEach(request -> request.assertNo5xx("GET", given().noFilters()));
    }

    @Test
    void rawMalformedPathsNeverCauseA5xx() {
        Arbitrary<String> raw = Arbitraries.strings()
                .withChars("%zZ09aF/._-~!$&'()*+,;=:@")
                .ofMinLength(1)
                .ofMaxLength(16);
        raw.sampleStream().limit(TRIES).forEach(segment -> {
            String target = "/api/v1/articles/" + segment;
            int status = RawHttp.get(testPort, target).status();
            assertTrue(status < 500, "GET " + target + " answered " + status);
        });
    }

    @Test
    void randomBodiesAndMethodsNeverCauseA5xx() {
        Arbitrary<String> body = Arbitraries.oneOf(
                nasty(),
                Arbitraries.of(
                        "{}",
                        "[]",
                        "{\"visitorId\": 1}",
                        "{\"title\": null}",
                        "{",
                        "\"x\"",
                        "{\"a\":" + "[".repeat(200) + "}"));
        Arbitrary<String> method = Arbitraries.of("POST", "PUT", "PATCH", "DELETE");
        Arbitrary<String> type = Arbitraries.of(
                "application/json",
                "text/plain",
                "application/x-www-form-urlencoded",
                "application/json; charset=latin1");
        Combinators.combine(Arbitraries.of(ENDPOINTS), body, method, type, nasty())
                .as((endpoint, payload, verb, contentType, slug) -> {
                    String path = endpoint.replace("{s}", "x" + Math.abs(slug.hashCode()));
                    int status = given().noFilters()
                            .contentType(contentType)
                            .body(payload)
                            .when()
                            .request(verb, path)
                            .statusCode();
                    return verb + " " + path + " " + contentType + " " + payload + " -> " + status;
                })
                .sampleStream()
                .limit(TRIES)
                .forEach(outcome -> assertTrue(!outcome.matches("(?s).* -> 5\\d\\d$"), outcome));
    }

    /** Views are taken on the event loop before the REST layer: the same promise holds there. */
    @Test
    void randomViewBodiesNeverCauseA5xx() {
        String existing = given().when()
                .get("/api/v1/articles?size=1&sort=oldest")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("items[0].slug");
        Arbitrary<String> body = Arbitraries.oneOf(
                nasty(),
                Arbitraries.of(
                        "{}",
                        "[]",
                        "{\"visitorId\": 1}",
                        "{\"visitorId\": \"" + java.util.UUID.randomUUID() + "\"}",
                        "{\"visitorId\": null}",
                        "{",
                        "{\"a\":" + "[".repeat(200) + "}",
                        "x".repeat(2000)));
        Arbitrary<String> type = Arbitraries.of(
                "application/json",
                "text/plain",
                "text/plain;charset=UTF-8",
                "application/x-www-form-urlencoded",
                "application/json; charset=latin1",
                "*/*",
                ";;");
        Arbitrary<String> slug = Arbitraries.oneOf(Arbitraries.just(existing), nasty());
        Combinators.combine(slug, body, type)
                .as((target, payload, contentType) -> {
                    // A crawler's views are answered but never counted: other tests' counts stay as they are.
                    String path = "/api/v1/articles/"
                            + java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8)
                                    .replace("+", "%20")
                            + "/views";
                    int status = RawHttp.post(
                                    testPort,
                                    path,
                                    "User-Agent: Googlebot/2.1\r\nContent-Type: " + contentType + "\r\n",
                                    payload)
                            .status();
                    return "POST views of " + target + " " + contentType + " " + payload + " -> " + status;
                })
                .sampleStream()
                .limit(TRIES)
                .forEach(outcome -> assertTrue(!outcome.matches("(?s).* -> 5\\d\\d$"), outcome));
    }

    private record Request(String endpoint, Map<String, String> query, String slug) {
        void assertNo5xx(String method, RequestSpecification spec) {
            String path = endpoint.replace("{s}", "{slug}");
            int status = path.contains("{slug}")
                    ? spec.when().request(method, path, slug).statusCode()
                    : spec.when().request(method, path).statusCode();
            assertTrue(
                    status < 500,
                    () -> method + " " + endpoint + " slug=" + slug + " query="
                            + query.entrySet().stream()
                                    .map(e -> e.getKey() + "=" + e.getValue())
                                    .collect(Collectors.joining("&"))
                            + " answered " + status);
        }
    }
}
