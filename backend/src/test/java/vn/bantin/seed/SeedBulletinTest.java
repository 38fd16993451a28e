package vn.bantin.seed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bantin.article.Article;

/** The committee's sample bulletin is served exactly as the seed file reads it, and loads once. */
@QuarkusTest
class SeedBulletinTest {
    static final String SLUG =
            "quan-uy-to-chuc-hoi-nghi-so-ket-6-thang-dau-nam-trien-khai-nhiem-vu-trong-tam-6-thang-cuoi-nam-20024";

    @Inject
    BulletinSeedLoader loader;

    @Test
    void servesTheSeedBulletinVerbatim() throws IOException {
        JsonNode seed = seed();
        JsonPath article = given().when()
                .get("/api/v1/articles/" + SLUG)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertEquals(seed.get("title").asText(), article.getString("title"));
        assertEquals("Tin tức hoạt động của Quận ủy", article.getString("category.name"));
        assertEquals("Văn Tân", article.getString("author.name"));
        assertEquals("2024-07-10T14:49:00+07:00", article.getString("publishedAt"));
        assertEquals(130, article.getInt("viewCount"));
        List<String> paragraphs = new ArrayList<>();
        seed.get("paragraphs").forEach(p -> paragraphs.add("<p>" + p.asText() + "</p>"));
        assertEquals(String.join("\n", paragraphs), article.getString("bodyHtml"));
        // The typos and the stray no-break space are the committee's own.
        org.junit.jupiter.api.Assertions.assertTrue(
                article.getString("bodyHtml").contains("năm 20024"));
        org.junit.jupiter.api.Assertions.assertTrue(
                article.getString("bodyHtml").contains("xây dựng xây \u00a0và"));
    }

    @Test
    void seedCategoryAndAuthorAreListed() {
        given().when()
                .get("/api/v1/categories/tin-tuc-hoat-dong-cua-quan-uy")
                .then()
                .statusCode(200)
                .body("name", equalTo("Tin tức hoạt động của Quận ủy"))
                .body("articleCount", equalTo(1));
        given().when().get("/api/v1/authors/van-tan").then().statusCode(200).body("name", equalTo("Văn Tân"));
    }

    @Test
    void anotherStartDoesNotLoadItAgain() {
        loader.onStart(null);
        loader.onStart(null);
        assertEquals(1L, Article.count("title", seedTitle()));
    }

    private static String seedTitle() {
        try {
            return seed().get("title").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode seed() throws IOException {
        try (InputStream in =
                SeedBulletinTest.class.getClassLoader().getResourceAsStream(BulletinSeedLoader.RESOURCE)) {
            return new ObjectMapper().readTree(in);
        }
    }
}
