package vn.bantin.view;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bantin.TestData;
import vn.bantin.article.Article;
import vn.bantin.author.Author;
import vn.bantin.category.Category;
import vn.bantin.common.Hanoi;

@QuarkusTest
class MostViewedTest {
    @Inject
    TestData data;

    @Inject
    java.time.Clock clock;

    Category category;
    Article today;
    Article thisWeek;
    Article thisMonth;
    Article longAgo;

    @BeforeEach
    void world() {
        category = data.category("Đọc nhiều");
        Author author = data.author("Người viết");
        LocalDate day = Hanoi.today(clock);
        today = data.article("Hôm nay", category, author, Duration.ofDays(400), List.of());
        thisWeek = data.article("Tuần này", category, author, Duration.ofDays(400), List.of());
        thisMonth = data.article("Tháng này", category, author, Duration.ofDays(400), List.of());
        longAgo = data.article("Năm ngoái", category, author, Duration.ofDays(400), List.of());
        data.viewsOnDay(today, day, 5);
        data.viewsOnDay(thisWeek, day.minusDays(6), 20);
        data.viewsOnDay(thisMonth, day.minusDays(7), 30);
        data.viewsOnDay(thisMonth, day.minusDays(29), 15);
        data.viewsOnDay(longAgo, day.minusDays(30), 100);
        data.setViews(today, 5);
        data.setViews(thisWeek, 20);
        data.setViews(thisMonth, 45);
        data.setViews(longAgo, 100);
    }

    @Test
    void eachPeriodCountsItsOwnHanoiDays() {
        mostViewed("day").body("slug", contains(today.slug)).body("[0].periodViews", equalTo(5));
        mostViewed("week").body("slug", contains(thisWeek.slug, today.slug)).body("periodViews", contains(20, 5));
        mostViewed("month")
                .body("slug", contains(thisMonth.slug, thisWeek.slug, today.slug))
                .body("periodViews", contains(45, 20, 5));
        mostViewed("year").body("slug", contains(longAgo.slug, thisMonth.slug, thisWeek.slug, today.slug));
        mostViewed("all")
                .body("slug", contains(longAgo.slug, thisMonth.slug, thisWeek.slug, today.slug))
                .body("[0].periodViews", equalTo(100))
                .body("[0].viewCount", equalTo(100));
    }

    @Test
    void weekIsTheDefaultAndLimitApplies() {
        given().queryParam("category", category.slug)
                .queryParam("limit", 1)
                .when()
                .get("/api/v1/articles/most-viewed")
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].slug", equalTo(thisWeek.slug));
    }

    @Test
    void viewsPostedTodayCountForToday() {
        ViewsTest.view(thisWeek.slug, null).then().statusCode(200);
        mostViewed("day").body("slug", contains(today.slug, thisWeek.slug)).body("periodViews", contains(5, 1));
    }

    @Test
    void unknownCategoryIsAnEmptyList() {
        given().queryParam("category", "khong-co")
                .when()
                .get("/api/v1/articles/most-viewed")
                .then()
                .statusCode(200)
                .body("$", empty());
    }

    @Test
    void badParametersAnswer400() {
        for (String query : List.of("period=hour", "limit=0", "limit=51", "limit=x")) {
            given().when()
                    .get("/api/v1/articles/most-viewed?" + query)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    private io.restassured.response.ValidatableResponse mostViewed(String period) {
        return given().queryParam("category", category.slug)
                .queryParam("period", period)
                .when()
                .get("/api/v1/articles/most-viewed")
                .then()
                .statusCode(200);
    }
}
