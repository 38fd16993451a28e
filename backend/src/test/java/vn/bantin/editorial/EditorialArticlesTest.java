package vn.bantin.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bantin.Editors;
import vn.bantin.TestData;
import vn.bantin.author.Author;
import vn.bantin.category.Category;
import vn.bantin.common.MovableClock;
import vn.bantin.tag.Tag;

/** Writing, publishing, scheduling and archiving through the editorial API, and what the public sees of it. */
@QuarkusTest
class EditorialArticlesTest {
    private static final String ARTICLES = "/api/v1/admin/articles";

    @Inject
    MovableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Inject
    TestData data;

    private String editor;
    private Category category;
    private Author author;
    private Tag tag;

    @BeforeEach
    void signIn() {
        editor = Editors.newAccountToken("EDITOR");
        category = data.category("Tin tức biên tập");
        author = data.author("Minh Hằng");
        tag = data.tag("Dân chủ cơ sở");
    }

    private Map<String, Object> body(String title, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("summary", "Tóm tắt của bài");
        body.put("bodyHtml", "<p>Nội dung bài viết về thực hiện Quy chế dân chủ ở cơ sở.</p>");
        body.put("categorySlug", category.slug);
        body.put("authorSlug", author.slug);
        body.put("tagSlugs", List.of(tag.slug));
        body.put("status", status);
        return body;
    }

    private Response create(Map<String, Object> body) {
        return Editors.as(editor).body(body).when().post(ARTICLES);
    }

