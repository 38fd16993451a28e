package vn.bantin.view;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.bantin.TestData;
import vn.bantin.article.Article;
import vn.bantin.author.Author;
import vn.bantin.category.Category;
import vn.bantin.common.BantinConfig;
import vn.bantin.common.MovableClock;
import vn.bantin.common.RawHttp;
import vn.bantin.listing.ArticleStatus;

@QuarkusTest
class ViewsTest {
    @Inject
    TestData data;

    @Inject
    MovableClock clock;

    @Inject
    BantinConfig config;

    @TestHTTPResource("/")
    java.net.URL base;

    int port;

    Category category;
    Author author;
    Article article;

    @BeforeEach
    void world() {
        category = data.category("Lượt xem");
        author = data.author("Người đọc");
        article = data.article("Bài được đọc", category, author, Duration.ofDays(1), List.of());
        port = base.getPort();
    }

    @Test
    void aViewIsCountedAndTheAnswerIncludesIt() {
        view(article.slug, null)
                .then()
                .statusCode(200)
                .body("slug", equalTo(article.slug))
                .body("viewCount", equalTo(1))
                .body("counted", equalTo(true));
        view(article.slug, null).then().statusCode(200).body("viewCount", equalTo(2));
        given().when().get("/api/v1/articles/" + article.slug).then().body("viewCount", equalTo(2));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
                "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
                "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
                "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
                "Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)"
            })
    void crawlersAreAnsweredButNotCounted(String userAgent) {
        given().header("User-Agent", userAgent)
                .when()
                .post("/api/v1/articles/" + article.slug + "/views")
                .then()
                .statusCode(200)
                .body("counted", equalTo(false))
                .body("viewCount", equalTo(0));
    }

    @Test
    void browsersAreCounted() {
        given().header("User-Agent", "Mozilla/5.0 (Linux; Android 13; CUBOT X19) AppleWebKit/537.36 Chrome/120 Mobile")
                .when()
                .post("/api/v1/articles/" + article.slug + "/views")
                .then()
                .statusCode(200)
                .body("counted", equalTo(true));
    }

    @Test
    void aJsonNullBodyIsNoBody() {
        given().contentType("application/json")
                .body("null")
                .when()
                .post("/api/v1/articles/" + article.slug + "/views")
                .then()
                .statusCode(200)
                .body("counted", equalTo(true));
    }

    @Test
    void aRepeatByTheSameVisitorIsNotCounted() {
        UUID reader = UUID.randomUUID();
        view(article.slug, reader).then().body("counted", equalTo(true)).body("viewCount", equalTo(1));
        view(article.slug, reader).then().body("counted", equalTo(false)).body("viewCount", equalTo(1));
        view(article.slug, UUID.randomUUID())
                .then()
                .body("counted", equalTo(true))
                .body("viewCount", equalTo(2));
        Article other = data.article("Bài khác", category, author, Duration.ofDays(1), List.of());
        view(other.slug, reader).then().body("counted", equalTo(true));
    }

    @Test
    void theSameVisitorCountsAgainAfterTheRepeatWindow() {
        UUID reader = UUID.randomUUID();
        view(article.slug, reader).then().body("counted", equalTo(true));
        Duration window = Duration.ofMinutes(config.views().repeatWindowMinutes());
        clock.advance(window.minusMinutes(1));
        view(article.slug, reader).then().body("counted", equalTo(false));
        clock.advance(Duration.ofMinutes(2));
        view(article.slug, reader).then().body("counted", equalTo(true)).body("viewCount", equalTo(2));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void sendBeaconsTextBodyIsAccepted() {
        given().contentType("text/plain;charset=UTF-8")
                .body("{\"visitorId\":\"" + UUID.randomUUID() + "\"}")
                .when()
                .post("/api/v1/articles/" + article.slug + "/views")
                .then()
                .statusCode(200)
                .body("counted", equalTo(true));
    }

    @Test
    void hiddenOrUnknownArticlesAnswer404() {
        Article draft = data.article("Nháp", category, author, ArticleStatus.DRAFT, Instant.now(), null, List.of());
        for (String slug : List.of(draft.slug, "khong-co-bai-nay", "KHÔNG")) {
            view(slug, null)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("status", equalTo(404));
        }
    }

    @Test
    void badBodiesAnswer400AndWrongTypes415() {
        for (String body :
                List.of("{\"visitorId\":\"not-a-uuid\"}", "{\"visitorId\":42}", "{\"visitorId\":\"1-1-1-1-1\"}")) {
            given().contentType(ContentType.JSON)
                    .body(body)
                    .when()
                    .post("/api/v1/articles/" + article.slug + "/views")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("visitorId"));
        }
        for (String body : List.of("{", "[1]", "\"x\"")) {
            given().contentType(ContentType.JSON)
                    .body(body)
                    .when()
                    .post("/api/v1/articles/" + article.slug + "/views")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        given().contentType(ContentType.XML)
                .body("<view/>")
                .when()
                .post("/api/v1/articles/" + article.slug + "/views")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        // Quarkus REST routes GET .../views to no method of any resource: 404 rather than 405, still problem+json.
        given().when()
                .get("/api/v1/articles/" + article.slug + "/views")
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(404, 405))
                .contentType("application/problem+json");
        given().when().get("/api/v1/articles/" + article.slug).then().body("viewCount", equalTo(0));
    }

    /**
     * Views are recorded on the event loop (RecordViewOnEventLoop); what it leaves to the REST layer — a chunked
     * body, a percent-encoded slug — must be answered alike.
     */
    @Test
    void requestsLeftToTheRestLayerAreAnsweredAlike() {
        UUID visitor = UUID.randomUUID();
        String target = "/api/v1/articles/" + article.slug + "/views";
        RawHttp.Answer first = RawHttp.postChunked(port, target, "text/plain", "{\"visitorId\":\"" + visitor + "\"}");
        assertEquals(200, first.status(), first.text());
        assertEquals("{\"slug\":\"" + article.slug + "\",\"viewCount\":1,\"counted\":true}", first.body());
        RawHttp.Answer repeat =
                RawHttp.postChunked(port, target, "application/json", "{\"visitorId\":\"" + visitor + "\"}");
        assertEquals("{\"slug\":\"" + article.slug + "\",\"viewCount\":1,\"counted\":false}", repeat.body());
        RawHttp.Answer bad = RawHttp.postChunked(port, target, "application/json", "{\"visitorId\":42}");
        assertEquals(400, bad.status());
        assertTrue(
                bad.text().contains("application/problem+json") && bad.body().contains("\"field\":\"visitorId\""),
                bad.text());

        String encoded = "/api/v1/articles/" + article.slug.replace("-", "%2D") + "/views";
        given().urlEncodingEnabled(false)
                .when()
                .post(encoded)
                .then()
                .statusCode(200)
                .body("slug", equalTo(article.slug))
                .body("viewCount", equalTo(2))
                .body("counted", equalTo(true));
    }

    static io.restassured.response.Response view(String slug, UUID visitor) {
        var request = given().contentType(ContentType.JSON);
        if (visitor != null) {
            request.body("{\"visitorId\":\"" + visitor + "\"}");
        }
        return request.when().post("/api/v1/articles/" + slug + "/views");
    }

    static long count(String slug) {
        // A crawler's view is answered with the exact count and changes nothing.
        return given().header("User-Agent", "Googlebot/2.1")
                .when()
                .post("/api/v1/articles/" + slug + "/views")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("viewCount");
    }

    @Test
    void countHelperReadsWithoutCounting() {
        assertEquals(0, count(article.slug));
        assertEquals(0, count(article.slug));
    }
}
