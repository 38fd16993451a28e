package vn.bantin.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bantin.TestData;
import vn.bantin.author.Author;
import vn.bantin.category.Category;
import vn.bantin.common.Hanoi;
import vn.bantin.listing.ArticleStatus;
import vn.bantin.tag.Tag;

@QuarkusTest
class ArticleListTest {
    @Inject
    TestData data;

    Category category;
    Author author;
    Tag tag;
    Article newest;
    Article middle;
    Article oldest;

    @BeforeEach
    void world() {
        category = data.category("Chuyên mục thử");
        author = data.author("Tác giả thử");
        tag = data.tag("Thẻ thử");
        oldest = data.article("Bài cũ nhất", category, author, Duration.ofDays(30), List.of(tag));
        middle = data.article("Bài giữa", category, author, Duration.ofDays(20), List.of());
        newest = data.article("Bài mới nhất", category, author, Duration.ofDays(10), List.of(tag));
        data.setViews(middle, 900);
        data.setViews(oldest, 500);
    }

    @Test
    void listsNewestFirstByDefault() {
        given().queryParam("category", category.slug)
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items.slug", contains(newest.slug, middle.slug, oldest.slug))
                .body("page", equalTo(1))
                .body("size", equalTo(20))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(1))
                .body("items[0].category.slug", equalTo(category.slug))
                .body("items[0].author.name", equalTo("Tác giả thử"))
                .body("items[0].tags.slug", contains(tag.slug))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("bodyHtml")));
    }

    @Test
    void sortsOldestAndMostViewed() {
        given().queryParam("category", category.slug)
                .queryParam("sort", "oldest")
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items.slug", contains(oldest.slug, middle.slug, newest.slug));
        given().queryParam("category", category.slug)
                .queryParam("sort", "most-viewed")
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items.slug", contains(middle.slug, oldest.slug, newest.slug));
    }

    @Test
    void filtersByAuthorAndTag() {
        given().queryParam("tag", tag.slug)
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items.slug", contains(newest.slug, oldest.slug));
        given().queryParam("author", author.slug)
                .queryParam("tag", tag.slug)
                .queryParam("sort", "oldest")
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items.slug", contains(oldest.slug, newest.slug));
    }

    @Test
    void unknownFilterSlugGivesAnEmptyPage() {
        for (String filter : List.of("category", "author", "tag")) {
            given().queryParam(filter, "khong-ton-tai")
                    .when()
                    .get("/api/v1/articles")
                    .then()
                    .statusCode(200)
                    .body("items", empty())
                    .body("totalItems", equalTo(0))
                    .body("totalPages", equalTo(0));
        }
    }

    @Test
    void pagesWithLinksAndTotal() {
        given().queryParam("category", category.slug)
                .queryParam("size", 2)
                .queryParam("page", 1)
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "3")
                .header("Link", containsString("page=2>; rel=\"next\""))
                .header("Link", not(containsString("rel=\"prev\"")))
                .body("items.slug", contains(newest.slug, middle.slug))
                .body("totalPages", equalTo(2));
        given().queryParam("category", category.slug)
                .queryParam("size", 2)
                .queryParam("page", 2)
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .header("Link", containsString("page=1>; rel=\"prev\""))
                .header("Link", not(containsString("rel=\"next\"")))
                .body("items.slug", contains(oldest.slug));
    }

    @Test
    void pagePastTheLastIsEmpty() {
        given().queryParam("category", category.slug)
                .queryParam("page", 9)
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("page", equalTo(9))
                .body("totalItems", equalTo(3));
    }

    @Test
    void filtersByInclusiveHanoiDays() {
        Category days = data.category("Theo ngày");
        LocalDate day = LocalDate.of(2023, 3, 15);
        Article earlyMorning = data.article(
                "Sáng sớm",
                days,
                author,
                ArticleStatus.PUBLISHED,
                day.atTime(LocalTime.of(0, 30)).atZone(Hanoi.ZONE).toInstant(),
                null,
                List.of());
        Article lateEvening = data.article(
                "Tối muộn",
                days,
                author,
                ArticleStatus.PUBLISHED,
                day.atTime(LocalTime.of(23, 30)).atZone(Hanoi.ZONE).toInstant(),
                null,
                List.of());
        data.article(
                "Hôm sau",
                days,
                author,
                ArticleStatus.PUBLISHED,
                day.plusDays(1).atStartOfDay(Hanoi.ZONE).toInstant(),
                null,
                List.of());

        given().queryParam("category", days.slug)
                .queryParam("from", "2023-03-15")
                .queryParam("to", "2023-03-15")
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items.slug", contains(lateEvening.slug, earlyMorning.slug))
                .body("items[1].publishedAt", equalTo("2023-03-15T00:30:00+07:00"));
        given().queryParam("category", days.slug)
                .queryParam("from", "2023-03-16")
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1));
    }

    @Test
    void showsOnlyPubliclyVisibleArticles() {
        Category hidden = data.category("Ẩn hiện");
        Instant now = Instant.now();
        Instant past = now.minus(Duration.ofDays(1));
        Article published = data.article("Đã đăng", hidden, author, ArticleStatus.PUBLISHED, past, null, List.of());
        Article scheduledPassed = data.article(
                "Hẹn giờ đã đến",
                hidden,
                author,
                ArticleStatus.SCHEDULED,
                now.minus(Duration.ofHours(2)),
                null,
                List.of());
        Article notExpired = data.article(
                "Còn hạn", hidden, author, ArticleStatus.PUBLISHED, past, now.plus(Duration.ofDays(1)), List.of());
        Article draft = data.article("Bản nháp", hidden, author, ArticleStatus.DRAFT, past, null, List.of());
        Article scheduledLater = data.article(
                "Hẹn giờ sau", hidden, author, ArticleStatus.SCHEDULED, now.plus(Duration.ofDays(1)), null, List.of());
        Article archived = data.article("Lưu trữ", hidden, author, ArticleStatus.ARCHIVED, past, null, List.of());
        Article expired = data.article(
                "Hết hạn", hidden, author, ArticleStatus.PUBLISHED, past, now.minus(Duration.ofMinutes(1)), List.of());

        given().queryParam("category", hidden.slug)
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                // Equal times fall back to the newer id first.
                .body("items.slug", contains(scheduledPassed.slug, notExpired.slug, published.slug));
        for (Article invisible : List.of(draft, scheduledLater, archived, expired)) {
            given().when().get("/api/v1/articles/" + invisible.slug).then().statusCode(404);
        }
        given().when()
                .get("/api/v1/categories/" + hidden.slug)
                .then()
                .statusCode(200)
                .body("articleCount", equalTo(3));
    }

    @Test
    void summaryFieldsMayBeNull() {
        given().queryParam("category", category.slug)
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items.summary", everyItem(nullValue()))
                .body("items.coverImageUrl", everyItem(nullValue()));
    }
}