    @Test
    void aDraftIsCreatedWithLocationAndEtagAndIsNotPublic() {
        Response created = create(body("Bản nháp về công tác dân vận", "DRAFT"));
        created.then()
                .statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", "\"0\"")
                .header("Cache-Control", "no-store")
                .body("status", equalTo("DRAFT"))
                .body("slug", equalTo("ban-nhap-ve-cong-tac-dan-van"))
                .body("tags.slug", hasItem(tag.slug))
                .body("warnings", notNullValue());
        given().when().get(created.header("Location")).then().statusCode(401);
        Editors.as(editor)
                .when()
                .get(created.header("Location"))
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"");
        given().when().get("/api/v1/articles/" + created.path("slug")).then().statusCode(404);
    }

    @Test
    void publishingAnEditAndASlugChangeShowOnTheVeryNextPublicRequest() {
        String list = "/api/v1/articles?category=" + category.slug;
        given().when().get(list).then().statusCode(200).body("totalItems", equalTo(0)); // warm the read cache
        Response created = create(body("Tin mới đăng", "PUBLISHED"));
        long id = created.<Integer>path("id");
        String slug = created.path("slug");
        given().when().get(list).then().body("items.slug", hasItem(slug));
        given().when().get("/api/v1/articles/" + slug).then().statusCode(200).body("title", equalTo("Tin mới đăng"));

        Map<String, Object> edit = body("Tin mới đăng đã sửa", "PUBLISHED");
        edit.put("slug", "tin-moi-dang-da-sua-" + id);
        edit.put("publishedAt", created.path("publishedAt"));
        Editors.as(editor)
                .header("If-Match", "\"0\"")
                .body(edit)
                .when()
                .put(ARTICLES + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
        given().redirects()
                .follow(false)
                .when()
                .get("/api/v1/articles/" + slug)
                .then()
                .statusCode(301)
                .header("Location", org.hamcrest.Matchers.endsWith("tin-moi-dang-da-sua-" + id));
        given().when()
                .get("/api/v1/articles/tin-moi-dang-da-sua-" + id)
                .then()
                .body("title", equalTo("Tin mới đăng đã sửa"));

        Editors.as(editor).when().delete(ARTICLES + "/" + id).then().statusCode(204);
        given().when().get("/api/v1/articles/tin-moi-dang-da-sua-" + id).then().statusCode(404);
        given().when().get(list).then().body("totalItems", equalTo(0));
        Editors.as(editor).when().get(ARTICLES + "/" + id).then().body("status", equalTo("ARCHIVED"));
    }

    @Test
    void aScheduledArticleAppearsByItselfAtItsTimeAndAnExpiredOneDisappears() {
        String list = "/api/v1/articles?category=" + category.slug;
        OffsetDateTime inAnHour =
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.ofHours(7)).plusHours(1);
        Map<String, Object> scheduled = body("Thông báo lịch tiếp công dân", "SCHEDULED");
        scheduled.put("publishedAt", inAnHour.toString());
        scheduled.put("expiresAt", inAnHour.plusHours(1).toString());
        String slug = create(scheduled).then().statusCode(201).extract().path("slug");
        given().when().get(list).then().body("totalItems", equalTo(0)); // cached, with the schedule in mind
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        given().when().get(list).then().body("items.slug", hasItem(slug));
        clock.advance(Duration.ofHours(1));
        given().when().get(list).then().body("totalItems", equalTo(0));
        given().when().get("/api/v1/articles/" + slug).then().statusCode(404);
    }

    @Test
    void scheduledNeedsPublishedAtAndFieldErrorsAreCollected() {
        Map<String, Object> bad = body("", "SCHEDULED");
        bad.put("categorySlug", "khong-co-chuyen-muc");
        bad.put("coverImageUrl", "javascript:alert(1)");
        bad.put("expiresAt", "ngày mai");
        create(bad)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        org.hamcrest.Matchers.hasItems(
                                "title", "categorySlug", "coverImageUrl", "expiresAt", "publishedAt"));
        Editors.as(editor)
                .body("{\"title\": ")
                .when()
                .post(ARTICLES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void saveNeedsIfMatchAndAStaleOneIs412() {
        long id = create(body("Bài cần khóa phiên bản", "DRAFT")).<Integer>path("id");
        Editors.as(editor)
                .body(body("Không có If-Match", "DRAFT"))
                .when()
                .put(ARTICLES + "/" + id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json");
        Editors.as(editor)
                .header("If-Match", "\"0\"")
                .body(body("Lần sửa thứ nhất", "DRAFT"))
                .when()
                .put(ARTICLES + "/" + id)
                .then()
                .statusCode(200);
        Editors.as(editor)
                .header("If-Match", "\"0\"")
                .body(body("Lần sửa cũ", "DRAFT"))
                .when()
                .put(ARTICLES + "/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        Editors.as(editor).when().get(ARTICLES + "/" + id).then().body("title", equalTo("Lần sửa thứ nhất"));
    }

    @Test
    void twoEditorsSavingTheSameVersionAtOnceExactlyOneWins() throws Exception {
        String other = Editors.newAccountToken("EDITOR");
        for (int round = 0; round < 5; round++) {
            long id = create(body("Bài hai người cùng sửa " + round, "DRAFT")).<Integer>path("id");
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> saves = new ArrayList<>();
                for (String token : List.of(editor, other)) {
                    saves.add(pool.submit(() -> {
                        start.await();
                        return Editors.as(token)
                                .header("If-Match", "\"0\"")
                                .body(body("Bản của " + token.hashCode(), "DRAFT"))
                                .when()
                                .put(ARTICLES + "/" + id)
                                .statusCode();
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> save : saves) {
                    statuses.add(save.get());
                }
                assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
                assertEquals(1, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
            } finally {
                pool.shutdownNow();
            }
            Editors.as(editor).when().get(ARTICLES + "/" + id).then().header("ETag", "\"1\"");
            Editors.as(editor)
                    .when()
                    .get(ARTICLES + "/" + id + "/revisions")
                    .then()
                    .body("size()", equalTo(1));
        }
    }

    @Test
    void everySaveKeepsARevisionAndARevisionCanBeRestored() {
        Response created = create(body("Tiêu đề đầu tiên", "DRAFT"));
        long id = created.<Integer>path("id");
        Editors.as(editor)
                .header("If-Match", "\"0\"")
                .body(body("Tiêu đề thứ hai", "DRAFT"))
                .when()
                .put(ARTICLES + "/" + id)
                .then()
                .statusCode(200);
        Editors.as(editor)
                .header("If-Match", "\"1\"")
                .body(body("Tiêu đề thứ ba", "DRAFT"))
                .when()
                .put(ARTICLES + "/" + id)
                .then()
                .statusCode(200);
        Editors.as(editor)
                .when()
                .get(ARTICLES + "/" + id + "/revisions")
                .then()
                .statusCode(200)
                .body("version", equalTo(List.of(1, 0)))
                .body("title", equalTo(List.of("Tiêu đề thứ hai", "Tiêu đề đầu tiên")))
                .body("[0].editedBy", notNullValue())
                .body("[1].article.title", equalTo("Tiêu đề đầu tiên"));
        Editors.as(editor)
                .when()
                .post(ARTICLES + "/" + id + "/revisions/0/restore")
                .then()
                .statusCode(428);
        Editors.as(editor)
                .header("If-Match", "\"2\"")
                .when()
                .post(ARTICLES + "/" + id + "/revisions/0/restore")
                .then()
                .statusCode(200)
                .body("title", equalTo("Tiêu đề đầu tiên"))
                .header("ETag", "\"3\"");
        Editors.as(editor)
                .when()
                .get(ARTICLES + "/" + id + "/revisions")
                .then()
                .body("title[0]", equalTo("Tiêu đề thứ ba"));
        Editors.as(editor)
                .header("If-Match", "\"3\"")
                .when()
                .post(ARTICLES + "/" + id + "/revisions/99/restore")
                .then()
                .statusCode(404);
    }

    @Test
    void theListShowsEveryStatusFiltersByStatusAndSearchesInVietnamese() {
        String unique = "Phường Thượng Cát " + TestData.unique("x").substring(2);
        create(body(unique + " bản nháp", "DRAFT")).then().statusCode(201);
        Map<String, Object> published = body(unique + " đã đăng", "PUBLISHED");
        create(published).then().statusCode(201);
        Editors.as(editor)
                .queryParam("category", category.slug)
                .when()
                .get(ARTICLES)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .header("X-Total-Count", "2")
                .body("items.status", org.hamcrest.Matchers.containsInAnyOrder("DRAFT", "PUBLISHED"));
        Editors.as(editor)
                .queryParam("category", category.slug)
                .queryParam("status", "DRAFT")
                .when()
                .get(ARTICLES)
                .then()
                .body("totalItems", equalTo(1))
                .body("items[0].status", equalTo("DRAFT"));
        Editors.as(editor)
                .queryParam("q", "phuong thuong cat ban nhap")
                .when()
                .get(ARTICLES)
                .then()
                .statusCode(200)
                .body("items.title", hasItem(unique + " bản nháp"));
        Editors.as(editor)
                .queryParam("status", "BOGUS")
                .when()
                .get(ARTICLES)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("status"));
    }

    @Test
    void aCategoryAuthorOrTagInUseCannotBeDeleted() {
        create(body("Bài dùng chuyên mục", "DRAFT")).then().statusCode(201);
        Editors.as(editor)
                .when()
                .delete("/api/v1/admin/categories/" + category.slug)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        Editors.as(editor)
                .when()
                .delete("/api/v1/admin/authors/" + author.slug)
                .then()
                .statusCode(409);
        Editors.as(editor)
                .when()
                .delete("/api/v1/admin/tags/" + tag.slug)
                .then()
                .statusCode(409);
        String free = Editors.as(editor)
                .body(Map.of("name", "Chuyên mục trống " + TestData.unique("c")))
                .when()
                .post("/api/v1/admin/categories")
                .then()
                .statusCode(201)
                .extract()
                .path("slug");
        Editors.as(editor)
                .body(Map.of("name", "Chuyên mục đổi tên", "description", "Mô tả"))
                .when()
                .put("/api/v1/admin/categories/" + free)
                .then()
                .statusCode(200)
                .body("name", equalTo("Chuyên mục đổi tên"));
        given().when()
                .get("/api/v1/categories/" + free)
                .then()
                .statusCode(200)
                .body("name", equalTo("Chuyên mục đổi tên"));
        Editors.as(editor)
                .when()
                .delete("/api/v1/admin/categories/" + free)
                .then()
                .statusCode(204);
        given().when().get("/api/v1/categories/" + free).then().statusCode(404);
        Editors.as(editor)
                .body(Map.of("name", ""))
                .when()
                .post("/api/v1/admin/tags")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("name"));
    }

    @Test
    void statsCountViewsPerHanoiDay() {
        long id = create(body("Bài có lượt xem", "PUBLISHED")).<Integer>path("id");
        String slug = Editors.as(editor).when().get(ARTICLES + "/" + id).path("slug");
        given().contentType("application/json")
                .body("{}")
                .when()
                .post("/api/v1/articles/" + slug + "/views")
                .then()
                .statusCode(200);
        Editors.as(editor)
                .queryParam("days", 7)
                .when()
                .get(ARTICLES + "/" + id + "/stats")
                .then()
                .statusCode(200)
                .body("totalViews", equalTo(1))
                .body("days.size()", equalTo(7))
                .body("days[6].views", equalTo(1))
                .body("days[0].views", equalTo(0));
        Editors.as(editor)
                .queryParam("days", 400)
                .when()
                .get(ARTICLES + "/" + id + "/stats")
                .then()
                .statusCode(400);
    }
}
