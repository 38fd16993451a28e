package vn.bantin.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bantin.TestData;
import vn.bantin.article.Article;
import vn.bantin.category.Category;

@QuarkusTest
class HttpCachingTest {
    static final List<String> PUBLIC_GETS = List.of(
            "/api/v1/articles",
            "/api/v1/articles?size=5&sort=oldest",
            "/api/v1/categories",
            "/api/v1/authors",
            "/api/v1/tags",
            "/api/v1/categories/tin-tuc-hoat-dong-cua-quan-uy",
            "/api/v1/authors/van-tan");

    @Inject
    TestData data;

    @Test
    void publicAnswersCarryAStrongETagAndCacheControl() {
        for (String path : PUBLIC_GETS) {
            given().when()
                    .get(path)
                    .then()
                    .statusCode(200)
                    .header("ETag", matchesPattern("\"[A-Za-z0-9_-]+\""))
                    .header("Cache-Control", containsString("max-age="))
                    .header("Cache-Control", not(containsString("no-store")));
        }
    }

    @Test
    void ifNoneMatchAnswers304WithoutBody() {
        for (String path : PUBLIC_GETS) {
            String etag =
                    given().when().get(path).then().statusCode(200).extract().header("ETag");
            given().header("If-None-Match", etag)
                    .when()
                    .get(path)
                    .then()
                    .statusCode(304)
                    .header("ETag", equalTo(etag))
                    .body(emptyString());
            given().header("If-None-Match", "\"something-else\", " + etag)
                    .when()
                    .get(path)
                    .then()
                    .statusCode(304);
        }
    }

    @Test
    void staleETagGetsTheNewAnswer() {
        Category category = data.category("Thay đổi");
        Article article = data.article("Trước", category, data.author("A"), Duration.ofHours(1), List.of());
        String path = "/api/v1/articles/" + article.slug;
        String before = given().when().get(path).then().extract().header("ETag");
        data.setViews(article, 77);
        Response after = given().header("If-None-Match", before).when().get(path);
        after.then().statusCode(200).body("viewCount", equalTo(77));
        org.junit.jupiter.api.Assertions.assertNotEquals(before, after.header("ETag"));
    }

    @Test
    void publicEndpointsAnswerAnyOriginAndExposeHeaders() {
        given().header("Origin", "https://reader.example.org")
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://reader.example.org")
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("X-Total-Count"))
                .header("Access-Control-Expose-Headers", containsString("Link"));
    }
}
