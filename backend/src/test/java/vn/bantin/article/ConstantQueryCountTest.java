package vn.bantin.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import vn.bantin.readcache.ReadCache;

/** A list costs the same few SQL statements whether it holds 5 or 100 articles: no N+1. */
@QuarkusTest
class ConstantQueryCountTest {
    @Inject
    EntityManagerFactory emf;

    @Inject
    ReadCache readCache;

    @Test
    void listOf100CostsAsManyStatementsAsListOf5() {
        long small = statementsFor("/api/v1/articles?size=5", 5);
        long large = statementsFor("/api/v1/articles?size=100", 100);
        assertEquals(small, large, "statements for 5 vs 100 articles");
        assertTrue(large <= 3, "a page needs a count, the articles and their tags, was " + large);
    }

    @Test
    void relatedCostsAFixedNumberOfStatements() {
        String slug = given().when()
                .get("/api/v1/articles?size=1&sort=oldest")
                .then()
                .extract()
                .path("items[0].slug");
        long few = statementsFor("/api/v1/articles/" + slug + "/related?limit=1", -1);
        long many = statementsFor("/api/v1/articles/" + slug + "/related?limit=20", -1);
        assertEquals(few, many);
    }

    private long statementsFor(String path, int expectedItems) {
        readCache.invalidateAll(); // this measures the database path, not an answer from memory
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        var then = given().when().get(path).then().statusCode(200);
        if (expectedItems > 0) {
            then.body("items", hasSize(expectedItems));
        }
        return statistics.getPrepareStatementCount();
    }
}
