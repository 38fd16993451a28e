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

/** The contract's per-address limit, switched on (the other tests run with it off: they all come from one address). */
@QuarkusTest
@TestProfile(ViewLimitTest.ThreePerAddress.class)
class ViewLimitTest {
    public static class ThreePerAddress implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A database of its own on H2: the suite's in-memory one outlives its boot, and H2's full-text index
            // (schema FT) cannot be made twice in it. On PostgreSQL the %pg URL wins over this %test one.
            return Map.of("bantin.views.max-per-address", "3", "bantin.demo-data.articles", "20",
                    "%test.quarkus.datasource.jdbc.url", "jdbc:h2:mem:bantin-view-limit;DB_CLOSE_DELAY=-1");
        }
    }

    @Inject
    TestData data;

    private boolean view(String slug, UUID visitor) {
        return given().contentType("application/json")
                .body(visitor == null ? "{}" : "{\"visitorId\":\"" + visitor + "\"}")
                .when().post("/api/v1/articles/" + slug + "/views")
                .then().statusCode(200).extract().path("counted");
    }

    @Test
    void oneAddressCountsAtMostTheLimitPerArticleWhateverVisitorIdsItSends() {
        Article article = data.article("Bài bị bấm liên tục", data.category("Giới hạn"), data.author("Đức Anh"),
                Duration.ofHours(1), List.of());
        Article other = data.article("Bài khác", data.category("Giới hạn"), data.author("Đức Anh"),
                Duration.ofHours(1), List.of());
        long counted = 0;
        for (int i = 0; i < 10; i++) {
            counted += view(article.slug, i % 2 == 0 ? null : UUID.randomUUID()) ? 1 : 0;
        }
        assertEquals(3, counted);
        assertEquals(true, view(other.slug, null), "another article has its own count");
        long total = given().contentType("application/json").body("{}").header("User-Agent", "Googlebot")
                .when().post("/api/v1/articles/" + article.slug + "/views").then().extract().<Integer>path("viewCount");
        assertEquals(3, total);
    }
}
