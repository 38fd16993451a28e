package vn.bantin.view;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.bantin.TestData;
import vn.bantin.article.Article;

/**
 * The per-address limits switched on (the other tests run with them off: they all come from one address): views
 * (the contract's), sign-ins, and the client's address taken from X-Forwarded-For behind a trusted proxy (here the
 * tests' own 127.0.0.1).
 */
@QuarkusTest
@TestProfile(ViewLimitTest.ThreePerAddress.class)
class ViewLimitTest {
    public static class ThreePerAddress implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A database of its own on H2: the suite's in-memory one outlives its boot, and H2's full-text index
            // (schema FT) cannot be made twice in it. On PostgreSQL the %pg URL wins over this %test one.
            return Map.of(
                    "bantin.views.max-per-address",
                    "3",
                    "bantin.demo-data.articles",
                    "20",
                    "bantin.auth.max-per-minute",
                    "3",
                    "bantin.trusted-proxies",
                    "127.0.0.1,::1",
                    "%test.quarkus.datasource.jdbc.url",
                    "jdbc:h2:mem:bantin-view-limit;DB_CLOSE_DELAY=-1");
        }
    }

    @Inject
    TestData data;

    private boolean view(String slug, UUID visitor) {
        return view(slug, visitor, null);
    }

    private boolean view(String slug, UUID visitor, String forwardedFor) {
        var request = given().contentType("application/json");
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return request.body(visitor == null ? "{}" : "{\"visitorId\":\"" + visitor + "\"}")
                .when()
                .post("/api/v1/articles/" + slug + "/views")
                .then()
                .statusCode(200)
                .extract()
                .path("counted");
    }

    @Test
    void oneAddressCountsAtMostTheLimitPerArticleWhateverVisitorIdsItSends() {
        Article article = data.article(
                "Bài bị bấm liên tục",
                data.category("Giới hạn"),
                data.author("Đức Anh"),
                Duration.ofHours(1),
                List.of());
        Article other = data.article(
                "Bài khác", data.category("Giới hạn"), data.author("Đức Anh"), Duration.ofHours(1), List.of());
        long counted = 0;
        for (int i = 0; i < 10; i++) {
            counted += view(article.slug, i % 2 == 0 ? null : UUID.randomUUID()) ? 1 : 0;
        }
        assertEquals(3, counted);
        assertEquals(true, view(other.slug, null), "another article has its own count");
        long total = given().contentType("application/json")
                .body("{}")
                .header("User-Agent", "Googlebot")
                .when()
                .post("/api/v1/articles/" + article.slug + "/views")
                .then()
                .extract()
                .<Integer>path("viewCount");
        assertEquals(3, total);
    }

    @Test
    void behindTheTrustedProxyEachForwardedAddressHasItsOwnLimit() {
        Article article = data.article(
                "Bài đọc qua proxy", data.category("Giới hạn"), data.author("Đức Anh"), Duration.ofHours(1), List.of());
        long fromFirst = 0;
        long fromSecond = 0;
        for (int i = 0; i < 5; i++) {
            fromFirst += view(article.slug, null, "203.0.113.7") ? 1 : 0;
            // A client writing its own header does not escape: the proxy appends the address it saw.
            fromSecond += view(article.slug, null, "198.51.100." + i + ", 203.0.113.8") ? 1 : 0;
        }
        assertEquals(3, fromFirst);
        assertEquals(3, fromSecond);
    }

    @Test
    void signInsFromOneAddressAreLimitedPerMinute() {
        String address = "192.0.2." + (1 + new java.util.Random().nextInt(200));
        for (int i = 0; i < 3; i++) {
            given().contentType("application/json")
                    .header("X-Forwarded-For", address)
                    .body(Map.of("username", "khong-co-" + i, "password", "sai-mat-khau"))
                    .when()
                    .post("/api/v1/auth/token")
                    .then()
                    .statusCode(401);
        }
        given().contentType("application/json")
                .header("X-Forwarded-For", address)
                .body(Map.of("username", "admin", "password", "admin-password-for-tests"))
                .when()
                .post("/api/v1/auth/token")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]?"));
        given().contentType("application/json")
                .header("X-Forwarded-For", "192.0.2.250")
                .body(Map.of("username", "admin", "password", "admin-password-for-tests"))
                .when()
                .post("/api/v1/auth/token")
                .then()
                .statusCode(200);
    }
}
