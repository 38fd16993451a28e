package vn.bantin.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.bantin.TestData;

/**
 * What an operator's Prometheus reads at /q/metrics (views by outcome, view batches, the read cache, search), and
 * the health a load balancer asks (readiness includes the database).
 */
@QuarkusTest
class MetricsTest {
    @Inject
    TestData data;

    private static String metrics() {
        return given().accept("text/plain")
                .when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /** The sum of a metric's samples whose labels contain {@code labels} (0 when there is none). */
    private static double value(String metrics, String name, String labels) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{([^}]*)\\})? ([0-9.eE+-]+)$")
                .matcher(metrics);
        double sum = 0;
        while (m.find()) {
            if ((m.group(1) == null ? "" : m.group(1)).contains(labels)) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }

    @Test
    void viewsBatchesTheReadCacheAndSearchAreCounted() {
        // An article of its own: the seed's count is another test's to check.
        String slug = data.article(
                        "Bài đếm số liệu",
                        data.category("Vận hành"),
                        data.author("Quang Huy"),
                        Duration.ofHours(1),
                        List.of())
                .slug;
        String before = metrics();
        given().contentType("application/json")
                .body("{}")
                .when()
                .post("/api/v1/articles/" + slug + "/views")
                .then()
                .statusCode(200);
        given().header("User-Agent", "Googlebot/2.1")
                .when()
                .post("/api/v1/articles/" + slug + "/views")
                .then()
                .statusCode(200);
        given().when().post("/api/v1/articles/khong-co-bai-nay/views").then().statusCode(404);
        for (int i = 0; i < 2; i++) {
            given().when().get("/api/v1/categories").then().statusCode(200);
        }
        given().queryParam("q", "quy che dan chu")
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(200);
        String after = metrics();

        for (String outcome : new String[] {"counted", "crawler", "unknown-article"}) {
            assertTrue(
                    value(after, "bantin_views_total", "outcome=\"" + outcome + "\"")
                            >= value(before, "bantin_views_total", "outcome=\"" + outcome + "\"") + 1,
                    outcome);
        }
        assertTrue(
                value(after, "bantin_view_batch_size_count", "") > value(before, "bantin_view_batch_size_count", ""));
        assertTrue(after.contains("bantin_views_queue"), "the queue's depth");
        assertTrue(
                value(after, "bantin_read_cache_total", "result=\"hit\"")
                        >= value(before, "bantin_read_cache_total", "result=\"hit\"") + 1,
                "the second GET was a hit");
        assertTrue(value(after, "bantin_search_seconds_count", "")
                >= value(before, "bantin_search_seconds_count", "") + 1);
        assertTrue(after.contains("bantin_search_seconds{") && after.contains("quantile=\"0.95\""));
        assertTrue(after.contains("jvm_memory_used_bytes"), "the JVM's own");
    }

    @Test
    void livenessAndReadinessWithTheDatabase() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("UP"));
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("UP"))
                .body(
                        "checks.name",
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("Database connections")));
    }
}
