package vn.bantin.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bantin.TestData;
import vn.bantin.author.Author;
import vn.bantin.category.Category;
import vn.bantin.tag.Tag;

@QuarkusTest
class ArticleDetailTest {
    @Inject
    TestData data;

    @Test
    void answersTheWholeArticle() {
        Category category = data.category("Chi tiết");
        Author author = data.author("Người viết");
        Tag b = data.tag("Bầu cử");
        Tag a = data.tag("An sinh");
        Article article = data.article("Hội nghị chi tiết", category, author, Duration.ofHours(3), List.of(b, a));

        given().when()
                .get("/api/v1/articles/" + article.slug)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("id", equalTo(article.id.intValue()))
                .body("title", equalTo("Hội nghị chi tiết"))
                .body("bodyHtml", equalTo("<p>Hội nghị chi tiết</p>"))
                .body("category.name", equalTo("Chi tiết"))
                .body("author.slug", equalTo(author.slug))
                .body("tags.name", contains("An sinh", "Bầu cử"))
                .body("publishedAt", endsWith("+07:00"))
                .body("updatedAt", endsWith("+07:00"));
    }

    @Test
    void unknownSlugAnswers404Problem() {
        given().when()
                .get("/api/v1/articles/khong-co-bai-nay")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("detail", equalTo("No published article has the slug 'khong-co-bai-nay'"));
        given().when()
                .get("/api/v1/articles/khong-co-bai-nay/related")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void oldSlugAnswers301ToTheCurrentOne() {
        Category category = data.category("Đổi slug");
        Author author = data.author("Người sửa");
        Article article = data.article("Bài đổi tên", category, author, Duration.ofHours(1), List.of());
        String oldSlug = article.slug;
        String newSlug = TestData.unique("bai-moi");
        data.renameSlug(article, newSlug);

        given().redirects()
                .follow(false)
                .when()
                .get("/api/v1/articles/" + oldSlug)
                .then()
                .statusCode(301)
                .header("Location", endsWith("/api/v1/articles/" + newSlug));
        given().when().get("/api/v1/articles/" + newSlug).then().statusCode(200).body("slug", equalTo(newSlug));
    }

    @Test
    void relatedSharesCategoryOrTagsMostSharedFirst() {
        Category home = data.category("Nhà");
        Category elsewhere = data.category("Nơi khác");
        Author author = data.author("Người liên quan");
        Tag t1 = data.tag("Một");
        Tag t2 = data.tag("Hai");
        Article subject = data.article("Bài gốc", home, author, Duration.ofDays(5), List.of(t1, t2));
        Article sameCategoryOnly = data.article("Cùng chuyên mục", home, author, Duration.ofDays(1), List.of());
        Article twoTagsElsewhere =
                data.article("Hai thẻ chung", elsewhere, author, Duration.ofDays(9), List.of(t1, t2));
        Article categoryAndTag = data.article("Chuyên mục và thẻ", home, author, Duration.ofDays(8), List.of(t2));
        Article oneTagElsewhere = data.article("Một thẻ chung", elsewhere, author, Duration.ofDays(2), List.of(t1));
        data.article("Không liên quan", elsewhere, author, Duration.ofDays(1), List.of());

        given().when()
                .get("/api/v1/articles/" + subject.slug + "/related?limit=20")
                .then()
                .statusCode(200)
                // Category and one tag count two, like two tags; equal scores go newest first.
                .body(
                        "slug",
                        contains(
                                categoryAndTag.slug,
                                twoTagsElsewhere.slug,
                                sameCategoryOnly.slug,
                                oneTagElsewhere.slug))
                .body("slug", not(hasItem(subject.slug)));
        given().when()
                .get("/api/v1/articles/" + subject.slug + "/related?limit=2")
                .then()
                .statusCode(200)
                .body("$", hasSize(2));
    }

    @Test
    void relatedOfALoneArticleIsEmpty() {
        Article lone = data.article(
                "Một mình", data.category("Cô đơn"), data.author("Ẩn danh"), Duration.ofDays(1), List.of());
        given().when()
                .get("/api/v1/articles/" + lone.slug + "/related")
                .then()
                .statusCode(200)
                .body("$", empty());
    }
}
