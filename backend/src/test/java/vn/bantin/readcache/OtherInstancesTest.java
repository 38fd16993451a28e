package vn.bantin.readcache;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.bantin.TestData;
import vn.bantin.article.Article;

/**
 * Several instances on one PostgreSQL: a change committed by another writer (here a plain JDBC connection, past
 * this instance's entities, as another instance's write is) empties this instance's read cache at once, well
 * before the cache's freshness (5 s) would.
 */
@QuarkusTest
class OtherInstancesTest {
    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Inject
    TestData data;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password")
    java.util.Optional<String> password;

    private static String title(String slug) {
        return given().when()
                .get("/api/v1/articles/" + slug)
                .then()
                .statusCode(200)
                .extract()
                .path("title");
    }

    @Test
    void anEditCommittedElsewhereShowsOnTheNextRequests() throws Exception {
        assumeTrue(dbKind.contains("postgresql"), "one process is all there is on the embedded database");
        Article article = data.article(
                "Bản tin trước khi sửa",
                data.category("Nhiều máy chủ"),
                data.author("Hà Linh"),
                Duration.ofHours(1),
                List.of());
        assertEquals("Bản tin trước khi sửa", title(article.slug));
        assertEquals("Bản tin trước khi sửa", title(article.slug)); // now answered from the read cache

        // A connection of its own, not one of the pool: a pooled one would go back named as the other instance, and
        // this instance's later writes through it would empty its cache as if they came from elsewhere (which
        // emptied it under the next test class, ReadCacheTest, in CI).
        try (Connection other = DriverManager.getConnection(jdbcUrl, username, password.orElse(""));
                PreparedStatement edit = other.prepareStatement("update article set title = ? where id = ?")) {
            other.setAutoCommit(true);
            try (var named = other.createStatement()) {
                named.execute("set application_name = 'bantin-another-instance'"); // as another process names its own
            }
            edit.setString(1, "Bản tin đã sửa ở máy chủ khác");
            edit.setLong(2, article.id);
            assertEquals(1, edit.executeUpdate());
        }

        long deadline = System.nanoTime() + Duration.ofMillis(1500).toNanos();
        String seen = title(article.slug);
        while (!seen.equals("Bản tin đã sửa ở máy chủ khác") && System.nanoTime() < deadline) {
            Thread.sleep(50);
            seen = title(article.slug);
        }
        assertEquals("Bản tin đã sửa ở máy chủ khác", seen, "within 1.5 s, not after the cache's 5 s");
    }
}
