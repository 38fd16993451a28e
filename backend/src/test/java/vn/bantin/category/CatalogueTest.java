package vn.bantin.category;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.text.Collator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.bantin.TestData;
import vn.bantin.author.Author;
import vn.bantin.listing.ArticleStatus;
import vn.bantin.tag.Tag;

/** Categories, authors and tags: lists, one by slug, and counts of publicly visible articles. */
@QuarkusTest
class CatalogueTest {
    @Inject
    TestData data;

    @Test
    void countsOnlyVisibleArticles() {
        Category category = data.category("Đếm bài");
        Author author = data.author("Người đếm");
        Tag tag = data.tag("Thẻ đếm");
        data.article("Hiện", category, author, Duration.ofDays(1), List.of(tag));
        data.article("Nháp", category, author, ArticleStatus.DRAFT, java.time.Instant.now(), null, List.of(tag));

        given().when()
                .get("/api/v1/categories/" + category.slug)
                .then()
                .statusCode(200)
                .body("name", equalTo("Đếm bài"))
                .body("articleCount", equalTo(1))
                .body("position", equalTo(1000))
                .body("description", nullValue());
        given().when()
                .get("/api/v1/authors/" + author.slug)
                .then()
                .statusCode(200)
                .body("name", equalTo("Người đếm"))
                .body("articleCount", equalTo(1));
        given().when()
                .get("/api/v1/tags/" + tag.slug)
                .then()
                .statusCode(200)
                .body("name", equalTo("Thẻ đếm"))
                .body("articleCount", equalTo(1));
        given().when().get("/api/v1/categories").then().statusCode(200).body("slug", hasItem(category.slug));
    }

    @Test
    void categoriesComeByPosition() {
        List<Integer> positions = given().when()
                .get("/api/v1/categories")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("position", Integer.class);
        List<Integer> sorted = new ArrayList<>(positions);
        sorted.sort(Integer::compare);
        org.junit.jupiter.api.Assertions.assertEquals(sorted, positions);
    }

    @Test
    void authorsAndTagsComeInVietnameseOrder() {
        data.author("Đặng Văn Bình");
        data.author("Dương Thị An");
        for (String list : List.of("/api/v1/authors", "/api/v1/tags")) {
            JsonPath json =
                    given().when().get(list).then().statusCode(200).extract().jsonPath();
            List<String> names = json.getList("name", String.class);
            List<String> sorted = new ArrayList<>(names);
            sorted.sort(Collator.getInstance(Locale.forLanguageTag("vi")));
            org.junit.jupiter.api.Assertions.assertEquals(sorted, names, list);
        }
        List<String> authors = given().when()
                .get("/api/v1/authors")
                .then()
                .extract()
                .jsonPath()
                .getList("name", String.class);
        // Đ is its own letter after D.
        org.junit.jupiter.api.Assertions.assertTrue(
                authors.indexOf("Dương Thị An") < authors.indexOf("Đặng Văn Bình"), authors.toString());
    }

    @Test
    void unknownSlugsAnswer404() {
        for (String path :
                List.of("/api/v1/categories/khong-co", "/api/v1/authors/khong-co", "/api/v1/tags/khong-co")) {
            given().when()
                    .get(path)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("status", equalTo(404));
        }
    }
}
